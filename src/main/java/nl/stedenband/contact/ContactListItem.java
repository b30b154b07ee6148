package nl.stedenband.contact;

import java.time.LocalDate;
import java.util.Locale;
import nl.stedenband.base.Phrase;
import org.jspecify.annotations.Nullable;

/** One row of the contact list, read in the same statement as the organization, city and owner. */
public record ContactListItem(
        long id,
        @Nullable String firstName,
        String lastName,
        @Nullable String labelKey,
        @Nullable String jobTitle,
        @Nullable String email,
        @Nullable String phone,
        @Nullable Long organizationId,
        @Nullable String organizationName,
        @Nullable OrganizationType organizationType,
        @Nullable String cityName,
        @Nullable String ownerName,
        @Nullable GdprBasis gdprBasis,
        @Nullable LocalDate consentDate) {

    /** The name as stored; for an erased person "#" and the id. */
    public String fullName() {
        return firstName == null || firstName.isBlank() ? lastName : firstName + " " + lastName;
    }

    /** The name as a reader of {@code locale} sees it (an erased person in their language). */
    public String fullName(Locale locale) {
        return name().in(locale);
    }

    /** The name for a screen to say in its reader's language. */
    public Phrase name() {
        return Contact.nameOf(labelKey, id, fullName());
    }
}
