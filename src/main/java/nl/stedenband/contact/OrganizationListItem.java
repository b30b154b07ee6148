package nl.stedenband.contact;

import org.jspecify.annotations.Nullable;

/** One row of the organization list, with its city and the number of its contacts. */
public record OrganizationListItem(
        long id,
        String name,
        OrganizationType type,
        @Nullable String cityName,
        @Nullable String sector,
        @Nullable String website,
        long contactCount) {}
