package nl.stedenband.contact;

/** What kind of organization; startup coordinators maintain the business kinds. */
public enum OrganizationType {
    COMPANY("Company", true),
    STARTUP("Startup", true),
    UNIVERSITY("University", false),
    SCHOOL("School", false),
    GOVERNMENT("Government", false),
    INNOVATION_HUB("Innovation hub", true),
    ASSOCIATION("Association", false);

    private final String label;
    private final boolean business;

    OrganizationType(String label, boolean business) {
        this.label = label;
        this.business = business;
    }

    public String label() {
        return label;
    }

    /** Companies, startups and innovation hubs: what Novel-T's coordinators may write. */
    public boolean isBusiness() {
        return business;
    }
}
