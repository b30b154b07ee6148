package nl.stedenband.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OverlapPlannerTest {

    static final CityHours ENSCHEDE = CityHours.of("Enschede", "Europe/Amsterdam", "NL");
    static final CityHours DALIAN = CityHours.of("Dalian", "Asia/Shanghai", "CN");
    static final CityHours PALO_ALTO = CityHours.of("Palo Alto", "America/Los_Angeles", "US-CA");
    static final List<CityHours> THREE = List.of(ENSCHEDE, DALIAN, PALO_ALTO);
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    final OverlapPlanner planner = new OverlapPlanner(PenaltyScheme.DEFAULT, new JollydayHolidays());

    @Test
    void inJanuaryTheBestCompromiseHasEnschedeEarlyAndPaloAltoLateTheDayBefore() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, THREE);

        assertThat(plan.commonWorking()).as("the three cities span 16 hours").isEmpty();
        assertThat(plan.best().summary(plan.date()))
                .isEqualTo("Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late)");
        assertThat(plan.best().penalty()).isEqualTo(4);
        assertThat(plan.best().start()).isEqualTo(Instant.parse("2026-01-15T06:00:00Z"));
    }

    @Test
    void enschedeAndDalianShareOneWorkingHourInWinterAndTwoInSummer() {
        assertThat(pair(planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, List.of(ENSCHEDE, DALIAN))))
                .isEqualTo(Duration.ofHours(1));
        assertThat(pair(planner.plan(LocalDate.of(2026, 7, 15), AMSTERDAM, List.of(ENSCHEDE, DALIAN))))
                .isEqualTo(Duration.ofHours(2));
        assertThat(planner.plan(LocalDate.of(2026, 7, 15), AMSTERDAM, List.of(ENSCHEDE, DALIAN)).pairs().getFirst().describe())
                .isEqualTo("Enschede–Dalian: 2 working hours");
    }

    @Test
    void twoCitiesWithAnOverlapHaveIt() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, List.of(ENSCHEDE, DALIAN));

        assertThat(plan.commonWorking()).hasSize(2);
        assertThat(plan.commonWorking().getFirst().start()).isEqualTo(Instant.parse("2026-01-15T08:00:00Z"));
        assertThat(plan.best().penalty()).isZero();
    }

    static List<Object[]> transitionDays() {
        List<Object[]> days = new ArrayList<>();
        for (String zone : List.of("Europe/Amsterdam", "Asia/Shanghai", "America/Los_Angeles")) {
            for (int year : List.of(2026, 2027)) {
                ZoneOffsetTransition t = ZoneId.of(zone).getRules()
                        .nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
                while (t != null && t.getInstant().atZone(ZoneOffset.UTC).getYear() == year) {
                    days.add(new Object[] {zone, t.getDateTimeBefore().toLocalDate(), t.isGap()});
                    t = ZoneId.of(zone).getRules().nextTransition(t.getInstant());
                }
            }
        }
        return days;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("transitionDays")
    void everyDaylightSavingDayHasTheRightNumberOfHalfHoursInOrder(String zone, LocalDate day, boolean forward) {
        DayPlan plan = planner.plan(day, ZoneId.of(zone), THREE);

        assertThat(plan.slots()).hasSize(forward ? 46 : 50);
        for (int i = 1; i < plan.slots().size(); i++) {
            assertThat(Duration.between(plan.slots().get(i - 1).start(), plan.slots().get(i).start()))
                    .isEqualTo(Duration.ofMinutes(30));
        }
        assertThat(plan.slots().getFirst().start()).isEqualTo(day.atStartOfDay(ZoneId.of(zone)).toInstant());
    }

    @Test
    void chinaKeepsItsClocksSoAShanghaiDayAlwaysHas48HalfHours() {
        assertThat(transitionDays()).noneMatch(d -> d[0].equals("Asia/Shanghai"));
        assertThat(planner.plan(LocalDate.of(2026, 3, 8), ZoneId.of("Asia/Shanghai"), THREE).slots()).hasSize(48);
    }

    @Test
    void the2026ChangesAreNamedWithWhatTheyDoToTheDifference() {
        List<String> spring = planner.transitionsNear(LocalDate.of(2026, 3, 18), 14, ENSCHEDE, THREE).stream()
                .map(TransitionNote::describe).toList();
        assertThat(spring).containsExactly(
                "Palo Alto moves its clocks forward on Sun 8 Mar 2026; Enschede–Palo Alto: 9 → 8 hours",
                "Enschede moves its clocks forward on Sun 29 Mar 2026; Enschede–Dalian: 7 → 6 hours",
                "Enschede moves its clocks forward on Sun 29 Mar 2026; Enschede–Palo Alto: 8 → 9 hours");
        List<String> autumn = planner.transitionsNear(LocalDate.of(2026, 10, 28), 7, ENSCHEDE, THREE).stream()
                .map(TransitionNote::describe).toList();
        assertThat(autumn).containsExactly(
                "Enschede moves its clocks back on Sun 25 Oct 2026; Enschede–Dalian: 6 → 7 hours",
                "Enschede moves its clocks back on Sun 25 Oct 2026; Enschede–Palo Alto: 9 → 8 hours",
                "Palo Alto moves its clocks back on Sun 1 Nov 2026; Enschede–Palo Alto: 8 → 9 hours");
    }

    @Test
    void betweenTheUsAndTheEuChangeEnschedeIsEightHoursAheadOfPaloAlto() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 3, 16), AMSTERDAM, List.of(ENSCHEDE, PALO_ALTO));
        Slot fivePm = plan.slots().stream()
                .filter(s -> s.cities().getFirst().local().toLocalTime().equals(LocalTime.of(17, 0)))
                .findFirst().orElseThrow();

        assertThat(fivePm.cities().get(1).local().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(plan.pairs().getFirst().working()).as("16:00–17:00 in Enschede is 08:00–09:00 in Palo Alto")
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void aCityWithItsOwnWorkingHoursIsBandedByThem() {
        CityHours early = CityHours.of("Early town", "Europe/Amsterdam", null).withWorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0));

        assertThat(early.bandAt(LocalTime.of(8, 30))).isEqualTo(Band.WORKING);
        assertThat(early.bandAt(LocalTime.of(16, 30))).isEqualTo(Band.EVENING);
        assertThat(early.bandAt(LocalTime.of(7, 30))).isEqualTo(Band.EARLY);
        assertThat(early.bandAt(LocalTime.of(22, 0))).isEqualTo(Band.LATE);
        assertThat(early.bandAt(LocalTime.of(3, 0))).isEqualTo(Band.NIGHT);
    }

    @Test
    void publicHolidaysAreMarkedAndCostExtra() {
        CitySlot kingsDay = at(planner.plan(LocalDate.of(2026, 4, 27), AMSTERDAM, List.of(ENSCHEDE)), 10);
        assertThat(kingsDay.holiday()).isNotNull();
        assertThat(kingsDay.penalty()).isEqualTo(3);

        CitySlot nationalDay = at(planner.plan(LocalDate.of(2026, 10, 1), ZoneId.of("Asia/Shanghai"), List.of(DALIAN)), 10);
        assertThat(nationalDay.holiday()).isNotNull();
        CitySlot springFestival = at(planner.plan(LocalDate.of(2026, 2, 17), ZoneId.of("Asia/Shanghai"), List.of(DALIAN)), 10);
        assertThat(springFestival.holiday()).isNotNull();
        CitySlot independenceDay = at(planner.plan(LocalDate.of(2027, 7, 5), ZoneId.of("America/Los_Angeles"), List.of(PALO_ALTO)), 10);
        assertThat(independenceDay.holiday()).as("4 July 2027 is a Sunday; the Monday is observed").isNotNull();
        CitySlot ordinary = at(planner.plan(LocalDate.of(2026, 4, 28), AMSTERDAM, List.of(ENSCHEDE)), 10);
        assertThat(ordinary.holiday()).isNull();
        assertThat(ordinary.penalty()).isZero();
    }

    @Test
    void aWeekendIsMarkedAndSaidInTheSummary() {
        DayPlan saturday = planner.plan(LocalDate.of(2026, 1, 17), AMSTERDAM, THREE);

        assertThat(saturday.best().cities().getFirst().weekend()).isTrue();
        assertThat(saturday.best().summary(saturday.date())).contains("weekend");
    }

    @Test
    void anUnknownZoneIsRefused() {
        assertThatThrownBy(() -> CityHours.of("Atlantis", "Atlantis/Sunken", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Atlantis/Sunken' is not a known time zone");
    }

    @Test
    void theWeekViewGivesTheBestSlotOfEachDay() {
        List<Slot> week = planner.week(LocalDate.of(2026, 1, 12), AMSTERDAM, THREE);

        assertThat(week).hasSize(7);
        assertThat(week.getFirst().summary(LocalDate.of(2026, 1, 12)))
                .as("on a Monday morning in Enschede it is still Sunday in Palo Alto")
                .isEqualTo("Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late, weekend)");
        assertThat(week.get(1).summary(LocalDate.of(2026, 1, 13)))
                .isEqualTo("Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late)");
    }

    @Test
    void aRecurringMeetingSharesTheInconvenience() {
        List<LocalDate> monthly = IntStream.range(0, 12).mapToObj(m -> LocalDate.of(2026, 1, 14).plusMonths(m)).toList();

        FairnessPlan plan = planner.fairness(monthly, AMSTERDAM, THREE);

        assertThat(plan.occurrences()).hasSize(12);
        for (CityHours city : THREE) {
            long inconvenient = plan.occurrences().stream()
                    .filter(s -> s.cities().stream().anyMatch(c -> c.city().equals(city) && c.penalty() >= 3))
                    .count();
            assertThat(inconvenient).as(city.name() + " does not always take the late or night slot").isLessThan(12);
        }
        int sum = plan.occurrences().stream().mapToInt(Slot::penalty).sum();
        assertThat(plan.totalPenaltyPerCity().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sum);
        int most = plan.totalPenaltyPerCity().values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int least = plan.totalPenaltyPerCity().values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        List<Slot> naive = monthly.stream().map(d -> planner.plan(d, AMSTERDAM, THREE).best()).toList();
        int naiveWorst = THREE.stream().mapToInt(c -> naive.stream().flatMap(s -> s.cities().stream())
                .filter(cs -> cs.city().equals(c)).mapToInt(CitySlot::penalty).sum()).max().orElseThrow();
        assertThat(most).as("rotation lowers the worst-off city's total").isLessThanOrEqualTo(naiveWorst);
        assertThat(most - least).isLessThan(naiveWorst);
    }

    private static Duration pair(DayPlan plan) {
        return plan.pairs().getFirst().working();
    }

    private static CitySlot at(DayPlan plan, int hour) {
        return plan.slots().stream()
                .filter(s -> s.cities().getFirst().local().toLocalTime().equals(LocalTime.of(hour, 0)))
                .findFirst().orElseThrow().cities().getFirst();
    }
}
