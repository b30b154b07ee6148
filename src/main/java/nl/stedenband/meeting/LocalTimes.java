package nl.stedenband.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.stedenband.city.City;

/**
 * A session's start in the time of each city, with the weekday and date where it differs from the
 * reference (Palo Alto is often still on the previous day) and the zone's abbreviation, so that no
 * time is shown without saying whose time it is.
 */
public final class LocalTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private LocalTimes() {}

    /** "Enschede 17:00 CET · Dalian Tue 17 Mar 00:00 CST · Palo Alto 09:00 PDT", dates relative to {@code reference}. */
    public static String perCity(Instant instant, Collection<City> cities, ZoneId reference) {
        LocalDate referenceDate = instant.atZone(reference).toLocalDate();
        return cities.stream()
                .map(city -> city.getName() + " " + inZone(instant, city.zone(), referenceDate))
                .collect(Collectors.joining(" · "));
    }

    /** "17:00 CET", or "Tue 17 Mar 00:00 CST" when the local date is not {@code referenceDate}. */
    public static String inZone(Instant instant, ZoneId zone, LocalDate referenceDate) {
        ZonedDateTime local = instant.atZone(zone);
        String abbreviation = zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String zoneName = local.format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH));
        String time = TIME.format(local) + " " + (zoneName.isBlank() ? abbreviation : zoneName);
        return local.toLocalDate().equals(referenceDate) ? time : DAY.format(local) + " " + time;
    }

    /** "Mon 16 Mar 2026 17:00 CET" in the given zone. */
    public static String full(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return FULL.format(local) + " " + local.format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH));
    }
}
