package nl.stedenband.imports;

/** What one row of the file describes. */
public enum ImportKind {
    /** One organization per row. */
    ORGANIZATIONS,
    /** One person per row, optionally with the organization they work for. */
    CONTACTS;

    /** The bundle key of its name. */
    public String labelKey() {
        return "import.kind." + name().toLowerCase();
    }
}
