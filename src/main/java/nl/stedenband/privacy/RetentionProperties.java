package nl.stedenband.privacy;

import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept per kind of record ({@code stedenband.retention.*}), and when the
 * nightly run anonymises what has outlived its period (GDPR art. 5(1)(e), storage limitation).
 * A rule is off when {@code enabled} is false or its period is zero. Periods are whole months or
 * years ({@code 12m}, {@code 5y}); days are ignored.
 *
 * @param cron when the job runs (Spring cron, six fields), or {@code -} for never
 * @param zone the time zone the cron is read in
 * @param maxPerRun records one run anonymises at most; the rest follow the next night
 * @param minorMobilities exchanges of minors (programmes marked for minors), from the mobility's last day
 * @param mobilities every other exchange, from the mobility's last day
 * @param inactiveContacts contacts without recorded consent and without any use, from their last change or use
 */
@ConfigurationProperties("stedenband.retention")
public record RetentionProperties(
        String cron, String zone, int maxPerRun, Rule minorMobilities, Rule mobilities, Rule inactiveContacts) {

    // Spring passes null for a setting that is not given; the defaults stand in for it
    public RetentionProperties {
        cron = cron == null || cron.isBlank() ? "0 30 2 * * *" : cron.strip();
        zone = zone == null || zone.isBlank() ? "Europe/Amsterdam" : zone.strip();
        maxPerRun = maxPerRun > 0 ? maxPerRun : 500;
        minorMobilities = minorMobilities == null ? new Rule(true, Period.ofMonths(12)) : minorMobilities;
        mobilities = mobilities == null ? new Rule(true, Period.ofYears(5)) : mobilities;
        inactiveContacts = inactiveContacts == null ? new Rule(true, Period.ofYears(3)) : inactiveContacts;
    }

    /** The rule's settings. */
    public Rule rule(RetentionRule rule) {
        return switch (rule) {
            case MINOR_MOBILITY -> minorMobilities();
            case MOBILITY -> mobilities();
            case INACTIVE_CONTACT -> inactiveContacts();
        };
    }

    /**
     * One rule: whether it applies, and after how long.
     *
     * @param enabled false switches the rule off
     * @param after the period after which a record is due, in months or years; zero switches the rule off
     */
    public record Rule(boolean enabled, @Nullable Period after) {

        public Rule {
            after = after == null ? Period.ZERO : Period.ofMonths((int) after.toTotalMonths());
        }

        public Period period() {
            return java.util.Objects.requireNonNull(after);
        }

        public boolean active() {
            return enabled && !period().isZero() && !period().isNegative();
        }

        /** Records whose reference day is on or before this day are due on {@code today}. */
        public LocalDate cutoff(LocalDate today) {
            return today.minus(period());
        }

        /** The period in whole months, for the words on screen. */
        public long months() {
            return period().toTotalMonths();
        }
    }
}
