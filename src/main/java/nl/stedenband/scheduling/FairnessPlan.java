package nl.stedenband.scheduling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recurring meeting with the inconvenience rotated: the slot of each occurrence and each city's total. */
public record FairnessPlan(List<Slot> occurrences, Map<String, Integer> totalPenaltyPerCity) {

    /** The totals keep the cities' order (home first), as the view lists them. */
    public FairnessPlan {
        occurrences = List.copyOf(occurrences);
        totalPenaltyPerCity = Collections.unmodifiableMap(new LinkedHashMap<>(totalPenaltyPerCity));
    }
}
