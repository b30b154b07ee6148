package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.stedenband.MovableClock;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;

/**
 * Password guessing slows down and then stops, for an account and for an address, says nothing
 * about whether the account exists, and lets the real user in once the wait is over.
 */
@StedenbandTest
class LoginThrottleTest {

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    AuthenticationManager authenticationManager;

    @Autowired
    void signIn(AuthenticationConfiguration configuration) throws Exception {
        this.authenticationManager = configuration.getAuthenticationManager();
    }

    @AfterEach
    void putTimeBack() {
        throttle.forgetAll();
        clock.reset();
    }

    /** "ok", or the kind of refusal. */
    private String attempt(String username, String password) {
        try {
            authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            return "ok";
        } catch (AuthenticationException e) {
            return e.getClass().getSimpleName();
        }
    }

    @Test
    void aBurstOfTwoHundredGuessesIsRefusedAfterTheThirdAndTheUserGetsInAfterTheWait() {
        AppUser user = Accounts.create(users, "guessed", Role.VIEWER);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            outcomes.add(attempt(user.getUsername(), "guess-number-" + i));
        }

        assertThat(outcomes.subList(0, 3)).containsOnly("BadCredentialsException");
        assertThat(outcomes.subList(3, 200)).containsOnly("LockedException");
        assertThat(attempt(user.getUsername(), Accounts.PASSWORD)).as("even the right password waits").isEqualTo("LockedException");

        clock.advance(Duration.ofSeconds(2));
        assertThat(attempt(user.getUsername(), Accounts.PASSWORD)).isEqualTo("ok");
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        AppUser user = Accounts.create(users, "locked", Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(user.getUsername(), "wrong-" + i)).isEqualTo("BadCredentialsException");
            clock.advance(Duration.ofSeconds(10));
        }

        Instant lockedUntil = repository.findByUsername(user.getUsername()).orElseThrow().getLockedUntil();
        assertThat(lockedUntil).isNotNull().isAfter(clock.instant().plus(Duration.ofMinutes(14)));
        clock.advance(Duration.ofMinutes(10));
        assertThat(attempt(user.getUsername(), Accounts.PASSWORD)).isEqualTo("LockedException");

        clock.advance(Duration.ofMinutes(6));
        assertThat(attempt(user.getUsername(), Accounts.PASSWORD)).isEqualTo("ok");
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyLikeAnExistingOne() {
        AppUser user = Accounts.create(users, "real", Role.VIEWER);
        String unknown = Accounts.uniqueName("nobody");
        List<String> real = new ArrayList<>();
        List<String> invented = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            real.add(attempt(user.getUsername(), "wrong-" + i));
            invented.add(attempt(unknown, "wrong-" + i));
            clock.advance(Duration.ofSeconds(i % 3 == 0 ? 10 : 1));
        }

        assertThat(invented).isEqualTo(real).contains("BadCredentialsException", "LockedException");
    }

    @Test
    void manyFailuresFromOneAddressAreRefusedOverHttpUntilTheWindowPasses() {
        AppUser user = Accounts.create(users, "victim", Role.VIEWER);
        // 200 guesses, a second apart, over 40 invented usernames and the real one, from one address:
        // slowed down after 10 failures, refused for 15 minutes after 20
        for (int i = 0; i < 200; i++) {
            String username = i % 41 == 0 ? user.getUsername() : "guess-" + (i % 41);
            HttpResponse<String> refused = new HttpSignIn(port).signIn(username, "guess-" + i);
            assertThat(HttpSignIn.location(refused)).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
            clock.advance(Duration.ofSeconds(1));
        }

        HttpResponse<String> stillRefused = new HttpSignIn(port).signIn(user.getUsername(), Accounts.PASSWORD);
        assertThat(HttpSignIn.location(stillRefused)).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        clock.advance(LoginThrottle.LOCK.plusMinutes(1));
        HttpResponse<String> accepted = new HttpSignIn(port).signIn(user.getUsername(), Accounts.PASSWORD);
        assertThat(HttpSignIn.location(accepted)).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }
}
