package nl.stedenband.scheduling;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A daylight-saving change near the chosen date and what it does to the time difference with the
 * home city, e.g. "Palo Alto moves its clocks forward on Sun 8 Mar 2026; Enschede–Palo Alto: 9 → 8 hours".
 */
public record TransitionNote(
        String city, ZonedDateTime at, boolean forward, String homeCity, String otherCity, double hoursBefore, double hoursAfter) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** False when both cities change their clocks together, as Enschede and London do. */
    public boolean changesDifference() {
        return hoursBefore != hoursAfter;
    }

    public String describe() {
        String difference = changesDifference()
                ? hours(hoursBefore) + " → " + hours(hoursAfter) + " hours"
                : "still " + hours(hoursAfter) + (hoursAfter == 1 ? " hour" : " hours");
        return String.format(Locale.ENGLISH, "%s moves its clocks %s on %s; %s–%s: %s",
                city, forward ? "forward" : "back", at.format(DAY), homeCity, otherCity, difference);
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }
}
