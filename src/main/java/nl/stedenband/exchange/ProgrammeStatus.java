package nl.stedenband.exchange;

/** Whether a programme still takes mobilities. */
public enum ProgrammeStatus {
    ACTIVE,
    ENDED
}
