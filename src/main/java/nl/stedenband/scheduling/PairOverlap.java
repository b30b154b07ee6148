package nl.stedenband.scheduling;

import java.time.Duration;
import java.util.Locale;
import nl.stedenband.base.Bundles;

/** How long two cities share working hours on the day. */
public record PairOverlap(String first, String second, Duration working) {

    /** "Enschede–Dalian: 1.5 working hours", in the given language. */
    public String describe(Locale locale) {
        return Bundles.t(locale, "scheduling.pair.overlap", first, second, working.toMinutes() / 60.0);
    }
}
