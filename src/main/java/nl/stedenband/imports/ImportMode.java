package nl.stedenband.imports;

/** What to do with a file in which some rows have problems. */
public enum ImportMode {
    /** Import the rows without problems and skip the others. */
    VALID_ROWS,
    /** Import only when every row is fine; otherwise import nothing. */
    ALL_OR_NOTHING;

    public String labelKey() {
        return "import.mode." + name().toLowerCase();
    }
}
