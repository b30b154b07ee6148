package nl.stedenband.exchange;

/** Outbound from Twente to the partner city, or inbound to Twente. */
public enum Direction {
    OUTBOUND,
    INBOUND;

    /** The bundle key of the name people see, e.g. {@code enum.direction.OUTBOUND}. */
    public String labelKey() {
        return "enum.direction." + name();
    }
}
