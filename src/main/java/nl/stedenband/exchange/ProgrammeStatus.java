package nl.stedenband.exchange;

/** Whether a programme still takes mobilities. */
public enum ProgrammeStatus {
    ACTIVE,
    ENDED;

    /** The bundle key of the name people see, e.g. {@code enum.programmeStatus.ACTIVE}. */
    public String labelKey() {
        return "enum.programmeStatus." + name();
    }
}
