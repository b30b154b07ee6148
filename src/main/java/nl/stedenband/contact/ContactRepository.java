package nl.stedenband.contact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContactRepository extends JpaRepository<Contact, Long> {

    @Query("select c from Contact c left join fetch c.organization o left join fetch o.city left join fetch c.city"
            + " left join fetch c.owner left join fetch c.tags where c.id = :id")
    Optional<Contact> findWithDetails(long id);

    @Query(
            "select c from Contact c left join fetch c.organization where c.email = :email and c.id <> :excludedId order by c.id")
    List<Contact> findOthersByEmail(String email, long excludedId);

    long countByOrganizationId(Long organizationId);

    @Query("select c from Contact c left join fetch c.organization where c.id in :ids")
    List<Contact> findAllWithOrganization(Collection<Long> ids);

    @Query("select c from Contact c left join fetch c.organization left join fetch c.city"
            + " where c.lastName like concat(:prefix, '%') or c.firstName like concat(:prefix, '%')"
            + " order by c.lastName, c.firstName, c.id")
    List<Contact> findForPicker(String prefix, org.springframework.data.domain.Pageable page);
}
