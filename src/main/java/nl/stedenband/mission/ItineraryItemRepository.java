package nl.stedenband.mission;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ItineraryItemRepository extends JpaRepository<ItineraryItem, Long> {

    @Query(
            "select i from ItineraryItem i left join fetch i.host where i.mission.id = :missionId order by i.startsAt, i.id")
    List<ItineraryItem> findByMission(long missionId);
}
