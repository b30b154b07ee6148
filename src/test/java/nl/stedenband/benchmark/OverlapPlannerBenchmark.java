package nl.stedenband.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.stedenband.scheduling.CityHours;
import nl.stedenband.scheduling.JollydayHolidays;
import nl.stedenband.scheduling.OverlapPlanner;
import nl.stedenband.scheduling.PenaltyScheme;
import org.junit.jupiter.api.Test;

/** Ranking the slots of a whole year: for the three cities, and for a network of twelve. */
class OverlapPlannerBenchmark {

    static final int WARMUP = 30;
    static final int RUNS = 31;

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

    /** The same figures without Maven, with the test classpath: java -cp … nl.stedenband.benchmark.OverlapPlannerBenchmark */
    public static void main(String[] args) {
        new OverlapPlannerBenchmark().rankingAYearOfSlots();
    }

    @Test
    void rankingAYearOfSlots() {
        OverlapPlanner planner = new OverlapPlanner(PenaltyScheme.DEFAULT, new JollydayHolidays());
        BenchmarkReport report = new BenchmarkReport("Scheduling: rank the half-hour slots of 365 days");
        for (List<CityHours> cities : List.of(THREE, TWELVE)) {
            // Only each day's ranking size is kept: the view plans a day or a week at a time, so
            // holding a year of plans at once would measure the garbage collector, not the planner.
            int[] rankedPerDay = new int[365];
            // Enough warm-up for the JIT to settle; an odd number of runs so the median is a run.
            double[] ms = BenchmarkReport.time(WARMUP, RUNS, () -> {
                LocalDate day = LocalDate.of(2026, 1, 1);
                for (int i = 0; i < 365; i++) {
                    rankedPerDay[i] = planner.plan(day.plusDays(i), ZoneId.of("Europe/Amsterdam"), cities)
                            .ranked()
                            .size();
                }
                return rankedPerDay;
            });
            report.line(
                    "%2d cities: median %6.1f ms, p95 %6.1f ms (%d runs after %d warm-up runs; holidays cached)",
                    cities.size(),
                    BenchmarkReport.percentile(ms, 50),
                    BenchmarkReport.percentile(ms, 95),
                    RUNS,
                    WARMUP);
            assertThat(rankedPerDay).as("one non-empty ranking per day").doesNotContain(0);
        }
        // what the schedule page computes when it opens: the day, the week's best times, a monthly
        // meeting shared over a year and the clock changes near the day
        for (List<CityHours> cities : List.of(THREE, TWELVE)) {
            ZoneId zone = ZoneId.of("Europe/Amsterdam");
            LocalDate day = LocalDate.of(2026, 3, 26);
            List<LocalDate> months = java.util.stream.IntStream.range(0, 12)
                    .mapToObj(day::plusMonths)
                    .toList();
            double[] ms = BenchmarkReport.time(WARMUP, RUNS, () -> {
                planner.plan(day, zone, cities);
                planner.week(day, zone, cities);
                planner.fairness(months, zone, cities);
                return planner.transitionsNear(day, 14, cities.getFirst(), cities);
            });
            report.line(
                    "%2d cities, the schedule page (day, week, monthly x12, clock changes): median %6.2f ms, p95 %6.2f ms",
                    cities.size(), BenchmarkReport.percentile(ms, 50), BenchmarkReport.percentile(ms, 95));
        }
        report.write("scheduling.txt");
    }
}
