package nl.stedenband.base;

/**
 * Implemented by each feature that holds something about a person (a contact), so that the
 * personal-data export (GDPR art. 15 and 20) gathers all of it without knowing the features. Called
 * only by the privacy feature, inside its method-secured transaction.
 */
public interface PersonalDataSource {

    /** The section's name in the export, e.g. "missionParticipations". */
    String section();

    /**
     * What the feature holds about the contact, as plain values a JSON writer takes as they are:
     * maps with text keys, lists, text, numbers, booleans (dates and instants as ISO text).
     */
    Object personalDataOf(long contactId);
}
