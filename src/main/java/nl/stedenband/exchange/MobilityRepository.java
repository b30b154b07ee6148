package nl.stedenband.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MobilityRepository extends JpaRepository<Mobility, Long> {

    @Query(
            "select m from Mobility m left join fetch m.person left join fetch m.host where m.programme.id = :programmeId"
                    + " order by m.direction, m.periodStart, m.id")
    List<Mobility> findByProgramme(long programmeId);

    @Query("select m from Mobility m join fetch m.programme left join fetch m.person where m.id = :id")
    Optional<Mobility> findWithProgramme(long id);

    @Query("select count(m) from Mobility m where m.programme.id = :programmeId and m.direction = :direction"
            + " and m.status in :statuses")
    long countPlacesUsed(long programmeId, Direction direction, Collection<MobilityStatus> statuses);

    @Query(
            "select m from Mobility m left join fetch m.person where m.programme.id = :programmeId and m.anonymised = false"
                    + " and m.retentionUntil < :today and m.status in :finished")
    List<Mobility> findPastRetention(long programmeId, LocalDate today, Collection<MobilityStatus> finished);
}
