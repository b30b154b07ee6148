package nl.stedenband.exchange;

import jakarta.persistence.LockModeType;
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
