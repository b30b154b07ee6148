package nl.stedenband.mission;

/** What a participant does on the mission. */
public enum ParticipantRole {
    DELEGATE("Delegate"),
    HOST("Host"),
    SPEAKER("Speaker"),
    ORGANIZER("Organizer");

    private final String label;

    ParticipantRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
