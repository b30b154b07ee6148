package nl.stedenband.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.stedenband.scheduling.CityHours;
import nl.stedenband.scheduling.DayPlan;
import nl.stedenband.scheduling.JollydayHolidays;
import nl.stedenband.scheduling.OverlapPlanner;
import nl.stedenband.scheduling.PenaltyScheme;
import org.junit.jupiter.api.Test;

/** Ranking the slots of a whole year: for the three cities, and for a network of twelve. */
class OverlapPlannerBenchmark {

    static final List<CityHours> THREE = List.of(
            CityHours.of("Enschede", "Europe/Amsterdam", "NL"),
            CityHours.of("Dalian", "Asia/Shanghai", "CN"),
            CityHours.of("Palo Alto", "America/Los_Angeles", "US-CA"));

    static final List<CityHours> TWELVE = new ArrayList<>(THREE);

    static {
        TWELVE.add(CityHours.of("Tokyo", "Asia/Tokyo", "JP"));
        TWELVE.add(CityHours.of("Sydney", "Australia/Sydney", "AU"));
        TWELVE.add(CityHours.of("New York", "America/New_York", "US-NY"));
        TWELVE.add(CityHours.of("São Paulo", "America/Sao_Paulo", "BR"));
        TWELVE.add(CityHours.of("Nairobi", "Africa/Nairobi", "KE"));
        TWELVE.add(CityHours.of("Delhi", "Asia/Kolkata", "IN"));
        TWELVE.add(CityHours.of("Dubai", "Asia/Dubai", null));
        TWELVE.add(CityHours.of("London", "Europe/London", "GB"));
        TWELVE.add(CityHours.of("Moscow", "Europe/Moscow", "RU"));
    }

    @Test
    void rankingAYearOfSlots() {
        OverlapPlanner planner = new OverlapPlanner(PenaltyScheme.DEFAULT, new JollydayHolidays());
        BenchmarkReport report = new BenchmarkReport("Scheduling: rank the half-hour slots of 365 days");
        for (List<CityHours> cities : List.of(THREE, TWELVE)) {
            List<DayPlan> last = new ArrayList<>();
            double[] ms = BenchmarkReport.time(5, 15, () -> {
                last.clear();
                LocalDate day = LocalDate.of(2026, 1, 1);
                for (int i = 0; i < 365; i++) {
                    last.add(planner.plan(day.plusDays(i), ZoneId.of("Europe/Amsterdam"), cities));
                }
                return last;
            });
            report.line("%2d cities: p50 %6.1f ms, p95 %6.1f ms (holidays cached after the first run)", cities.size(),
                    BenchmarkReport.percentile(ms, 50), BenchmarkReport.percentile(ms, 95));
            assertThat(last).hasSize(365).allSatisfy(p -> assertThat(p.ranked()).isNotEmpty());
        }
        report.write("scheduling.txt");
    }
}
