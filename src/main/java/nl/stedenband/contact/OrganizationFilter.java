package nl.stedenband.contact;

import org.jspecify.annotations.Nullable;

/** What the organization list is narrowed to; every part optional. */
public record OrganizationFilter(
        @Nullable String text,
        @Nullable OrganizationType type,
        @Nullable Long cityId,
        @Nullable String tag) {

    public static final OrganizationFilter NONE = new OrganizationFilter(null, null, null, null);
}
