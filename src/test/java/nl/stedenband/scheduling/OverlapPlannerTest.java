package nl.stedenband.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OverlapPlannerTest {

    private static final Locale EN = Locale.ENGLISH;

    static final CityHours ENSCHEDE = CityHours.of("Enschede", "Europe/Amsterdam", "NL");
    static final CityHours DALIAN = CityHours.of("Dalian", "Asia/Shanghai", "CN");
    static final CityHours PALO_ALTO = CityHours.of("Palo Alto", "America/Los_Angeles", "US-CA");
    static final List<CityHours> THREE = List.of(ENSCHEDE, DALIAN, PALO_ALTO);
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Shared so that Jollyday reads each calendar once for the whole class, as the app does. */
    static final JollydayHolidays HOLIDAYS = new JollydayHolidays();

    final OverlapPlanner planner = new OverlapPlanner(PenaltyScheme.DEFAULT, HOLIDAYS);

    @Test
    void inJanuaryTheBestCompromiseHasEnschedeEarlyAndPaloAltoLateTheDayBefore() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, THREE);

        assertThat(plan.commonWorking()).as("the three cities span 16 hours").isEmpty();
        assertThat(plan.best().summary(plan.date(), EN))
                .isEqualTo("Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late)");
        assertThat(plan.best().cities()).extracting(CitySlot::penalty).containsExactly(1, 0, 3);
        assertThat(plan.best().penalty()).isEqualTo(4);
        assertThat(plan.best().start()).isEqualTo(Instant.parse("2026-01-15T06:00:00Z"));
    }

    @Test
    void theHalfHourLaterCostsTheSameAndIsListedSecond() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, THREE);

        assertThat(plan.ranked().get(1).summary(plan.date(), EN))
                .isEqualTo("Enschede 07:30 (early), Dalian 14:30, Palo Alto 22:30 the day before (late)");
        assertThat(plan.ranked().get(1).penalty()).isEqualTo(4);
        assertThat(plan.ranked().get(2).penalty())
                .as("the next compromise is far worse")
                .isGreaterThan(4);
    }

    @Test
    void inSummerAnAfternoonInEnschedeIsAsGoodAsItsEarlyMorning() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 7, 15), AMSTERDAM, THREE);

        assertThat(plan.commonWorking()).isEmpty();
        assertThat(plan.ranked().subList(0, 4))
                .extracting(s -> s.summary(plan.date(), EN))
                .containsExactly(
                        "Enschede 07:00 (early), Dalian 13:00, Palo Alto 22:00 the day before (late)",
                        "Enschede 07:30 (early), Dalian 13:30, Palo Alto 22:30 the day before (late)",
                        "Enschede 16:00, Dalian 22:00 (late), Palo Alto 07:00 (early)",
                        "Enschede 16:30, Dalian 22:30 (late), Palo Alto 07:30 (early)");
        assertThat(plan.ranked().subList(0, 4))
                .allSatisfy(s -> assertThat(s.penalty()).isEqualTo(4));
    }

    @Test
    void seenFromPaloAltoTheSameMeetingIsTheNextDayInEuropeAndChina() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 1, 14), LOS_ANGELES, THREE);

        assertThat(plan.best().start()).isEqualTo(Instant.parse("2026-01-15T06:00:00Z"));
        assertThat(plan.best().summary(plan.date(), EN))
                .isEqualTo("Enschede 07:00 the next day (early), Dalian 14:00 the next day, Palo Alto 22:00 (late)");
    }

    @Test
    void enschedeAndDalianShareOneWorkingHourInWinterAndTwoInSummer() {
        assertThat(pair(planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, List.of(ENSCHEDE, DALIAN))))
                .isEqualTo(Duration.ofHours(1));
        assertThat(pair(planner.plan(LocalDate.of(2026, 7, 15), AMSTERDAM, List.of(ENSCHEDE, DALIAN))))
                .isEqualTo(Duration.ofHours(2));
        assertThat(planner.plan(LocalDate.of(2026, 7, 15), AMSTERDAM, List.of(ENSCHEDE, DALIAN))
                        .pairs()
                        .getFirst()
                        .describe(EN))
                .isEqualTo("Enschede–Dalian: 2 working hours");
    }

    @Test
    void theSlotsPairsAndClockChangesAreDescribedInDutch() {
        Locale dutch = Locale.of("nl");
        DayPlan january = planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, THREE);
        assertThat(january.best().summary(january.date(), dutch))
                .isEqualTo("Enschede 07:00 (vroeg), Dalian 14:00, Palo Alto 22:00 de dag ervoor (laat)");

        CitySlot springFestival = at(planner.plan(LocalDate.of(2026, 2, 17), SHANGHAI, List.of(DALIAN)), 10);
        assertThat(springFestival.describe(LocalDate.of(2026, 2, 17), dutch))
                .isEqualTo("Dalian 10:00 (Maannieuwjaarsdag)");
        assertThat(springFestival.describe(LocalDate.of(2026, 2, 17), EN))
                .isEqualTo("Dalian 10:00 (Lunar New Year's Day)");

        assertThat(new PairOverlap("Enschede", "Dalian", Duration.ofMinutes(90)).describe(dutch))
                .isEqualTo("Enschede–Dalian: 1,5 uur gezamenlijke werktijd");
        assertThat(new PairOverlap("Enschede", "Dalian", Duration.ofMinutes(90)).describe(EN))
                .isEqualTo("Enschede–Dalian: 1.5 working hours");
        assertThat(new PairOverlap("Enschede", "Palo Alto", Duration.ZERO).describe(dutch))
                .isEqualTo("Enschede–Palo Alto: geen gezamenlijke werktijd");
        assertThat(new PairOverlap("Enschede", "Dalian", Duration.ofHours(1)).describe(EN))
                .isEqualTo("Enschede–Dalian: 1 working hour");

        TransitionNote spring = new TransitionNote(
                "Palo Alto",
                LocalDate.of(2026, 3, 8).atTime(2, 0).atZone(LOS_ANGELES),
                true,
                "Enschede",
                "Palo Alto",
                9,
                8);
        assertThat(spring.describe(dutch))
                .isEqualTo("Palo Alto zet de klok vooruit op zo 8 mrt 2026; Enschede–Palo Alto: 9 → 8 uur");
        assertThat(spring.describe(EN))
                .isEqualTo("Palo Alto moves its clocks forward on Sun 8 Mar 2026; Enschede–Palo Alto: 9 → 8 hours");
    }

    @Test
    void everyPairOfCitiesIsListed() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, THREE);

        assertThat(plan.pairs())
                .extracting(p -> p.describe(EN))
                .containsExactly(
                        "Enschede–Dalian: 1 working hour",
                        "Enschede–Palo Alto: no working hours",
                        "Dalian–Palo Alto: no working hours");
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
                ZoneOffsetTransition t = ZoneId.of(zone)
                        .getRules()
                        .nextTransition(LocalDate.of(year, 1, 1)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant());
                while (t != null && t.getInstant().atZone(ZoneOffset.UTC).getYear() == year) {
                    days.add(new Object[] {zone, t.getDateTimeBefore().toLocalDate(), t});
                    t = ZoneId.of(zone).getRules().nextTransition(t.getInstant());
                }
            }
        }
        return days;
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("transitionDays")
    void everyDaylightSavingDayHasTheRightHalfHoursWithTheRightLocalTimes(
            String zone, LocalDate day, ZoneOffsetTransition change) {
        ZoneId reference = ZoneId.of(zone);
        DayPlan plan = planner.plan(day, reference, THREE);

        assertThat(plan.slots()).hasSize(change.isGap() ? 46 : 50);
        assertThat(plan.slots().getFirst().start())
                .isEqualTo(day.atStartOfDay(reference).toInstant());
        assertThat(plan.slots().getLast().end())
                .isEqualTo(day.plusDays(1).atStartOfDay(reference).toInstant());
        for (int i = 1; i < plan.slots().size(); i++) {
            assertThat(Duration.between(
                            plan.slots().get(i - 1).start(), plan.slots().get(i).start()))
                    .isEqualTo(Duration.ofMinutes(30));
        }
        // The reference clock's readings: every half hour of the day, the skipped hour missing or the
        // repeated hour twice.
        List<LocalTime> expected = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            LocalTime t = LocalTime.MIDNIGHT.plusMinutes(30L * i);
            boolean inChangedHour =
                    !t.isBefore(change.getDateTimeBefore().toLocalTime().withMinute(0))
                            && t.isBefore(change.getDateTimeBefore()
                                    .toLocalTime()
                                    .plusHours(1)
                                    .withMinute(0));
            boolean inRepeatedHour = !t.isBefore(change.getDateTimeAfter().toLocalTime())
                    && t.isBefore(change.getDateTimeBefore().toLocalTime());
            if (change.isGap() && inChangedHour) {
                continue;
            }
            expected.add(t);
            if (change.isOverlap() && inRepeatedHour) {
                expected.add(t);
            }
        }
        int referenceCity = THREE.stream().map(CityHours::zone).toList().indexOf(reference);
        assertThat(plan.slots())
                .extracting(s -> s.cities().get(referenceCity).local().toLocalTime())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(plan.slots())
                .allSatisfy(s -> s.cities()
                        .forEach(c -> assertThat(c.local().toInstant()).isEqualTo(s.start())));
    }

    @Test
    void whenPaloAltoSpringsForwardItsRowSkipsFromHalfPastOneToThree() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 3, 8), AMSTERDAM, THREE);

        assertThat(plan.slots()).hasSize(48);
        assertThat(local(plan, Instant.parse("2026-03-08T09:30:00Z"), 2)).isEqualTo("2026-03-08T01:30");
        assertThat(local(plan, Instant.parse("2026-03-08T10:00:00Z"), 2)).isEqualTo("2026-03-08T03:00");
        assertThat(local(plan, Instant.parse("2026-03-08T10:00:00Z"), 0)).isEqualTo("2026-03-08T11:00");
    }

    @Test
    void whenEnschedeFallsBackItsDayHasTwentyFiveHoursWithTwoAtTwoOClock() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 10, 25), AMSTERDAM, THREE);

        assertThat(plan.slots()).hasSize(50);
        assertThat(plan.slots())
                .filteredOn(s -> s.cities().getFirst().local().toLocalTime().equals(LocalTime.of(2, 0)))
                .extracting(s -> s.cities().get(1).local().toLocalTime())
                .as("Dalian reads 08:00, then 09:00")
                .containsExactly(LocalTime.of(8, 0), LocalTime.of(9, 0));
    }

    @Test
    void chinaKeepsItsClocksSoAShanghaiDayAlwaysHas48HalfHours() {
        assertThat(transitionDays()).noneMatch(d -> d[0].equals("Asia/Shanghai"));
        assertThat(planner.plan(LocalDate.of(2026, 3, 8), SHANGHAI, THREE).slots())
                .hasSize(48);
    }

    @Test
    void the2026ChangesAreNamedWithWhatTheyDoToTheDifference() {
        List<String> spring = planner.transitionsNear(LocalDate.of(2026, 3, 18), 14, ENSCHEDE, THREE).stream()
                .map(n -> n.describe(EN))
                .toList();
        assertThat(spring)
                .containsExactly(
                        "Palo Alto moves its clocks forward on Sun 8 Mar 2026; Enschede–Palo Alto: 9 → 8 hours",
                        "Enschede moves its clocks forward on Sun 29 Mar 2026; Enschede–Dalian: 7 → 6 hours",
                        "Enschede moves its clocks forward on Sun 29 Mar 2026; Enschede–Palo Alto: 8 → 9 hours");
        List<String> autumn = planner.transitionsNear(LocalDate.of(2026, 10, 28), 7, ENSCHEDE, THREE).stream()
                .map(n -> n.describe(EN))
                .toList();
        assertThat(autumn)
                .containsExactly(
                        "Enschede moves its clocks back on Sun 25 Oct 2026; Enschede–Dalian: 6 → 7 hours",
                        "Enschede moves its clocks back on Sun 25 Oct 2026; Enschede–Palo Alto: 9 → 8 hours",
                        "Palo Alto moves its clocks back on Sun 1 Nov 2026; Enschede–Palo Alto: 8 → 9 hours");
    }

    @Test
    void dalianNeverChangesItsClocks() {
        assertThat(planner.transitionsNear(LocalDate.of(2026, 7, 1), 200, ENSCHEDE, THREE))
                .noneMatch(n -> n.city().equals("Dalian"))
                .anyMatch(n -> n.otherCity().equals("Dalian"));
    }

    @Test
    void aClockChangeThatKeepsTheDifferenceIsStillNamed() {
        CityHours london = CityHours.of("London", "Europe/London", "GB");

        assertThat(planner.transitionsNear(LocalDate.of(2026, 3, 29), 3, ENSCHEDE, List.of(ENSCHEDE, london)))
                .extracting(n -> n.describe(EN))
                .containsExactly(
                        "Enschede moves its clocks forward on Sun 29 Mar 2026; Enschede–London: still 1 hour",
                        "London moves its clocks forward on Sun 29 Mar 2026; Enschede–London: still 1 hour");
    }

    @Test
    void betweenTheUsAndTheEuChangeEnschedeIsEightHoursAheadOfPaloAlto() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 3, 16), AMSTERDAM, List.of(ENSCHEDE, PALO_ALTO));
        Slot fivePm = plan.slots().stream()
                .filter(s -> s.cities().getFirst().local().toLocalTime().equals(LocalTime.of(17, 0)))
                .findFirst()
                .orElseThrow();

        assertThat(fivePm.cities().get(1).local().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(plan.pairs().getFirst().working())
                .as("16:00–17:00 in Enschede is 08:00–09:00 in Palo Alto")
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void aCityWithItsOwnWorkingHoursIsBandedByThem() {
        CityHours early = CityHours.of("Early town", "Europe/Amsterdam", null)
                .withWorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0));

        assertThat(early.bandAt(LocalTime.of(8, 30))).isEqualTo(Band.WORKING);
        assertThat(early.bandAt(LocalTime.of(16, 30))).isEqualTo(Band.EVENING);
        assertThat(early.bandAt(LocalTime.of(7, 30))).isEqualTo(Band.EARLY);
        assertThat(early.bandAt(LocalTime.of(22, 0))).isEqualTo(Band.LATE);
        assertThat(early.bandAt(LocalTime.of(3, 0))).isEqualTo(Band.NIGHT);
    }

    @Test
    void anEnschedeThatStartsAtEightSharesTwoWinterHoursWithDalian() {
        CityHours atEight = ENSCHEDE.withWorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0));

        DayPlan plan = planner.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, List.of(atEight, DALIAN));

        assertThat(plan.pairs().getFirst().working()).isEqualTo(Duration.ofHours(2));
        assertThat(plan.best().summary(plan.date(), EN)).isEqualTo("Enschede 08:00, Dalian 15:00");
    }

    @Test
    void hoursThatDoNotNestAreRefused() {
        assertThatThrownBy(() -> ENSCHEDE.withWorkingHours(LocalTime.of(17, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Enschede: working hours must end after they start");
        assertThatThrownBy(() -> ENSCHEDE.withWorkingHours(LocalTime.of(6, 0), LocalTime.of(14, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Enschede: shoulder hours must surround the working hours");
    }

    @Test
    void aCitysWeekendCannotBeChangedBehindThePlannersBack() {
        Set<DayOfWeek> friday = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        CityHours dubai = new CityHours(
                "Dubai",
                ZoneId.of("Asia/Dubai"),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                LocalTime.of(7, 0),
                LocalTime.of(21, 0),
                LocalTime.of(23, 0),
                friday,
                null);

        friday.add(DayOfWeek.SUNDAY);

        assertThat(dubai.weekend()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    }

    @Test
    void publicHolidaysAreMarkedAndCostExtra() {
        CitySlot kingsDay = at(planner.plan(LocalDate.of(2026, 4, 27), AMSTERDAM, List.of(ENSCHEDE)), 10);
        assertThat(kingsDay.holiday()).isNotNull();
        assertThat(kingsDay.weekend()).isFalse();
        assertThat(kingsDay.penalty()).as("working hours, but a day off").isEqualTo(3);
        assertThat(kingsDay.describe(LocalDate.of(2026, 4, 27), EN))
                .isEqualTo("Enschede 10:00 (" + kingsDay.holiday() + ")");

        CitySlot nationalDay = at(planner.plan(LocalDate.of(2026, 10, 1), SHANGHAI, List.of(DALIAN)), 10);
        assertThat(nationalDay.holiday()).isEqualTo("National Day");
        assertThat(nationalDay.penalty()).isEqualTo(3);
        CitySlot springFestival = at(planner.plan(LocalDate.of(2026, 2, 17), SHANGHAI, List.of(DALIAN)), 10);
        assertThat(springFestival.holiday()).isEqualTo("Lunar New Year's Day");

        CitySlot independenceDay = at(planner.plan(LocalDate.of(2028, 7, 4), LOS_ANGELES, List.of(PALO_ALTO)), 10);
        assertThat(independenceDay.holiday()).isEqualTo("Independence Day");
        assertThat(independenceDay.penalty()).isEqualTo(3);
        CitySlot observed = at(planner.plan(LocalDate.of(2027, 7, 5), LOS_ANGELES, List.of(PALO_ALTO)), 10);
        assertThat(observed.holiday())
                .as("4 July 2027 is a Sunday; the Monday is observed")
                .isEqualTo("Independence Day");

        CitySlot ordinary = at(planner.plan(LocalDate.of(2026, 4, 28), AMSTERDAM, List.of(ENSCHEDE)), 10);
        assertThat(ordinary.holiday()).isNull();
        assertThat(ordinary.penalty()).isZero();
    }

    @Test
    void aHolidayInOneCityRemovesTheCommonHours() {
        DayPlan plan = planner.plan(LocalDate.of(2026, 10, 1), AMSTERDAM, List.of(ENSCHEDE, DALIAN));

        assertThat(plan.commonWorking()).isEmpty();
        assertThat(plan.pairs().getFirst().working()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aWeekendIsMarkedCostsExtraAndIsSaidInTheSummary() {
        DayPlan saturday = planner.plan(LocalDate.of(2026, 1, 17), AMSTERDAM, THREE);

        assertThat(at(saturday, 10).weekend()).isTrue();
        assertThat(at(saturday, 10).penalty()).isEqualTo(3);
        assertThat(saturday.best().summary(saturday.date(), EN))
                .isEqualTo(
                        "Enschede 07:00 (early, weekend), Dalian 14:00 (weekend), Palo Alto 22:00 the day before (late)");
        assertThat(saturday.best().penalty()).isEqualTo(10);
    }

    @Test
    void anyHolidayCalendarCanBePluggedIn() {
        HolidayCalendar townFestival = (region, date) -> region.equals("NL") && date.equals(LocalDate.of(2026, 1, 15))
                ? Optional.of("Town festival")
                : Optional.empty();
        OverlapPlanner withFestival = new OverlapPlanner(PenaltyScheme.DEFAULT, townFestival);

        DayPlan plan = withFestival.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, THREE);

        assertThat(plan.best().summary(plan.date(), EN))
                .isEqualTo(
                        "Enschede 07:00 (early, Town festival), Dalian 14:00, Palo Alto 22:00 the day before (late)");
        assertThat(plan.best().penalty()).isEqualTo(7);
    }

    @Test
    void anOfficeThatMindsNightsLessIsAdvisedAMidnightCall() {
        OverlapPlanner nightOwls = new OverlapPlanner(new PenaltyScheme(0, 1, 3, 2, 3), HolidayCalendar.NONE);

        DayPlan plan = nightOwls.plan(LocalDate.of(2026, 1, 15), AMSTERDAM, THREE);

        assertThat(plan.best().summary(plan.date(), EN))
                .isEqualTo("Enschede 09:00, Dalian 16:00, Palo Alto 00:00 (night)");
        assertThat(plan.best().penalty()).isEqualTo(2);
    }

    @Test
    void anUnknownZoneIsRefused() {
        assertThatThrownBy(() -> CityHours.of("Atlantis", "Atlantis/Sunken", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Atlantis/Sunken' is not a known time zone");
    }

    @Test
    void anUnknownHolidayRegionIsRefused() {
        assertThatThrownBy(() -> HOLIDAYS.holiday("ZZ", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No public holiday calendar is known for 'ZZ'");
    }

    @Test
    void theWeekViewGivesTheBestSlotOfEachDay() {
        List<Slot> week = planner.week(LocalDate.of(2026, 1, 12), AMSTERDAM, THREE);

        assertThat(week).hasSize(7);
        assertThat(week.getFirst().summary(LocalDate.of(2026, 1, 12), EN))
                .as("on a Monday morning in Enschede it is still Sunday in Palo Alto")
                .isEqualTo("Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late, weekend)");
        assertThat(week.get(1).summary(LocalDate.of(2026, 1, 13), EN))
                .isEqualTo("Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late)");
        assertThat(week)
                .extracting(s -> s.start().atZone(AMSTERDAM).toLocalDate())
                .containsExactlyElementsOf(IntStream.range(0, 7)
                        .mapToObj(LocalDate.of(2026, 1, 12)::plusDays)
                        .toList());
    }

    @Test
    void aMonthlyMeetingSharesTheLateEveningsAndReportsEachCitysTotal() {
        List<LocalDate> monthly = IntStream.range(0, 12)
                .mapToObj(m -> LocalDate.of(2026, 1, 14).plusMonths(m))
                .toList();

        FairnessPlan plan = planner.fairness(monthly, AMSTERDAM, THREE);

        assertThat(plan.occurrences()).hasSize(12);
        assertThat(plan.totalPenaltyPerCity()).containsOnlyKeys("Enschede", "Dalian", "Palo Alto");
        for (CityHours city : THREE) {
            assertThat(lateOrNight(plan.occurrences(), city))
                    .as(city.name() + " does not always take the late evening or the night")
                    .isLessThan(12);
        }
        int sum = plan.occurrences().stream().mapToInt(Slot::penalty).sum();
        assertThat(plan.totalPenaltyPerCity().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(sum);

        List<Slot> plain = monthly.stream()
                .map(d -> planner.plan(d, AMSTERDAM, THREE).best())
                .toList();
        assertThat(lateOrNight(plan.occurrences(), PALO_ALTO))
                .as("rotation spares Palo Alto some late evenings")
                .isLessThan(lateOrNight(plain, PALO_ALTO));
        int plainWorst = THREE.stream()
                .mapToInt(c -> plain.stream()
                        .flatMap(s -> s.cities().stream())
                        .filter(cs -> cs.city().equals(c))
                        .mapToInt(CitySlot::penalty)
                        .sum())
                .max()
                .orElseThrow();
        int worst = plan.totalPenaltyPerCity().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElseThrow();
        assertThat(worst).as("rotation lowers the worst-off city's total").isLessThan(plainWorst);
    }

    private static long lateOrNight(List<Slot> occurrences, CityHours city) {
        return occurrences.stream()
                .flatMap(s -> s.cities().stream())
                .filter(c -> c.city().equals(city) && (c.band() == Band.LATE || c.band() == Band.NIGHT))
                .count();
    }

    private static Duration pair(DayPlan plan) {
        return plan.pairs().getFirst().working();
    }

    private static String local(DayPlan plan, Instant start, int city) {
        return plan.slots().stream()
                .filter(s -> s.start().equals(start))
                .findFirst()
                .orElseThrow()
                .cities()
                .get(city)
                .local()
                .toLocalDateTime()
                .toString();
    }

    private static CitySlot at(DayPlan plan, int hour) {
        return plan.slots().stream()
                .filter(s -> s.cities().getFirst().local().toLocalTime().equals(LocalTime.of(hour, 0)))
                .findFirst()
                .orElseThrow()
                .cities()
                .getFirst();
    }
}
