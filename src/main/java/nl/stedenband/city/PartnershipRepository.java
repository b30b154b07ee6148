package nl.stedenband.city;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    List<Partnership> findByCityIdOrderBySignedOnAscIdAsc(Long cityId);

    long countByCityId(Long cityId);
}
