package nl.stedenband.scheduling;

import java.time.ZonedDateTime;
import java.util.Locale;
import nl.stedenband.base.Bundles;
import nl.stedenband.base.LocalFormats;

/**
 * A daylight-saving change near the chosen date and what it does to the time difference with the
 * home city, e.g. "Palo Alto moves its clocks forward on Sun 8 Mar 2026; Enschede–Palo Alto: 9 → 8 hours".
 */
public record TransitionNote(
        String city,
        ZonedDateTime at,
        boolean forward,
        String homeCity,
        String otherCity,
        double hoursBefore,
        double hoursAfter) {

    /** False when both cities change their clocks together, as Enschede and London do. */
    public boolean changesDifference() {
        return hoursBefore != hoursAfter;
    }

    /** The note in the given language. */
    public String describe(Locale locale) {
        String difference = changesDifference()
                ? Bundles.t(locale, "scheduling.transition.difference", hoursBefore, hoursAfter)
                : Bundles.t(locale, "scheduling.transition.same", hoursAfter);
        return Bundles.t(
                locale,
                forward ? "scheduling.transition.forward" : "scheduling.transition.back",
                city,
                LocalFormats.weekdayDate(locale).format(at),
                homeCity,
                otherCity,
                difference);
    }
}
