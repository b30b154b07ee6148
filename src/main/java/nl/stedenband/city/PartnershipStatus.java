package nl.stedenband.city;

/** Where a partnership stands. */
public enum PartnershipStatus {
    PROPOSED,
    ACTIVE,
    DORMANT,
    ENDED;
}
