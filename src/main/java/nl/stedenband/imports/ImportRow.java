package nl.stedenband.imports;

import java.time.LocalDate;
import nl.stedenband.contact.GdprBasis;
import nl.stedenband.contact.OrganizationType;
import org.jspecify.annotations.Nullable;

/**
 * One row of the file, read and checked: an organization (in a file of organizations, or the one a
 * contact works for) and, in a file of contacts, the person. Keys compare names and e-mail
 * addresses the way the database does (case and accents do not count).
 */
record ImportRow(
        long row,
        @Nullable String organizationName,
        // the name as compared, and with the city: computed once, asked for several times per row
        @Nullable String organizationNameKey,
        @Nullable String organizationKey,
        // null when the row names no kind: an organization is then never created from it
        @Nullable OrganizationType type,
        @Nullable Long cityId,
        @Nullable String sector,
        @Nullable String website,
        @Nullable String organizationNotes,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String jobTitle,
        @Nullable String contactNotes,
        @Nullable GdprBasis consentBasis,
        @Nullable LocalDate consentDate) {

    @Nullable
    String emailKey() {
        return email == null ? null : Keys.email(email);
    }
}
