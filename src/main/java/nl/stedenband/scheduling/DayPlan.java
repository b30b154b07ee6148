package nl.stedenband.scheduling;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One day for a set of cities: every half hour of the reference day (23, 24 or 25 hours), the
 * slots where everyone works, all slots ranked by total penalty (equal penalties: earlier first),
 * and the pairwise overlaps.
 */
public record DayPlan(
        LocalDate date,
        ZoneId reference,
        List<CityHours> cities,
        List<Slot> slots,
        List<Slot> commonWorking,
        List<Slot> ranked,
        List<PairOverlap> pairs) {

    public Slot best() {
        return ranked.getFirst();
    }
}
