package nl.stedenband.contact;

/** The lawful basis (GDPR art. 6) on which the office keeps a person's data. */
public enum GdprBasis {
    CONSENT("Consent"),
    CONTRACT("Contract"),
    LEGITIMATE_INTEREST("Legitimate interest"),
    PUBLIC_TASK("Public task"),
    LEGAL_OBLIGATION("Legal obligation");

    private final String label;

    GdprBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
