package nl.stedenband.mission;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MissionParticipantRepository extends JpaRepository<MissionParticipant, Long> {

    @Query("select p from MissionParticipant p join fetch p.organization left join fetch p.contact"
            + " where p.mission.id = :missionId order by p.organization.name, p.id")
    List<MissionParticipant> findByMission(long missionId);

    @Query(
            "select count(p) > 0 from MissionParticipant p where p.mission.id = :missionId"
                    + " and p.organization.id = :organizationId and ((:contactId is null and p.contact is null) or p.contact.id = :contactId)")
    boolean exists(long missionId, long organizationId, @Nullable Long contactId);
}
