package nl.stedenband.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users of the app: who is signed in, and (for administrators) creating accounts. */
@Service
@PreAuthorize("isAuthenticated()")
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** The signed-in user's own record. */
    @Transactional(readOnly = true)
    public Optional<AppUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Optional.empty() : users.findByUsername(auth.getName());
    }

    /** Active users, by name: for choosing an owner or assignee. */
    @Transactional(readOnly = true)
    public List<AppUser> listActiveUsers() {
        return users.findByEnabledTrueOrderByDisplayNameAsc();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser createUser(String username, String displayName, String rawPassword, Set<Role> roles) {
        String name = username.trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A username is required");
        }
        if (users.existsByUsername(name)) {
            throw new IllegalArgumentException("The username '" + name + "' is taken");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        return users.save(new AppUser(name, displayName, passwordEncoder.encode(rawPassword), roles));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long countUsers() {
        return users.count();
    }

    /** Called by the sign-in listener, not by views: a successful sign-in is the authorization. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordLogin(String username) {
        users.findByUsername(username).ifPresent(user -> user.setLastLoginAt(clock.instant()));
    }
}
