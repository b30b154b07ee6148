package nl.stedenband.opportunity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an opportunity stands: IDENTIFIED → CONTACTED → INTRODUCED → IN_DISCUSSION → WON, one step
 * at a time. LOST is reachable from every open stage, because a lead can go cold at any point:
 * before anyone answered, after an introduction that led nowhere, or late in the talks. WON and
 * LOST are final. Every other move (backwards, skipping a stage, out of a final stage) is refused.
 */
public enum OpportunityStage {
    IDENTIFIED,
    CONTACTED,
    INTRODUCED,
    IN_DISCUSSION,
    WON,
    LOST;

    /** The bundle key of the name people see, e.g. {@code enum.opportunityStage.IDENTIFIED}. */
    public String labelKey() {
        return "enum.opportunityStage." + name();
    }

    /** The bundle key of the words on the button that moves a record into this status. */
    public String actionKey() {
        return "enum.opportunityStage.action." + name();
    }

    public Set<OpportunityStage> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(CONTACTED, LOST);
            case CONTACTED -> EnumSet.of(INTRODUCED, LOST);
            case INTRODUCED -> EnumSet.of(IN_DISCUSSION, LOST);
            case IN_DISCUSSION -> EnumSet.of(WON, LOST);
            case WON, LOST -> EnumSet.noneOf(OpportunityStage.class);
        };
    }

    public boolean canBecome(OpportunityStage target) {
        return next().contains(target);
    }

    /** Still being worked on: neither won nor lost. */
    public boolean isOpen() {
        return this != WON && this != LOST;
    }
}
