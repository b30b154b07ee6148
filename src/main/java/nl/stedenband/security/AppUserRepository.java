package nl.stedenband.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByEnabledTrueOrderByDisplayNameAsc();

    boolean existsByUsername(String username);

    /** A grid page without the count Spring Data adds to a Page: the grid asks for the count once. */
    Slice<AppUser> findAllBy(Pageable page);

    /**
     * The enabled administrators, locked until the transaction ends: two administrators who
     * demote each other at the same moment are handled one after the other, so that one stays.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u join u.roles r where r = nl.stedenband.security.Role.ADMIN and u.enabled = true")
    List<AppUser> lockEnabledAdministrators();
}
