package nl.stedenband.contact;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the contact list pages and counts, fixed when the application starts.
 *
 * @param broadSearchFrom words matching more contacts than this (by name or by organization) are
 *     a broad search: the list says "more than …" instead of counting every match
 * @param positionStep rows between two marks from which a deep page of the unfiltered list is
 *     read; a page then skips at most this many rows (plus the rows sharing its first sort key)
 */
@ConfigurationProperties("stedenband.contacts")
record ContactListSettings(
        @DefaultValue("1000") int broadSearchFrom,
        @DefaultValue("1000") int positionStep) {

    static final ContactListSettings DEFAULT = new ContactListSettings(1000, 1000);

    ContactListSettings {
        if (broadSearchFrom < 1 || broadSearchFrom > 1_000_000) {
            throw new IllegalArgumentException(
                    "stedenband.contacts.broad-search-from must be 1 to 1,000,000: " + broadSearchFrom);
        }
        if (positionStep < 1 || positionStep > 1_000_000) {
            throw new IllegalArgumentException(
                    "stedenband.contacts.position-step must be 1 to 1,000,000: " + positionStep);
        }
    }
}
