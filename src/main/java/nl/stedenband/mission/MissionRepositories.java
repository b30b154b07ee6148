package nl.stedenband.mission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TradeMissionRepository extends JpaRepository<TradeMission, Long> {

    @Query("select m from TradeMission m join fetch m.destination left join fetch m.leadOfficer where m.id = :id")
    Optional<TradeMission> findWithDetails(long id);

    @Query("select m from TradeMission m join fetch m.destination where m.id in :ids")
    List<TradeMission> findAllWithDestination(Collection<Long> ids);
}

interface MissionParticipantRepository extends JpaRepository<MissionParticipant, Long> {

    @Query("select p from MissionParticipant p join fetch p.organization left join fetch p.contact"
            + " where p.mission.id = :missionId order by p.organization.name, p.id")
    List<MissionParticipant> findByMission(long missionId);

    @Query("select count(p) > 0 from MissionParticipant p where p.mission.id = :missionId"
            + " and p.organization.id = :organizationId and ((:contactId is null and p.contact is null) or p.contact.id = :contactId)")
    boolean exists(long missionId, long organizationId, @Nullable Long contactId);
}

interface ItineraryItemRepository extends JpaRepository<ItineraryItem, Long> {

    @Query("select i from ItineraryItem i left join fetch i.host where i.mission.id = :missionId order by i.startsAt, i.id")
    List<ItineraryItem> findByMission(long missionId);
}

interface MissionOutcomeRepository extends JpaRepository<MissionOutcome, Long> {

    @Query("select o from MissionOutcome o join fetch o.organization where o.mission.id = :missionId order by o.id")
    List<MissionOutcome> findByMission(long missionId);
}
