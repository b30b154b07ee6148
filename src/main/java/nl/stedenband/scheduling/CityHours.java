package nl.stedenband.scheduling;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A city as the planner sees it: its zone, its working day and shoulders, weekend and holidays.
 * Working 09–17, early shoulder 07–09, evening shoulder 17–21, late 21–23, night the rest.
 * Kept apart from the City entity so that planning needs no database.
 */
public record CityHours(
        String name,
        ZoneId zone,
        LocalTime workStart,
        LocalTime workEnd,
        LocalTime shoulderStart,
        LocalTime shoulderEnd,
        LocalTime lateEnd,
        Set<DayOfWeek> weekend,
        @Nullable String holidayRegion) {

    public static final Set<DayOfWeek> SATURDAY_SUNDAY =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    /** Refuses hours whose bands would overlap, with the same rules as the cities register. */
    public CityHours {
        if (!workStart.isBefore(workEnd)) {
            throw new IllegalArgumentException(name + ": working hours must end after they start");
        }
        if (shoulderStart.isAfter(workStart) || shoulderEnd.isBefore(workEnd)) {
            throw new IllegalArgumentException(name + ": shoulder hours must surround the working hours");
        }
        if (lateEnd.isBefore(shoulderEnd)) {
            throw new IllegalArgumentException(name + ": late evening must end after the shoulder hours");
        }
        // An EnumSet keeps the per-slot weekend test cheap; the wrapper keeps the record immutable.
        weekend = Collections.unmodifiableSet(
                weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
    }

    /** Default hours; an unknown zone id is refused. */
    public static CityHours of(String name, String zoneId, @Nullable String holidayRegion) {
        return new CityHours(
                name,
                zone(zoneId),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                LocalTime.of(7, 0),
                LocalTime.of(21, 0),
                LocalTime.of(23, 0),
                SATURDAY_SUNDAY,
                holidayRegion);
    }

    public static ZoneId zone(String zoneId) {
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + zoneId + "' is not a known time zone", e);
        }
    }

    public CityHours withWorkingHours(LocalTime start, LocalTime end) {
        return new CityHours(name, zone, start, end, shoulderStart, shoulderEnd, lateEnd, weekend, holidayRegion);
    }

    public Band bandAt(LocalTime t) {
        if (!t.isBefore(workStart) && t.isBefore(workEnd)) {
            return Band.WORKING;
        }
        if (!t.isBefore(shoulderStart) && t.isBefore(workStart)) {
            return Band.EARLY;
        }
        if (!t.isBefore(workEnd) && t.isBefore(shoulderEnd)) {
            return Band.EVENING;
        }
        if (!t.isBefore(shoulderEnd) && t.isBefore(lateEnd)) {
            return Band.LATE;
        }
        return Band.NIGHT;
    }
}
