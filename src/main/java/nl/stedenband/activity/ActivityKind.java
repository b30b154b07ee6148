package nl.stedenband.activity;

/** What happened. */
public enum ActivityKind {
    NOTE("Note", "vaadin:notebook"),
    CALL("Call", "vaadin:phone"),
    MEETING("Meeting", "vaadin:group"),
    EMAIL("E-mail", "vaadin:envelope");

    private final String label;
    private final String icon;

    ActivityKind(String label, String icon) {
        this.label = label;
        this.icon = icon;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return icon;
    }
}
