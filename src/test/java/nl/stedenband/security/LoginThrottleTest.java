package nl.stedenband.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.stedenband.MovableClock;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

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
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    AuthenticationManager authenticationManager;

    @Autowired
    void signIn(AuthenticationConfiguration configuration) throws Exception {
        this.authenticationManager = configuration.getAuthenticationManager();
    }

    @AfterEach
    void putTimeBack() {
        Accounts.forgetFailedSignIns(jdbc);
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
        clock.freeze();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            outcomes.add(attempt(user.getUsername(), "guess-number-" + i));
        }

        assertThat(outcomes.subList(0, 3)).containsOnly("BadCredentialsException");
        assertThat(outcomes.subList(3, 200)).containsOnly("LockedException");
        assertThat(attempt(user.getUsername(), Accounts.PASSWORD))
                .as("even the right password waits")
                .isEqualTo("LockedException");

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

        Instant lockedUntil =
                repository.findByUsername(user.getUsername()).orElseThrow().getLockedUntil();
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
            assertThat(HttpSignIn.location(refused))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
            clock.advance(Duration.ofSeconds(1));
        }

        HttpResponse<String> stillRefused = new HttpSignIn(port).signIn(user.getUsername(), Accounts.PASSWORD);
        assertThat(HttpSignIn.location(stillRefused))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));

        clock.advance(LoginThrottle.LOCK.plusMinutes(1));
        HttpResponse<String> accepted = new HttpSignIn(port).signIn(user.getUsername(), Accounts.PASSWORD);
        assertThat(HttpSignIn.location(accepted))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void behindTheTrustedProxyTwentyFailuresFromOneClientDoNotRefuseAnother() {
        AppUser user = Accounts.create(users, "proxied", Role.VIEWER);
        // the loopback proxy names the client; each failure on another invented username, so that
        // only the address adds up
        HttpSignIn clientA = new HttpSignIn(port).forwardedFor("203.0.113.10");
        for (int i = 0; i < LoginThrottle.ADDRESS_BLOCK_AFTER; i++) {
            assertThat(HttpSignIn.accepted(clientA.signIn("nobody-" + i, "guess-" + i)))
                    .isFalse();
            clock.advance(Duration.ofSeconds(LoginThrottle.ADDRESS_BLOCK_AFTER));
        }
        assertThat(HttpSignIn.accepted(new HttpSignIn(port)
                        .forwardedFor("203.0.113.10")
                        .signIn(user.getUsername(), Accounts.PASSWORD)))
                .as("client A, even with the right password")
                .isFalse();

        HttpSignIn clientB = new HttpSignIn(port).forwardedFor("203.0.113.11");
        assertThat(HttpSignIn.accepted(clientB.signIn(user.getUsername(), Accounts.PASSWORD)))
                .as("client B")
                .isTrue();
        assertThat(jdbc.queryForList("SELECT DISTINCT address FROM sign_in_failure", String.class))
                .containsExactly("203.0.113.10");
    }

    @Test
    void aForwardedForHeaderFromAnAddressThatIsNoTrustedProxyIsIgnored() throws Exception {
        // the app listens on every interface: reach it over one that is not loopback, as a stranger would
        String external = NetworkInterface.networkInterfaces()
                .filter(n -> {
                    try {
                        return n.isUp() && !n.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .map(InetAddress::getHostAddress)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(external != null, "no network interface but loopback");
        AppUser user = Accounts.create(users, "spoofed", Role.VIEWER);

        for (int i = 0; i < LoginThrottle.ADDRESS_BLOCK_AFTER; i++) {
            // a different invented client each time: were the header believed, no address would add up
            HttpSignIn spoofer =
                    new HttpSignIn("http://" + external + ":" + port).forwardedFor("198.51.100." + (i + 1));
            assertThat(HttpSignIn.accepted(spoofer.signIn("nobody-" + i, "guess-" + i)))
                    .isFalse();
            clock.advance(Duration.ofSeconds(LoginThrottle.ADDRESS_BLOCK_AFTER));
        }

        assertThat(jdbc.queryForList("SELECT DISTINCT address FROM sign_in_failure", String.class))
                .containsExactly(external);
        HttpSignIn spoofer = new HttpSignIn("http://" + external + ":" + port).forwardedFor("198.51.100.99");
        assertThat(HttpSignIn.accepted(spoofer.signIn(user.getUsername(), Accounts.PASSWORD)))
                .as("the real address is blocked")
                .isFalse();
    }

    @Test
    void aBrowserThatSignedInBeforeGetsInDespiteTwentyFailuresElsewhere() {
        AppUser user = Accounts.create(users, "targeted", Role.VIEWER);
        HttpSignIn usersBrowser = new HttpSignIn(port).forwardedFor("192.0.2.20");
        assertThat(HttpSignIn.accepted(usersBrowser.signIn(user.getUsername(), Accounts.PASSWORD)))
                .isTrue();
        assertThat(usersBrowser.setCookieHeaders())
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith(DeviceCookies.NAME + "=")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        usersBrowser.signOut();

        // a stranger keeps the account locked for every browser it has not signed in from
        HttpSignIn stranger = new HttpSignIn(port).forwardedFor("192.0.2.66");
        for (int i = 0; i < 20; i++) {
            assertThat(HttpSignIn.accepted(stranger.signIn(user.getUsername(), "guess-" + i)))
                    .isFalse();
            clock.advance(Duration.ofSeconds(20));
        }
        assertThat(HttpSignIn.accepted(stranger.signIn(user.getUsername(), Accounts.PASSWORD)))
                .isFalse();
        HttpSignIn newBrowser = new HttpSignIn(port).forwardedFor("192.0.2.20");
        assertThat(HttpSignIn.accepted(newBrowser.signIn(user.getUsername(), Accounts.PASSWORD)))
                .as("a browser without the cookie, even on the user's address")
                .isFalse();
        assertThat(repository.findByUsername(user.getUsername()).orElseThrow().getLockedUntil())
                .isAfter(clock.instant());

        assertThat(HttpSignIn.accepted(usersBrowser.signIn(user.getUsername(), Accounts.PASSWORD)))
                .as("the user's own browser")
                .isTrue();
    }

    @Test
    void signingInTellsHowManyAttemptsFailedSinceTheLastVisit() {
        AppUser user = Accounts.create(users, "told", Role.VIEWER);
        assertThat(attempt(user.getUsername(), Accounts.PASSWORD)).isEqualTo("ok");
        clock.advance(Duration.ofHours(1));
        assertThat(attempt(user.getUsername(), "guess-1")).isEqualTo("BadCredentialsException");
        assertThat(attempt(user.getUsername(), "guess-2")).isEqualTo("BadCredentialsException");
        clock.advance(Duration.ofHours(1));

        assertThat(users.recordLogin(user.getUsername())).isEqualTo(2);
        assertThat(users.recordLogin(user.getUsername())).as("told once").isZero();
    }

    @Test
    void aDeviceCookieCountsOnlyForItsOwnAccountAndOnlyWhenGenuine() {
        AppUser user = Accounts.create(users, "owner", Role.VIEWER);
        AppUser other = Accounts.create(users, "other", Role.VIEWER);
        HttpSignIn browser = new HttpSignIn(port).forwardedFor("192.0.2.30");
        assertThat(HttpSignIn.accepted(browser.signIn(other.getUsername(), Accounts.PASSWORD)))
                .isTrue();
        String cookie = browser.cookie(DeviceCookies.NAME).orElseThrow();
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AFTER; i++) {
            new HttpSignIn(port).forwardedFor("192.0.2.31").signIn(user.getUsername(), "guess-" + i);
            clock.advance(Duration.ofSeconds(20));
        }

        HttpSignIn otherAccountsCookie =
                new HttpSignIn(port).forwardedFor("192.0.2.30").withCookie(DeviceCookies.NAME, cookie);
        assertThat(HttpSignIn.accepted(otherAccountsCookie.signIn(user.getUsername(), Accounts.PASSWORD)))
                .isFalse();
        String tampered = cookie.substring(0, cookie.length() - 2) + (cookie.endsWith("AA") ? "BB" : "AA");
        HttpSignIn forged = new HttpSignIn(port).forwardedFor("192.0.2.30").withCookie(DeviceCookies.NAME, tampered);
        assertThat(HttpSignIn.accepted(forged.signIn(other.getUsername(), Accounts.PASSWORD)))
                .isTrue();
        assertThat(forged.cookie(DeviceCookies.NAME))
                .as("a new device cookie replaces the forged one")
                .hasValueSatisfying(replaced -> assertThat(replaced).isNotEqualTo(tampered));
    }

    @Test
    void failuresFromABrowserWithTheCookieLockOnlyThatBrowser() {
        AppUser user = Accounts.create(users, "clumsy", Role.VIEWER);
        HttpSignIn usersBrowser = new HttpSignIn(port).forwardedFor("192.0.2.40");
        assertThat(HttpSignIn.accepted(usersBrowser.signIn(user.getUsername(), Accounts.PASSWORD)))
                .isTrue();
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AFTER; i++) {
            usersBrowser.signIn(user.getUsername(), "typo-" + i);
            clock.advance(Duration.ofSeconds(20));
        }
        assertThat(HttpSignIn.accepted(usersBrowser.signIn(user.getUsername(), Accounts.PASSWORD)))
                .as("that browser")
                .isFalse();
        assertThat(HttpSignIn.accepted(
                        new HttpSignIn(port).forwardedFor("192.0.2.41").signIn(user.getUsername(), Accounts.PASSWORD)))
                .as("another browser")
                .isTrue();
    }

    @Test
    void twoNodesGiveNoMoreTriesThanOne() {
        AppUser user = Accounts.create(users, "two-nodes", Role.VIEWER);
        // a second node: its own throttle, the same database
        LoginThrottle otherNode = new LoginThrottle(jdbc, repository, transactions, clock);
        LoginThrottle.Client client = new LoginThrottle.Client("192.0.2.50", null);
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AFTER; i++) {
            LoginThrottle node = i % 2 == 0 ? throttle : otherNode;
            LoginThrottle.Attempt attempt = node.begin(user.getUsername(), client, LoginThrottle.Step.PASSWORD);
            assertThat(attempt.refused()).as("attempt %d", i + 1).isFalse();
            node.failed(attempt);
            clock.advance(Duration.ofSeconds(20));
        }
        for (LoginThrottle node : List.of(throttle, otherNode)) {
            LoginThrottle.Attempt attempt = node.begin(user.getUsername(), client, LoginThrottle.Step.PASSWORD);
            assertThat(attempt.refused()).isTrue();
            assertThat(attempt.locked()).isTrue();
        }
    }

    @Test
    void guessesSentAllAtOnceGetNoMoreTriesThanOneAfterTheOther() throws Exception {
        AppUser user = Accounts.create(users, "burst", Role.VIEWER);
        List<Callable<String>> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String guess = "parallel-guess-" + i;
            guesses.add(() -> attempt(user.getUsername(), guess));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(guesses)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes)
                .filteredOn("BadCredentialsException"::equals)
                .hasSizeLessThanOrEqualTo(LoginThrottle.ACCOUNT_SLOWDOWN_AFTER);
    }

    @Test
    void expiredFailuresAreDeletedAndRecentOnesAreShownPerAccount() {
        AppUser user = Accounts.create(users, "counted", Role.VIEWER);
        attempt(user.getUsername(), "old-guess");
        clock.advance(LoginThrottle.RETENTION.plusDays(1));
        attempt(user.getUsername(), "new-guess");
        attempt(user.getUsername().toUpperCase(java.util.Locale.ROOT), "same-account-in-capitals");

        assertThat(throttle.deleteExpired()).isEqualTo(1);
        assertThat(throttle.recentFailures(List.of(user.getUsername()), Duration.ofHours(24)))
                .containsExactly(java.util.Map.entry(user.getUsername().toLowerCase(java.util.Locale.ROOT), 2));
    }
}
