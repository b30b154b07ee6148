package nl.stedenband.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The three clocks of Enschede's city hall made useful: for a day and a set of cities, which
 * half hours suit whom, where everyone works, and — on the usual day with no common working hour
 * (Enschede, Dalian and Palo Alto span 16 hours) — the compromises ranked by the penalty the
 * cities pay together. All arithmetic is java.time with IANA zones; no fixed offsets.
 */
public class OverlapPlanner {

    static final Duration SLOT = Duration.ofMinutes(30);

    /**
     * How many of each occurrence's best slots the fairness plan chooses among: about four distinct
     * compromises, as each comes with its half-hour twin. Enough to rotate who gives up the evening;
     * few enough that fairness never picks a slot that is bad for everyone.
     */
    private static final int FAIRNESS_CHOICES = 8;

    private final PenaltyScheme penalties;
    private final HolidayCalendar holidays;

    public OverlapPlanner(PenaltyScheme penalties, HolidayCalendar holidays) {
        this.penalties = penalties;
        this.holidays = holidays;
    }

    /** The day {@code date} as lived in {@code reference}: from its midnight to the next, however long. */
    public DayPlan plan(LocalDate date, ZoneId reference, List<CityHours> cities) {
        if (cities.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one city");
        }
        Instant dayStart = date.atStartOfDay(reference).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(reference).toInstant();
        List<Slot> slots = new ArrayList<>();
        DayOff[] lastDayOff = new DayOff[cities.size()];
        for (Instant t = dayStart; t.isBefore(dayEnd); t = t.plus(SLOT)) {
            slots.add(slot(t, cities, lastDayOff));
        }
        List<Slot> common = slots.stream().filter(Slot::everyoneWorking).toList();
        // Half hours come in equal pairs (07:00 and 07:30 in Enschede cost the same), so ties go to
        // the earlier instant: the same day always gives the same advice, and the top option starts
        // on the hour where it can.
        List<Slot> ranked = slots.stream()
                .sorted(Comparator.comparingInt(Slot::penalty).thenComparing(Slot::start))
                .toList();
        return new DayPlan(
                date, reference, List.copyOf(cities), List.copyOf(slots), common, ranked, pairs(slots, cities));
    }

    /** The best slot of each of the seven days from {@code start}. */
    public List<Slot> week(LocalDate start, ZoneId reference, List<CityHours> cities) {
        List<Slot> best = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            best.add(plan(start.plusDays(i), reference, cities).best());
        }
        return best;
    }

    /**
     * A recurring meeting on the given dates, with the pain shared: for each occurrence it takes,
     * among that day's few best options, the one that keeps the worst-off city's running total
     * lowest (then the lowest total, then the earliest). Plain ranking would give the same city
     * the night every time; this rotates it, and the totals show whether it worked.
     */
    public FairnessPlan fairness(List<LocalDate> dates, ZoneId reference, List<CityHours> cities) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        cities.forEach(c -> totals.put(c.name(), 0));
        List<Slot> chosen = new ArrayList<>();
        for (LocalDate date : dates) {
            List<Slot> options = plan(date, reference, cities).ranked().stream()
                    .limit(FAIRNESS_CHOICES)
                    .toList();
            Slot pick = options.stream()
                    .min(Comparator.<Slot>comparingInt(s -> worstAfter(totals, s))
                            .thenComparingInt(Slot::penalty)
                            .thenComparing(Slot::start))
                    .orElseThrow();
            pick.cities().forEach(c -> totals.merge(c.city().name(), c.penalty(), Integer::sum));
            chosen.add(pick);
        }
        return new FairnessPlan(chosen, totals);
    }

    /**
     * Daylight-saving changes of the cities' zones within {@code days} of {@code date} (as lived in
     * the home city), each with the time difference between the home city and the other city before
     * and after. A change of the home city's clock gives a note per other city; another city's change
     * a note for it. Notes where the difference stays (Enschede and London change together) are
     * kept: the view would otherwise say there is no clock change when there is one.
     */
    public List<TransitionNote> transitionsNear(LocalDate date, int days, CityHours home, List<CityHours> cities) {
        Instant from = date.minusDays(days).atStartOfDay(home.zone()).toInstant();
        Instant to = date.plusDays(days + 1).atStartOfDay(home.zone()).toInstant();
        // A city in the home city's zone changes with it; its notes would repeat the home city's.
        List<CityHours> others =
                cities.stream().filter(c -> !c.zone().equals(home.zone())).toList();
        List<TransitionNote> notes = new ArrayList<>();
        for (ZoneOffsetTransition tr : transitions(home.zone(), from, to)) {
            others.forEach(other -> notes.add(note(home, tr, home, other)));
        }
        for (CityHours other : others) {
            for (ZoneOffsetTransition tr : transitions(other.zone(), from, to)) {
                notes.add(note(other, tr, home, other));
            }
        }
        // By instant only: at a shared instant the home city's notes, added first, stay first.
        notes.sort(Comparator.comparing(n -> n.at().toInstant()));
        return notes;
    }

    private static TransitionNote note(CityHours changing, ZoneOffsetTransition tr, CityHours home, CityHours other) {
        Instant after = tr.getInstant();
        Instant before = after.minusSeconds(1);
        return new TransitionNote(
                changing.name(),
                ZonedDateTime.ofInstant(after, changing.zone()),
                tr.isGap(),
                home.name(),
                other.name(),
                Math.abs(difference(home.zone(), other.zone(), before)),
                Math.abs(difference(home.zone(), other.zone(), after)));
    }

    private static List<ZoneOffsetTransition> transitions(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> list = new ArrayList<>();
        // nextTransition looks strictly after its argument; some zones change at local midnight.
        ZoneOffsetTransition next = rules.nextTransition(from.minusNanos(1));
        while (next != null && next.getInstant().isBefore(to)) {
            list.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        return list;
    }

    private static double difference(ZoneId home, ZoneId other, Instant at) {
        int seconds = home.getRules().getOffset(at).getTotalSeconds()
                - other.getRules().getOffset(at).getTotalSeconds();
        return seconds / 3600.0;
    }

    private static int worstAfter(Map<String, Integer> totals, Slot s) {
        int worst = 0;
        for (CitySlot c : s.cities()) {
            worst = Math.max(worst, totals.getOrDefault(c.city().name(), 0) + c.penalty());
        }
        return worst;
    }

    private Slot slot(Instant start, List<CityHours> cities, DayOff[] lastDayOff) {
        List<CitySlot> perCity = new ArrayList<>(cities.size());
        for (int i = 0; i < cities.size(); i++) {
            CityHours city = cities.get(i);
            ZonedDateTime local = start.atZone(city.zone());
            Band band = city.bandAt(local.toLocalTime());
            DayOff off = lastDayOff[i];
            if (off == null || !off.date().equals(local.toLocalDate())) {
                off = dayOff(city, local.toLocalDate());
                lastDayOff[i] = off;
            }
            int penalty = penalties.of(band, off.weekend() || off.holiday() != null);
            perCity.add(new CitySlot(city, local, band, off.weekend(), off.holiday(), penalty));
        }
        return new Slot(start, start.plus(SLOT), perCity);
    }

    private DayOff dayOff(CityHours city, LocalDate date) {
        String holiday = city.holidayRegion() == null
                ? null
                : holidays.holiday(city.holidayRegion(), date).orElse(null);
        return new DayOff(date, city.weekend().contains(date.getDayOfWeek()), holiday);
    }

    /**
     * Whether a city's local date is a day off. A reference day touches at most three local dates
     * of a city, so the planner asks the holiday calendar per date, not per half hour.
     */
    private record DayOff(
            LocalDate date, boolean weekend, @Nullable String holiday) {}

    private static List<PairOverlap> pairs(List<Slot> slots, List<CityHours> cities) {
        List<PairOverlap> pairs = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            for (int j = i + 1; j < cities.size(); j++) {
                int a = i;
                int b = j;
                long together = slots.stream()
                        .filter(s ->
                                working(s.cities().get(a)) && working(s.cities().get(b)))
                        .count();
                pairs.add(new PairOverlap(cities.get(i).name(), cities.get(j).name(), SLOT.multipliedBy(together)));
            }
        }
        return pairs;
    }

    private static boolean working(CitySlot c) {
        return c.band() == Band.WORKING && !c.dayOff();
    }
}
