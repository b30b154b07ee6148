package nl.stedenband.mission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TradeMissionRepository extends JpaRepository<TradeMission, Long> {

    @Query("select m from TradeMission m join fetch m.destination left join fetch m.leadOfficer where m.id = :id")
    Optional<TradeMission> findWithDetails(long id);

    @Query("select m from TradeMission m join fetch m.destination where m.id in :ids")
    List<TradeMission> findAllWithDestination(Collection<Long> ids);
}
