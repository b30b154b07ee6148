package nl.stedenband.activity;

/** What happened. */
public enum ActivityKind {
    NOTE("vaadin:notebook"),
    CALL("vaadin:phone"),
    MEETING("vaadin:group"),
    EMAIL("vaadin:envelope"),
    /** Written by the app when a record moves along its status flow; not offered in the form. */
    STATUS("vaadin:flag-o"),
    /** Written by the app when a task about the record is done; not offered in the form. */
    TASK("vaadin:check-square-o");

    /** What people record by hand; the rest the app writes. */
    public static final java.util.List<ActivityKind> MANUAL = java.util.List.of(NOTE, CALL, MEETING, EMAIL);

    private final String icon;

    ActivityKind(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }
}
