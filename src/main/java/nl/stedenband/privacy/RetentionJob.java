package nl.stedenband.privacy;

import nl.stedenband.security.SystemAuthentication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly retention run ({@code stedenband.retention.cron}, in {@code stedenband.retention.zone};
 * {@code -} switches it off, as the tests do). It runs as the principal "system", which holds the
 * administrator's role, through the same method-secured service an administrator uses: the run and
 * every record's history name "system".
 */
@Component
class RetentionJob {

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(
            cron = "${stedenband.retention.cron:0 30 2 * * *}",
            zone = "${stedenband.retention.zone:Europe/Amsterdam}")
    RetentionResult runNightly() {
        return SystemAuthentication.call(() -> retention.run(retention.nextRun()));
    }
}
