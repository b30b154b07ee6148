package nl.stedenband.scheduling;

/** How a moment of the day falls for the people in a city. */
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
