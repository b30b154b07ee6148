package nl.stedenband.scheduling;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One slot as one city lives it: its local time, band, day off and penalty. */
public record CitySlot(CityHours city, ZonedDateTime local, Band band, boolean weekend, @Nullable String holiday, int penalty) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public boolean dayOff() {
        return weekend || holiday != null;
    }

    /** "Palo Alto 22:00 the day before (late)", relative to the reference date. */
    public String describe(LocalDate referenceDate) {
        StringBuilder sb = new StringBuilder(city.name()).append(' ').append(TIME.format(local));
        LocalDate date = local.toLocalDate();
        if (date.isBefore(referenceDate)) {
            sb.append(" the day before");
        } else if (date.isAfter(referenceDate)) {
            sb.append(" the next day");
        }
        String why = band == Band.WORKING ? "" : band.label();
        if (holiday != null) {
            why = why.isEmpty() ? holiday : why + ", " + holiday;
        } else if (weekend) {
            why = why.isEmpty() ? "weekend" : why + ", weekend";
        }
        return why.isEmpty() ? sb.toString() : sb.append(" (").append(why).append(')').toString();
    }
}
