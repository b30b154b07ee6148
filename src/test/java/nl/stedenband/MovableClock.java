package nl.stedenband;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The suite's clock: real time, which a test may move forward (a lock-out that ends, a code of
 * the next 30 seconds) and must put back when done.
 */
public final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile @Nullable Instant frozenAt;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /**
     * Stops time where it is (advancing still moves it), for a test whose steps must all happen
     * at one moment however slow the machine.
     */
    public void freeze() {
        frozenAt = instant();
        offset = Duration.ZERO;
    }

    public void reset() {
        frozenAt = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant frozen = frozenAt;
        return frozen == null ? Clock.offset(Clock.system(zone), offset) : Clock.fixed(frozen.plus(offset), zone);
    }

    @Override
    public Instant instant() {
        Instant frozen = frozenAt;
        return (frozen == null ? Instant.now() : frozen).plus(offset);
    }
}
