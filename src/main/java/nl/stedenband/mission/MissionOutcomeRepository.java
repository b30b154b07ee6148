package nl.stedenband.mission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MissionOutcomeRepository extends JpaRepository<MissionOutcome, Long> {

    @Query("select o from MissionOutcome o join fetch o.organization where o.mission.id = :missionId order by o.id")
    List<MissionOutcome> findByMission(long missionId);
}
