package nl.stedenband.scheduling;

/**
 * How a moment of the day falls for the people in a city. The shoulder is two bands, EARLY and
 * EVENING, with the same penalty: the summary has to say which end of their day a city gives up.
 */
public enum Band {
    WORKING,
    EARLY,
    EVENING,
    LATE,
    NIGHT;

    /** The bundle key of the name people see, e.g. {@code enum.band.WORKING}. */
    public String labelKey() {
        return "enum.band." + name();
    }
}
