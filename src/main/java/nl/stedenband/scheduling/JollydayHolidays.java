package nl.stedenband.scheduling;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.net.URL;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Public holidays from Jollyday: "NL", "US-CA" (country, then subdivision). Jollyday has no
 * mainland-China calendar, so "CN" comes from our own Jollyday configuration
 * ({@code holidays/Holidays_cn.xml}). Each region and year is computed once: the planner asks for
 * every slot of every day.
 */
public class JollydayHolidays implements HolidayCalendar {

    /**
     * The one country loaded from our own file; Jollyday's countries are loaded by code, its usual
     * way. Both live under holidays/ on the classpath, which is also how an unknown code is caught.
     */
    private static final String CHINA = "cn";

    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private final Map<String, Map<LocalDate, String>> byRegionYear = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when no calendar of the region's country is known */
    @Override
    public Optional<String> holiday(String region, LocalDate date) {
        String key = region + "/" + date.getYear();
        return Optional.ofNullable(byRegionYear
                .computeIfAbsent(key, k -> load(region, date.getYear()))
                .get(date));
    }

    private Map<LocalDate, String> load(String region, int year) {
        String[] parts = region.toLowerCase(Locale.ROOT).split("-");
        HolidayManager manager = managers.computeIfAbsent(parts[0], country -> manager(country, region));
        String[] subdivisions = Arrays.copyOfRange(parts, 1, parts.length);
        return manager.getHolidays(Year.of(year), subdivisions).stream()
                .collect(Collectors.toMap(Holiday::getDate, JollydayHolidays::name, (a, b) -> a));
    }

    private static HolidayManager manager(String country, String region) {
        URL calendar = JollydayHolidays.class.getResource("/holidays/Holidays_" + country + ".xml");
        if (calendar == null) {
            // Jollyday would fail with a message about a missing resource file, far from the cause.
            throw new IllegalArgumentException("No public holiday calendar is known for '" + region + "'");
        }
        return HolidayManager.getInstance(
                country.equals(CHINA) ? ManagerParameters.create(calendar) : ManagerParameters.create(country));
    }

    private static String name(Holiday holiday) {
        String description = holiday.getDescription(Locale.ENGLISH);
        if (description == null
                || description.isBlank()
                || description.toLowerCase(Locale.ROOT).contains("undefined")) {
            String key = holiday.getPropertiesKey();
            String words =
                    key.substring(key.lastIndexOf('.') + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return description;
    }
}
