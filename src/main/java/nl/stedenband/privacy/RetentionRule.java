package nl.stedenband.privacy;

/**
 * The retention rules, in the order the preview and the run take them. Each names the kind of record
 * it anonymises; their words are under {@code retention.rule.*} and {@code retention.kind.*}.
 */
public enum RetentionRule {
    MINOR_MOBILITY(Kind.MOBILITY),
    MOBILITY(Kind.MOBILITY),
    INACTIVE_CONTACT(Kind.CONTACT);

    /** The kind of record a rule anonymises. */
    public enum Kind {
        MOBILITY,
        CONTACT;

        public String labelKey() {
            return "retention.kind." + name();
        }
    }

    private final Kind kind;

    RetentionRule(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule in words, with its period as the argument: "Exchanges of minors, {0} after the end". */
    public String labelKey() {
        return "retention.rule." + name();
    }

    /** The reason written into the record's history when the rule anonymises it (kept in English, like the timeline's stored lines). */
    public String reasonKey() {
        return "retention.reason." + name();
    }
}
