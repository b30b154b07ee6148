package nl.stedenband.city;

/** Where a partnership stands. */
public enum PartnershipStatus {
    PROPOSED("Proposed"),
    ACTIVE("Active"),
    DORMANT("Dormant"),
    ENDED("Ended");

    private final String label;

    PartnershipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
