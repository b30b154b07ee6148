package nl.stedenband.exchange;

/** Outbound from Twente to the partner city, or inbound to Twente. */
public enum Direction {
    OUTBOUND("Outbound"),
    INBOUND("Inbound");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
