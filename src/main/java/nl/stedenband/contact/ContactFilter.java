package nl.stedenband.contact;

import org.jspecify.annotations.Nullable;

/**
 * What the contact list is narrowed to; every part optional. Lives in the URL of the list so a
 * view can be bookmarked and shared.
 *
 * @param text matched anywhere in the name, e-mail or organization name
 */
public record ContactFilter(
        @Nullable String text,
        @Nullable OrganizationType organizationType,
        @Nullable Long cityId,
        @Nullable String tag,
        @Nullable Long ownerId,
        @Nullable Long organizationId) {

    public static final ContactFilter NONE = new ContactFilter(null, null, null, null, null, null);
}
