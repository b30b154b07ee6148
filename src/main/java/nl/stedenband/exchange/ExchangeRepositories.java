package nl.stedenband.exchange;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExchangeProgrammeRepository extends JpaRepository<ExchangeProgramme, Long> {

    @Query("select distinct p from ExchangeProgramme p join fetch p.homeInstitution join fetch p.partnerInstitution"
            + " join fetch p.partnerCity left join fetch p.contactPersons where p.id = :id")
    Optional<ExchangeProgramme> findWithDetails(long id);

    /** Taken before accepting a mobility: two officers accepting the last place queue here, one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ExchangeProgramme p where p.id = :id")
    Optional<ExchangeProgramme> lockForPlaces(long id);
}

interface MobilityRepository extends JpaRepository<Mobility, Long> {

    @Query("select m from Mobility m left join fetch m.person left join fetch m.host where m.programme.id = :programmeId"
            + " order by m.direction, m.periodStart, m.id")
    List<Mobility> findByProgramme(long programmeId);

    @Query("select m from Mobility m join fetch m.programme left join fetch m.person where m.id = :id")
    Optional<Mobility> findWithProgramme(long id);

    @Query("select count(m) from Mobility m where m.programme.id = :programmeId and m.direction = :direction"
            + " and m.status in :statuses")
    long countPlacesUsed(long programmeId, Direction direction, Collection<MobilityStatus> statuses);

    @Query("select m from Mobility m left join fetch m.person where m.programme.id = :programmeId and m.anonymised = false"
            + " and m.retentionUntil < :today and m.status in :finished")
    List<Mobility> findPastRetention(long programmeId, LocalDate today, Collection<MobilityStatus> finished);
}
