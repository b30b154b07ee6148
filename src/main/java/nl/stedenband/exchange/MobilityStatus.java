package nl.stedenband.exchange;

import java.util.EnumSet;
import java.util.Set;

/** NOMINATED → ACCEPTED → IN_PROGRESS → COMPLETED; WITHDRAWN before COMPLETED. */
public enum MobilityStatus {
    NOMINATED("Nominated", "Nominate"),
    ACCEPTED("Accepted", "Accept"),
    IN_PROGRESS("In progress", "Start"),
    COMPLETED("Completed", "Complete"),
    WITHDRAWN("Withdrawn", "Withdraw");

    private final String label;
    private final String action;

    MobilityStatus(String label, String action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    public String action() {
        return action;
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
