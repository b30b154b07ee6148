package nl.stedenband.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fresh accounts for tests that change them, so that the demo users stay as the README says. */
final class Accounts {

    static final String PASSWORD = "tulips-along-the-canal";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Accounts() {}

    static String uniqueName(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new account with {@link #PASSWORD}, created by the system. */
    static AppUser create(UserService users, String prefix, Role... roles) {
        String username = uniqueName(prefix);
        return SystemAuthentication.call(() -> users.createUser(username, "Test " + username, PASSWORD, Set.of(roles)));
    }

    /** Signs the test thread in as the user, with the authorities given (role authorities or others). */
    static void signIn(String username, String... authorities) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> granted =
                Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, granted));
        SecurityContextHolder.setContext(context);
    }

    /**
     * Empties the shared failure counters, for tests that fail sign-ins from the one test address
     * (the throttle would otherwise hold the next test back).
     */
    static void forgetFailedSignIns(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM sign_in_failure");
    }

    static void signIn(AppUser user) {
        signIn(user.getUsername(), user.getRoles().stream().map(Role::authority).toArray(String[]::new));
    }
}
