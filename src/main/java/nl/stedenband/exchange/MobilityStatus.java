package nl.stedenband.exchange;

import java.util.EnumSet;
import java.util.Set;

/** NOMINATED → ACCEPTED → IN_PROGRESS → COMPLETED; WITHDRAWN before COMPLETED. */
public enum MobilityStatus {
    NOMINATED,
    ACCEPTED,
    IN_PROGRESS,
    COMPLETED,
    WITHDRAWN;

    /** The bundle key of the name people see, e.g. {@code enum.mobilityStatus.NOMINATED}. */
    public String labelKey() {
        return "enum.mobilityStatus." + name();
    }

    /** The bundle key of the words on the button that moves a record into this status. */
    public String actionKey() {
        return "enum.mobilityStatus.action." + name();
    }

    public Set<MobilityStatus> next() {
        return switch (this) {
            case NOMINATED -> EnumSet.of(ACCEPTED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, WITHDRAWN);
            case COMPLETED, WITHDRAWN -> EnumSet.noneOf(MobilityStatus.class);
        };
    }

    public boolean canBecome(MobilityStatus target) {
        return next().contains(target);
    }

    /** Holds one of the programme's places. */
    public boolean usesPlace() {
        return this == ACCEPTED || this == IN_PROGRESS || this == COMPLETED;
    }
}
