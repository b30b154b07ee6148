package nl.stedenband.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A half hour, the same instant for every city, with what it costs each of them. */
public record Slot(Instant start, Instant end, List<CitySlot> cities) {

    public int penalty() {
        int sum = 0;
        for (CitySlot c : cities) {
            sum += c.penalty();
        }
        return sum;
    }

    /** Working hours on a city's weekend or public holiday do not count: nobody is at the office. */
    public boolean everyoneWorking() {
        return cities.stream().allMatch(c -> c.band() == Band.WORKING && !c.dayOff());
    }

    /** "Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late)", in the given language. */
    public String summary(LocalDate referenceDate, Locale locale) {
        return cities.stream().map(c -> c.describe(referenceDate, locale)).collect(Collectors.joining(", "));
    }
}
