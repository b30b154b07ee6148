package nl.stedenband.mission;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → PLANNED → CONFIRMED → UNDERWAY → COMPLETED → REPORTED; CANCELLED from any state before COMPLETED. */
public enum MissionStatus {
    DRAFT("Draft", "Back to draft"),
    PLANNED("Planned", "Plan"),
    CONFIRMED("Confirmed", "Confirm"),
    UNDERWAY("Underway", "Depart"),
    COMPLETED("Completed", "Complete"),
    REPORTED("Reported", "Mark as reported"),
    CANCELLED("Cancelled", "Cancel mission");

    private final String label;
    private final String action;

    MissionStatus(String label, String action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    public String action() {
        return action;
    }

    public Set<MissionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PLANNED, CANCELLED);
            case PLANNED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(UNDERWAY, CANCELLED);
            case UNDERWAY -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED -> EnumSet.of(REPORTED);
            case REPORTED, CANCELLED -> EnumSet.noneOf(MissionStatus.class);
        };
    }

    public boolean canBecome(MissionStatus target) {
        return next().contains(target);
    }

    /** The delegation has travelled: counts in the figures for the alderman. */
    public boolean travelled() {
        return this == UNDERWAY || this == COMPLETED || this == REPORTED;
    }
}
