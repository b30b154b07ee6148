package nl.stedenband.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByEnabledTrueOrderByDisplayNameAsc();

    boolean existsByUsername(String username);
}
