package nl.stedenband.scheduling;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import nl.stedenband.base.Bundles;
import nl.stedenband.base.LocalFormats;
import org.jspecify.annotations.Nullable;

/** One slot as one city lives it: its local time, band, day off and penalty. */
public record CitySlot(
        CityHours city,
        ZonedDateTime local,
        Band band,
        boolean weekend,
        @Nullable String holiday,
        int penalty) {

    public boolean dayOff() {
        return weekend || holiday != null;
    }

    /** "Palo Alto 22:00 the day before (late)", relative to the reference date, in the given language. */
    public String describe(LocalDate referenceDate, Locale locale) {
        String time = LocalFormats.time(locale).format(local);
        LocalDate date = local.toLocalDate();
        String when = date.isBefore(referenceDate)
                ? Bundles.t(locale, "scheduling.slot.dayBefore", city.name(), time)
                : date.isAfter(referenceDate)
                        ? Bundles.t(locale, "scheduling.slot.nextDay", city.name(), time)
                        : city.name() + " " + time;
        String why = band == Band.WORKING ? "" : Bundles.t(locale, band.labelKey());
        if (holiday != null) {
            String holidayName = HolidayNames.in(locale, holiday);
            why = why.isEmpty() ? holidayName : why + ", " + holidayName;
        } else if (weekend) {
            String weekendWord = Bundles.t(locale, "scheduling.slot.weekend");
            why = why.isEmpty() ? weekendWord : why + ", " + weekendWord;
        }
        return why.isEmpty() ? when : when + " (" + why + ")";
    }
}
