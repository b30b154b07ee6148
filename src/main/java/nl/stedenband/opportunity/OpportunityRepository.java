package nl.stedenband.opportunity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    @Query("select o from Opportunity o join fetch o.organization left join fetch o.city left join fetch o.owner"
            + " where o.id = :id")
    Optional<Opportunity> findWithDetails(long id);

    @Query("select new nl.stedenband.opportunity.OpportunityListItem(o.id, o.title, o.kind, org.name, ci.name,"
            + " u.displayName, o.stage, o.expectedValue, o.nextStep, o.nextStepOn)"
            + " from Opportunity o join o.organization org left join o.city ci left join o.owner u where o.id in :ids")
    List<OpportunityListItem> listItems(Collection<Long> ids);

    @Query("select new nl.stedenband.opportunity.OpportunityCard(o.id, o.title, o.kind, o.stage, org.name,"
            + " u.displayName, o.expectedValue, o.nextStep, o.nextStepOn, o.version)"
            + " from Opportunity o join o.organization org left join o.owner u where o.id in :ids")
    List<OpportunityCard> cards(Collection<Long> ids);
}
