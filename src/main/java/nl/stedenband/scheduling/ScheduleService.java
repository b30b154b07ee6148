package nl.stedenband.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import nl.stedenband.city.City;
import nl.stedenband.city.CityService;
import nl.stedenband.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The scheduling view's service: the cities of the register, planned by the {@link OverlapPlanner}. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class ScheduleService {

    private final CityService cities;
    private final OverlapPlanner planner = new OverlapPlanner(PenaltyScheme.DEFAULT, new JollydayHolidays());

    ScheduleService(CityService cities) {
        this.cities = cities;
    }

    /** The chosen cities, home first; all of them when none are chosen. */
    public List<City> chosen(Collection<Long> cityIds) {
        List<City> all = cities.listCities();
        List<City> chosen =
                all.stream().filter(c -> cityIds.contains(c.getId())).toList();
        return chosen.isEmpty() ? all : chosen;
    }

    public DayPlan plan(LocalDate date, ZoneId reference, List<City> chosen) {
        return planner.plan(date, reference, hours(chosen));
    }

    public List<Slot> week(LocalDate start, ZoneId reference, List<City> chosen) {
        return planner.week(start, reference, hours(chosen));
    }

    /** A monthly meeting from {@code start}, {@code occurrences} times, with the inconvenience rotated. */
    public FairnessPlan monthly(LocalDate start, int occurrences, ZoneId reference, List<City> chosen) {
        List<LocalDate> dates =
                IntStream.range(0, occurrences).mapToObj(start::plusMonths).toList();
        return planner.fairness(dates, reference, hours(chosen));
    }

    public List<TransitionNote> transitions(LocalDate date, List<City> chosen) {
        List<CityHours> hours = hours(chosen);
        CityHours home = chosen.stream()
                .filter(City::isHome)
                .findFirst()
                .map(c -> hours.get(chosen.indexOf(c)))
                .orElse(hours.getFirst());
        return planner.transitionsNear(date, 14, home, hours);
    }

    static List<CityHours> hours(List<City> chosen) {
        return chosen.stream().map(ScheduleService::hours).toList();
    }

    static CityHours hours(City c) {
        return new CityHours(
                c.getName(),
                CityHours.zone(c.getZoneId()),
                c.getWorkStart(),
                c.getWorkEnd(),
                c.getShoulderStart(),
                c.getShoulderEnd(),
                c.getLateEnd(),
                c.getWeekendDays(),
                c.getHolidayRegion());
    }
}
