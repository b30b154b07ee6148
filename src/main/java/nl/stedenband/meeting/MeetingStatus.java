package nl.stedenband.meeting;

import java.util.EnumSet;
import java.util.Set;

/** PROPOSED → SCHEDULED → HELD; CANCELLED from any state before HELD. */
public enum MeetingStatus {
    PROPOSED,
    SCHEDULED,
    HELD,
    CANCELLED;

    /** The bundle key of the name people see, e.g. {@code enum.meetingStatus.PROPOSED}. */
    public String labelKey() {
        return "enum.meetingStatus." + name();
    }

    /** The bundle key of the words on the button that moves a record into this status. */
    public String actionKey() {
        return "enum.meetingStatus.action." + name();
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
