package nl.stedenband.scheduling;

import java.util.List;
import java.util.Map;

/** A recurring meeting with the inconvenience rotated: the slot of each occurrence and each city's total. */
public record FairnessPlan(List<Slot> occurrences, Map<String, Integer> totalPenaltyPerCity) {}
