package nl.stedenband.contact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    @Query("select o from Organization o left join fetch o.city left join fetch o.tags where o.id = :id")
    Optional<Organization> findWithDetails(long id);

    @Query("select o from Organization o left join fetch o.city where o.id in :ids")
    List<Organization> findAllWithCity(Collection<Long> ids);

    @Query(
            "select o from Organization o left join fetch o.city where o.name like concat(:prefix, '%') order by o.name, o.id")
    List<Organization> findByNamePrefix(String prefix, Pageable page);

    @Query("select count(o) from Organization o where o.name like concat(:prefix, '%')")
    long countByNamePrefix(String prefix);

    boolean existsByNameIgnoreCaseAndCityIdAndIdNot(String name, Long cityId, Long id);

    boolean existsByNameIgnoreCaseAndCityId(String name, Long cityId);
}
