package nl.stedenband.contact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the contact list is narrowed to; every part optional. Lives in the URL of the list so a
 * view can be bookmarked and shared.
 *
 * @param text matched anywhere in the name, e-mail or organization name
 * @param gdprBasis the lawful basis the person's data is kept on
 * @param consentBefore consent given before this day (not on it): whose consent is due for renewal
 */
public record ContactFilter(
        @Nullable String text,
        @Nullable OrganizationType organizationType,
        @Nullable Long cityId,
        @Nullable String tag,
        @Nullable Long ownerId,
        @Nullable Long organizationId,
        @Nullable GdprBasis gdprBasis,
        @Nullable LocalDate consentBefore) {

    public static final ContactFilter NONE = new ContactFilter(null, null, null, null, null, null);

    public ContactFilter(
            @Nullable String text,
            @Nullable OrganizationType organizationType,
            @Nullable Long cityId,
            @Nullable String tag,
            @Nullable Long ownerId,
            @Nullable Long organizationId) {
        this(text, organizationType, cityId, tag, ownerId, organizationId, null, null);
    }

    /** The same filter with other words (or none). */
    public ContactFilter withText(@Nullable String newText) {
        return new ContactFilter(
                newText, organizationType, cityId, tag, ownerId, organizationId, gdprBasis, consentBefore);
    }
}
