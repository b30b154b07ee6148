package nl.stedenband.mission;

/** What came out of a mission; leads and introductions feed the opportunities pipeline later. */
public enum OutcomeKind {
    LEAD,
    INTRODUCTION,
    AGREEMENT;

    /** The bundle key of the name people see, e.g. {@code enum.outcomeKind.LEAD}. */
    public String labelKey() {
        return "enum.outcomeKind." + name();
    }
}
