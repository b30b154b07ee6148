package nl.stedenband.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down and then refuses password guessing, per account and per address. Counters are kept
 * per username whether the account exists or not, so that the answers reveal nothing about which
 * accounts exist; an existing account's lock is also written to {@code app_user.locked_until},
 * where it outlives a restart and administrators see it.
 *
 * <p>The delays are not sleeps: an attempt that comes too early is refused without looking at
 * the password, so an attacker holds no server threads and the real user, who waits, gets in.
 * Refused attempts do not count as failures, or an attacker could keep an account locked forever.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_SLOWDOWN_AFTER = 3;
    static final int ACCOUNT_LOCK_AFTER = 5;
    static final int ADDRESS_SLOWDOWN_AFTER = 10;
    static final int ADDRESS_BLOCK_AFTER = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    // bounded, so that a flood of invented usernames cannot fill the memory
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Counter> accounts = lru();
    private final Map<String, Counter> addresses = lru();
    private final AppUserRepository users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottle(AppUserRepository users, TransactionTemplate transactions, Clock clock) {
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether an attempt now must be refused without checking the password. */
    synchronized boolean isRefused(String username, @Nullable String address) {
        Instant now = clock.instant();
        return refused(accounts, key(username), now) || (address != null && refused(addresses, address, now));
    }

    /** Locked out, as opposed to only slowed down. */
    synchronized boolean isLocked(String username) {
        Counter counter = accounts.get(key(username));
        return counter != null && counter.failures >= ACCOUNT_LOCK_AFTER && refused(accounts, key(username), clock.instant());
    }

    synchronized void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        Counter account = count(accounts, key(username), now, ACCOUNT_SLOWDOWN_AFTER, ACCOUNT_LOCK_AFTER);
        if (address != null) {
            count(addresses, address, now, ADDRESS_SLOWDOWN_AFTER, ADDRESS_BLOCK_AFTER);
        }
        if (account.failures == ACCOUNT_LOCK_AFTER) {
            Instant until = account.blockedUntil;
            transactions.executeWithoutResult(tx -> users.findByUsername(username.trim())
                    .ifPresent(user -> user.setLockedUntil(until)));
        }
    }

    /** A good password clears the account's failures; the address keeps its count. */
    synchronized void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** For tests that sign in many times from the one test address. */
    synchronized void forgetAll() {
        accounts.clear();
        addresses.clear();
    }

    private static boolean refused(Map<String, Counter> counters, String key, Instant now) {
        Counter counter = counters.get(key);
        return counter != null && counter.blockedUntil != null && now.isBefore(counter.blockedUntil);
    }

    private static Counter count(Map<String, Counter> counters, String key, Instant now, int slowdownAfter, int blockAfter) {
        Counter counter = counters.computeIfAbsent(key, k -> new Counter(now));
        boolean windowOver = counter.windowStart.plus(WINDOW).isBefore(now);
        boolean blockOver = counter.failures >= blockAfter && counter.blockedUntil != null && !now.isBefore(counter.blockedUntil);
        if (windowOver || blockOver) {
            counter.failures = 0;
            counter.windowStart = now;
            counter.blockedUntil = null;
        }
        counter.failures++;
        if (counter.failures >= blockAfter) {
            counter.blockedUntil = now.plus(LOCK);
        } else if (counter.failures >= slowdownAfter) {
            // 1, 2, 3… seconds before the next attempt is looked at; growing linearly, so that
            // an attacker who waits still reaches the block within the window
            counter.blockedUntil = now.plusSeconds(counter.failures - slowdownAfter + 1L);
        }
        return counter;
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Counter> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Counter> eldest) {
                return size() > MAX_TRACKED;
            }
        };
    }

    private static final class Counter {
        int failures;
        Instant windowStart;
        @Nullable Instant blockedUntil;

        Counter(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }
}
