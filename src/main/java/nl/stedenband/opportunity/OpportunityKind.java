package nl.stedenband.opportunity;

/** What kind of opportunity Novel-T pursues. */
public enum OpportunityKind {
    /** A Twente startup introduced to an innovation hub, investor or company abroad. */
    STARTUP_INTRODUCTION,
    /** A foreign company that might invest in, acquire or settle in Twente. */
    INVESTMENT_LEAD,
    /** An idea for working together, e.g. with Stanford or the University Innovation Fellows. */
    PARTNERSHIP;

    /** The bundle key of the name people see, e.g. {@code enum.opportunityKind.STARTUP_INTRODUCTION}. */
    public String labelKey() {
        return "enum.opportunityKind." + name();
    }
}
