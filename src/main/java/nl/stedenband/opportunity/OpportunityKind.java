package nl.stedenband.opportunity;

/** What kind of opportunity Novel-T pursues. */
public enum OpportunityKind {
    /** A Twente startup introduced to an innovation hub, investor or company abroad. */
    STARTUP_INTRODUCTION("Startup introduction"),
    /** A foreign company that might invest in, acquire or settle in Twente. */
    INVESTMENT_LEAD("Investment/acquisition lead"),
    /** An idea for working together, e.g. with Stanford or the University Innovation Fellows. */
    PARTNERSHIP("Partnership");

    private final String label;

    OpportunityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
