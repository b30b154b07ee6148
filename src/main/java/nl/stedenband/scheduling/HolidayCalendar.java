package nl.stedenband.scheduling;

import java.time.LocalDate;
import java.util.Optional;

/** Public holidays by region code such as NL, CN or US-CA. */
public interface HolidayCalendar {

    /** The holiday's name when {@code date} is a public holiday in {@code region}. */
    Optional<String> holiday(String region, LocalDate date);

    HolidayCalendar NONE = (region, date) -> Optional.empty();
}
