package nl.stedenband.base;

import java.time.Instant;
import java.util.List;

/**
 * A person's request about their data was carried out: published inside the transaction that
 * carries it out, so that the contact records it in its history and, for an erasure, every
 * feature erases what it holds about the person (including its audit copies) together with it, or
 * not at all.
 *
 * @param contactId the person
 * @param kind export or erasure
 * @param reason why, in the words of the officer
 * @param at when
 * @param identifiers the person's name, e-mail and phone as stored before the erasure, to scrub
 *     from free text that mentions them
 */
public record PersonalDataRequest(long contactId, Kind kind, String reason, Instant at, List<String> identifiers) {

    /** How timelines and tasks name a contact as their subject (ContactService.SUBJECT_TYPE). */
    public static final String CONTACT = "CONTACT";

    public enum Kind {
        EXPORT,
        ERASURE
    }

    /** The person's identifiers in a text replaced by a neutral mark. */
    public String scrub(String text) {
        String scrubbed = text;
        for (String identifier : identifiers) {
            if (identifier.length() >= 2) {
                // whole words only: erasing "Jan" must not turn January into "[anonymised]uary"
                scrubbed = scrubbed.replaceAll(
                        "(?iu)(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(identifier) + "(?![\\p{L}\\d])",
                        ANONYMISED);
            }
        }
        return scrubbed;
    }

    public static final String ANONYMISED = "[anonymised]";
}
