package nl.stedenband.mission;

/** What came out of a mission; leads and introductions feed the opportunities pipeline later. */
public enum OutcomeKind {
    LEAD("Lead"),
    INTRODUCTION("Introduction"),
    AGREEMENT("Agreement");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
