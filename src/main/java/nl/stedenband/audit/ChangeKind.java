package nl.stedenband.audit;

/** What a revision did to a record. */
public enum ChangeKind {
    CREATED("Created"),
    CHANGED("Changed"),
    DELETED("Deleted");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
