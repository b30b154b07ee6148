package nl.stedenband.mission;

/** What a participant does on the mission. */
public enum ParticipantRole {
    DELEGATE,
    HOST,
    SPEAKER,
    ORGANIZER;

    /** The bundle key of the name people see, e.g. {@code enum.participantRole.DELEGATE}. */
    public String labelKey() {
        return "enum.participantRole." + name();
    }
}
