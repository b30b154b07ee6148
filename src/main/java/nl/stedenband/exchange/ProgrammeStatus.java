package nl.stedenband.exchange;

/** Whether a programme still takes mobilities. */
public enum ProgrammeStatus {
    ACTIVE("Active"),
    ENDED("Ended");

    private final String label;

    ProgrammeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
