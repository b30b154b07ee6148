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
import nl.stedenband.base.LocalFormats;
import nl.stedenband.city.City;

/**
 * A session's start in the time of each city, with the weekday and date where it differs from the
 * reference (Palo Alto is often still on the previous day) and the zone's abbreviation, so that no
 * time is shown without saying whose time it is.
 */
public final class LocalTimes {

    private LocalTimes() {}

    /** "Enschede 17:00 CET · Dalian Tue 17 Mar 00:00 CST · Palo Alto 09:00 PDT", dates relative to {@code reference}, in English. */
    public static String perCity(Instant instant, Collection<City> cities, ZoneId reference) {
        return perCity(instant, cities, reference, Locale.ENGLISH);
    }

    /** As {@link #perCity(Instant, Collection, ZoneId)}, with weekdays and months in the given language. */
    public static String perCity(Instant instant, Collection<City> cities, ZoneId reference, Locale locale) {
        LocalDate referenceDate = instant.atZone(reference).toLocalDate();
        return cities.stream()
                .map(city -> city.getName() + " " + inZone(instant, city.zone(), referenceDate, locale))
                .collect(Collectors.joining(" · "));
    }

    /** "17:00 CET", or "Tue 17 Mar 00:00 CST" when the local date is not {@code referenceDate}. */
    public static String inZone(Instant instant, ZoneId zone, LocalDate referenceDate, Locale locale) {
        ZonedDateTime local = instant.atZone(zone);
        String time = LocalFormats.time(locale).format(local) + " " + abbreviation(local);
        return local.toLocalDate().equals(referenceDate)
                ? time
                : LocalFormats.shortWeekdayDate(locale).format(local) + " " + time;
    }

    /** "Mon 16 Mar 2026 17:00 CET" in the given zone and language. */
    public static String full(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime local = instant.atZone(zone);
        return LocalFormats.weekdayDate(locale).format(local) + " "
                + LocalFormats.time(locale).format(local) + " " + abbreviation(local);
    }

    /**
     * CET, PDT, CST: the zone's abbreviation as the office writes it in any language (Dutch has no
     * names of its own for most zones and would fall back to "GMT-07:00").
     */
    private static String abbreviation(ZonedDateTime local) {
        String zoneName = local.format(DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH));
        return zoneName.isBlank() ? local.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : zoneName;
    }
}
