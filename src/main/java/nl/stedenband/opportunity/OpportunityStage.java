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
    IDENTIFIED("Identified", "Back to identified"),
    CONTACTED("Contacted", "Mark as contacted"),
    INTRODUCED("Introduced", "Mark as introduced"),
    IN_DISCUSSION("In discussion", "Start discussions"),
    WON("Won", "Mark as won"),
    LOST("Lost", "Mark as lost");

    private final String label;
    private final String action;

    OpportunityStage(String label, String action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    /** The button text that moves an opportunity into this stage. */
    public String action() {
        return action;
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
