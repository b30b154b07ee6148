package nl.stedenband.activity;

/** What happened. */
public enum ActivityKind {
    NOTE("Note", "vaadin:notebook"),
    CALL("Call", "vaadin:phone"),
    MEETING("Meeting", "vaadin:group"),
    EMAIL("E-mail", "vaadin:envelope"),
    /** Written by the app when a record moves along its status flow; not offered in the form. */
    STATUS("Status change", "vaadin:flag-o"),
    /** Written by the app when a task about the record is done; not offered in the form. */
    TASK("Task done", "vaadin:check-square-o");

    /** What people record by hand; the rest the app writes. */
    public static final java.util.List<ActivityKind> MANUAL = java.util.List.of(NOTE, CALL, MEETING, EMAIL);

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
