package nl.stedenband.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down and then refuses password and code guessing, following OWASP's device cookies:
 * <ul>
 *   <li>a browser with a {@link DeviceCookies device cookie} for the account (it signed in to it
 *       before) is judged only by its own failures, so strangers cannot lock its user out;
 *   <li>any other browser is judged by the failures of all such browsers on the account, and by
 *       those of its client address.
 * </ul>
 * Counters are kept per username whether the account exists or not, so that the answers reveal
 * nothing about which accounts exist. They live in the database ({@code sign_in_failure}), so all
 * nodes share them and a restart forgets nothing; an account's lock for unknown browsers is also
 * written to {@code app_user.locked_until}, where administrators see it.
 *
 * <p>The delays are not sleeps: an attempt that comes too early is refused without looking at
 * the password, so an attacker holds no server threads and the real user, who waits, gets in.
 * Refused attempts do not count as failures, or an attacker could keep an account locked forever.
 * An attempt is written as a failure before the password is looked at and taken back when it
 * succeeds, so that a burst of attempts in parallel (on one node or several) cannot get more
 * tries than one after the other.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_SLOWDOWN_AFTER = 3;
    static final int ACCOUNT_LOCK_AFTER = 5;
    static final int ADDRESS_SLOWDOWN_AFTER = 10;
    static final int ADDRESS_BLOCK_AFTER = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** How long failures are kept to be shown (at the next sign-in, to administrators). */
    static final Duration RETENTION = Duration.ofDays(30);

    static final int MAX_ACCOUNT = 64;
    static final int MAX_ADDRESS = 45;

    enum Step {
        PASSWORD,
        CODE
    }

    /** Who is trying: the client's address and, when valid for the account, its device cookie's id. */
    record Client(@Nullable String address, @Nullable String device) {

        static final Client UNKNOWN = new Client(null, null);
    }

    /**
     * An attempt under way. Unless {@link #refused()}, it already counts as a failure; {@link
     * #succeeded(Attempt)} takes that back.
     */
    record Attempt(String account, Client client, long id, boolean refused, boolean locked) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final AppUserRepository users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, AppUserRepository users, TransactionTemplate transactions, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Starts an attempt: refused (too early, or locked out) without anything written, or let
     * through and written as a failure until it succeeds.
     */
    Attempt begin(String username, Client client, Step step) {
        String account = key(username);
        Instant now = clock.instant();
        MapSqlParameterSource row = new MapSqlParameterSource()
                .addValue("account", account)
                .addValue("address", cut(client.address(), MAX_ADDRESS))
                .addValue("device", client.device())
                .addValue("step", step.name())
                .addValue("at", utc(now));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                "INSERT INTO sign_in_failure (account, address, device, step, failed_at) "
                        + "VALUES (:account, :address, :device, :step, :at)",
                row,
                key,
                new String[] {"id"});
        Number generated = key.getKeyAs(Number.class);
        if (generated == null) {
            throw new IllegalStateException("The database returned no id for the sign-in failure");
        }
        long id = generated.longValue();
        Verdict verdict = verdict(account, client, id, now);
        if (verdict != Verdict.ALLOWED) {
            delete(id);
        }
        return new Attempt(account, client, id, verdict != Verdict.ALLOWED, verdict == Verdict.LOCKED);
    }

    /**
     * The attempt failed: it stays counted. When it locks the account for unknown browsers, the
     * lock is written to the user for administrators to see.
     */
    void failed(Attempt attempt) {
        Instant now = clock.instant();
        // the wait runs from the answer, not from the start of a check that may have taken a while
        jdbc.update(
                "UPDATE sign_in_failure SET failed_at = :now WHERE id = :id",
                Map.of("now", utc(now), "id", attempt.id()));
        if (attempt.client().device() != null) {
            return;
        }
        Window failures = accountFailures(attempt.account(), now, -1);
        if (failures.count() >= ACCOUNT_LOCK_AFTER) {
            Instant until = failures.last().plus(LOCK);
            transactions.executeWithoutResult(
                    tx -> users.findByUsername(attempt.account()).ifPresent(user -> user.setLockedUntil(until)));
        }
    }

    /** Whether the client is now locked out of the account (as opposed to only slowed down). */
    boolean isLocked(Attempt attempt) {
        return verdict(attempt.account(), attempt.client(), -1, clock.instant()) == Verdict.LOCKED;
    }

    /**
     * A good password (or code) takes the attempt back and clears the failures that judge this
     * client on the account: its device's, or else those of all unknown browsers. The address
     * keeps its count.
     */
    void succeeded(Attempt attempt) {
        delete(attempt.id());
        deleteExpired();
        if (attempt.client().device() != null) {
            jdbc.update(
                    "UPDATE sign_in_failure SET counted = FALSE WHERE device = :device AND counted",
                    Map.of("device", attempt.client().device()));
        } else {
            forgive(attempt.account());
        }
    }

    /** After a password reset: no failure before it counts against the account any more. */
    void forgive(String username) {
        jdbc.update(
                "UPDATE sign_in_failure SET counted = FALSE WHERE account = :account AND counted",
                Map.of("account", key(username)));
    }

    /** Failed attempts on the account after the instant (all that are kept when null). */
    int failuresSince(String username, @Nullable Instant since) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM sign_in_failure WHERE account = :account AND failed_at > :since",
                new MapSqlParameterSource("account", key(username))
                        .addValue("since", utc(since == null ? Instant.EPOCH : since)),
                Integer.class);
        return n == null ? 0 : n;
    }

    /** Failed attempts per account (lower case) within the last period, for the accounts given. */
    Map<String, Integer> recentFailures(Collection<String> usernames, Duration period) {
        Map<String, Integer> counts = new HashMap<>();
        if (usernames.isEmpty()) {
            return counts;
        }
        List<String> accounts = usernames.stream().map(LoginThrottle::key).toList();
        jdbc.query(
                "SELECT account, COUNT(*) FROM sign_in_failure WHERE account IN (:accounts) AND failed_at > :since "
                        + "GROUP BY account",
                new MapSqlParameterSource("accounts", accounts)
                        .addValue("since", utc(clock.instant().minus(period))),
                rs -> {
                    counts.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getInt(2));
                });
        return counts;
    }

    /**
     * Deletes failures older than {@link #RETENTION}, a bounded batch at a time: called at every
     * successful sign-in, which keeps the table to about a month of failures.
     */
    int deleteExpired() {
        return jdbc.update(
                "DELETE FROM sign_in_failure WHERE failed_at < :before LIMIT 1000",
                Map.of("before", utc(clock.instant().minus(RETENTION))));
    }

    static String key(String username) {
        String key = username.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_ACCOUNT ? key.substring(0, MAX_ACCOUNT) : key;
    }

    private enum Verdict {
        ALLOWED,
        SLOWED_DOWN,
        LOCKED
    }

    private Verdict verdict(String account, Client client, long ownId, Instant now) {
        Window judged = client.device() != null
                ? deviceFailures(client.device(), now, ownId)
                : accountFailures(account, now, ownId);
        Verdict verdict = verdict(judged, now, ACCOUNT_SLOWDOWN_AFTER, ACCOUNT_LOCK_AFTER);
        // a browser that has signed in to the account before is not held back by its network's
        // other clients either: the failures on its address may be a stranger's in the same office
        String address = client.address();
        if (verdict == Verdict.LOCKED || client.device() != null || address == null) {
            return verdict;
        }
        Verdict byAddress = verdict(
                addressFailures(address.substring(0, Math.min(address.length(), MAX_ADDRESS)), now, ownId),
                now,
                ADDRESS_SLOWDOWN_AFTER,
                ADDRESS_BLOCK_AFTER);
        return byAddress.compareTo(verdict) > 0 ? byAddress : verdict;
    }

    private static Verdict verdict(Window failures, Instant now, int slowdownAfter, int lockAfter) {
        if (failures.count() >= lockAfter && now.isBefore(failures.last().plus(LOCK))) {
            return Verdict.LOCKED;
        }
        // 1, 2, 3… seconds before the next attempt is looked at; growing linearly, so that an
        // attacker who waits still reaches the lock within the window
        if (failures.count() >= slowdownAfter
                && failures.count() < lockAfter
                && now.isBefore(failures.last().plusSeconds(failures.count() - slowdownAfter + 1L))) {
            return Verdict.SLOWED_DOWN;
        }
        return Verdict.ALLOWED;
    }

    private record Window(int count, Instant last) {}

    private Window accountFailures(String account, Instant now, long ownId) {
        return window("account = :key AND device IS NULL AND counted", account, now, ownId);
    }

    private Window deviceFailures(String device, Instant now, long ownId) {
        return window("device = :key AND counted", device, now, ownId);
    }

    private Window addressFailures(String address, Instant now, long ownId) {
        return window("address = :key", address, now, ownId);
    }

    private Window window(String condition, String key, Instant now, long ownId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), MAX(failed_at) FROM sign_in_failure WHERE " + condition
                        + " AND failed_at > :since AND id <> :own",
                new MapSqlParameterSource("key", key)
                        .addValue("since", utc(now.minus(WINDOW)))
                        .addValue("own", ownId),
                (rs, i) -> {
                    LocalDateTime last = rs.getObject(2, LocalDateTime.class);
                    return new Window(rs.getInt(1), last == null ? Instant.EPOCH : last.toInstant(ZoneOffset.UTC));
                });
    }

    /** In UTC, as Hibernate writes the other times (app_user.last_login_at), whatever the JVM's zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void delete(long id) {
        jdbc.update("DELETE FROM sign_in_failure WHERE id = :id", Map.of("id", id));
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
