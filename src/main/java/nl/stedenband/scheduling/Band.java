package nl.stedenband.scheduling;

/**
 * How a moment of the day falls for the people in a city. The shoulder is two bands, EARLY and
 * EVENING, with the same penalty: the summary has to say which end of their day a city gives up.
 */
public enum Band {
    WORKING("working hours"),
    EARLY("early"),
    EVENING("evening"),
    LATE("late"),
    NIGHT("night");

    private final String label;

    Band(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
