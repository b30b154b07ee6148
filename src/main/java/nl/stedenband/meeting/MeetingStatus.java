package nl.stedenband.meeting;

import java.util.EnumSet;
import java.util.Set;

/** PROPOSED → SCHEDULED → HELD; CANCELLED from any state before HELD. */
public enum MeetingStatus {
    PROPOSED("Proposed", "Propose"),
    SCHEDULED("Scheduled", "Schedule"),
    HELD("Held", "Mark as held"),
    CANCELLED("Cancelled", "Cancel session");

    private final String label;
    private final String action;

    MeetingStatus(String label, String action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    /** The words on the button that moves a session into this status. */
    public String action() {
        return action;
    }

    public Set<MeetingStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(HELD, CANCELLED);
            case HELD, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
        };
    }

    public boolean canBecome(MeetingStatus target) {
        return next().contains(target);
    }
}
