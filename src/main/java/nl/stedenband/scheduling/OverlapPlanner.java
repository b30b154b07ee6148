package nl.stedenband.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three clocks of Enschede's city hall made useful: for a day and a set of cities, which
 * half hours suit whom, where everyone works, and — on the usual day with no common working hour
 * (Enschede, Dalian and Palo Alto span 16 hours) — the compromises ranked by the penalty the
 * cities pay together. All arithmetic is java.time with IANA zones; no fixed offsets.
 */
public class OverlapPlanner {

    static final Duration SLOT = Duration.ofMinutes(30);

    /** How many of the best options of each occurrence the fairness plan chooses among. */
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
        for (Instant t = dayStart; t.isBefore(dayEnd); t = t.plus(SLOT)) {
            slots.add(slot(t, cities));
        }
        List<Slot> common = slots.stream().filter(Slot::everyoneWorking).toList();
        List<Slot> ranked = slots.stream()
                .sorted(Comparator.comparingInt(Slot::penalty).thenComparing(Slot::start))
                .toList();
        return new DayPlan(date, reference, List.copyOf(cities), slots, common, ranked, pairs(slots, cities));
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
            List<Slot> options = plan(date, reference, cities).ranked().stream().limit(FAIRNESS_CHOICES).toList();
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
     * Daylight-saving changes of the cities' zones within {@code days} of {@code date}, each with
     * what it does to that city's time difference with {@code home}.
     */
    public List<TransitionNote> transitionsNear(LocalDate date, int days, CityHours home, List<CityHours> cities) {
        Instant from = date.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = date.plusDays(days + 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<TransitionNote> notes = new ArrayList<>();
        for (CityHours changing : cities) {
            for (ZoneOffsetTransition tr : transitions(changing.zone(), from, to)) {
                Instant before = tr.getInstant().minusSeconds(1);
                Instant after = tr.getInstant();
                for (CityHours other : cities) {
                    if (other == changing || (changing != home && other != home)) {
                        continue;
                    }
                    double hoursBefore = difference(home.zone(), other == home ? changing.zone() : other.zone(), before);
                    double hoursAfter = difference(home.zone(), other == home ? changing.zone() : other.zone(), after);
                    if (hoursBefore != hoursAfter) {
                        notes.add(new TransitionNote(changing.name(), ZonedDateTime.ofInstant(tr.getInstant(), changing.zone()),
                                tr.isGap(), home.name(), other == home ? changing.name() : other.name(),
                                Math.abs(hoursBefore), Math.abs(hoursAfter)));
                    }
                }
            }
        }
        notes.sort(Comparator.comparing(TransitionNote::at));
        return notes;
    }

    private static List<ZoneOffsetTransition> transitions(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> list = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(to)) {
            list.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        return list;
    }

    private static double difference(ZoneId home, ZoneId other, Instant at) {
        int seconds = home.getRules().getOffset(at).getTotalSeconds() - other.getRules().getOffset(at).getTotalSeconds();
        return seconds / 3600.0;
    }

    private static int worstAfter(Map<String, Integer> totals, Slot s) {
        int worst = 0;
        for (CitySlot c : s.cities()) {
            worst = Math.max(worst, totals.get(c.city().name()) + c.penalty());
        }
        return worst;
    }

    private Slot slot(Instant start, List<CityHours> cities) {
        List<CitySlot> perCity = new ArrayList<>(cities.size());
        for (CityHours city : cities) {
            ZonedDateTime local = start.atZone(city.zone());
            Band band = city.bandAt(local.toLocalTime());
            boolean weekend = city.weekend().contains(local.getDayOfWeek());
            String holiday = city.holidayRegion() == null ? null
                    : holidays.holiday(city.holidayRegion(), local.toLocalDate()).orElse(null);
            int penalty = penalties.of(band, weekend || holiday != null);
            perCity.add(new CitySlot(city, local, band, weekend, holiday, penalty));
        }
        return new Slot(start, start.plus(SLOT), perCity);
    }

    private static List<PairOverlap> pairs(List<Slot> slots, List<CityHours> cities) {
        List<PairOverlap> pairs = new ArrayList<>();
        for (int i = 0; i < cities.size(); i++) {
            for (int j = i + 1; j < cities.size(); j++) {
                int a = i;
                int b = j;
                long together = slots.stream()
                        .filter(s -> working(s.cities().get(a)) && working(s.cities().get(b)))
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
