package nl.stedenband.scheduling;

import java.time.ZonedDateTime;

/**
 * A daylight-saving change near the chosen date and what it does to the time difference with the
 * home city, e.g. "Palo Alto moves its clocks forward on Sun 8 Mar 2026; Enschede–Palo Alto: 9 → 8 hours".
 */
public record TransitionNote(
        String city, ZonedDateTime at, boolean forward, String homeCity, String otherCity, double hoursBefore, double hoursAfter) {

    public String describe() {
        return String.format(java.util.Locale.ENGLISH, "%s moves its clocks %s on %s; %s–%s: %s → %s hours",
                city, forward ? "forward" : "back",
                at.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH)),
                homeCity, otherCity, hours(hoursBefore), hours(hoursAfter));
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }
}
