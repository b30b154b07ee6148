package nl.stedenband.contact;

/** The lawful basis (GDPR art. 6) on which the office keeps a person's data. */
public enum GdprBasis {
    CONSENT,
    CONTRACT,
    LEGITIMATE_INTEREST,
    PUBLIC_TASK,
    LEGAL_OBLIGATION;
}
