package nl.stedenband.imports;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A field a column of the file can fill, with the column headings (English and Dutch, as Excel
 * exports and other CRMs write them) that suggest it. The entity property names the checks of the
 * entity itself, so a value the forms refuse is refused here too.
 */
public enum ImportField {
    ORGANIZATION(
            EnumSet.allOf(ImportKind.class),
            "Organization",
            "name",
            "organization",
            "organisation",
            "organisatie",
            "organization name",
            "organisatienaam",
            "company",
            "company name",
            "bedrijf",
            "bedrijfsnaam",
            "employer",
            "werkgever",
            "account",
            "instelling"),
    FULL_NAME(
            EnumSet.of(ImportKind.CONTACTS),
            "Contact",
            "lastName",
            "full name",
            "volledige naam",
            "contact",
            "contact name",
            "contactpersoon",
            "person",
            "persoon"),
    FIRST_NAME(
            EnumSet.of(ImportKind.CONTACTS),
            "Contact",
            "firstName",
            "first name",
            "firstname",
            "given name",
            "voornaam",
            "roepnaam"),
    LAST_NAME(
            EnumSet.of(ImportKind.CONTACTS),
            "Contact",
            "lastName",
            "last name",
            "lastname",
            "surname",
            "family name",
            "achternaam",
            "familienaam"),
    EMAIL(
            EnumSet.of(ImportKind.CONTACTS),
            "Contact",
            "email",
            "email",
            "e-mail",
            "email address",
            "e-mailadres",
            "emailadres",
            "mail",
            "e-mail address"),
    PHONE(
            EnumSet.of(ImportKind.CONTACTS),
            "Contact",
            "phone",
            "phone",
            "telephone",
            "phone number",
            "tel",
            "telefoon",
            "telefoonnummer",
            "mobile",
            "mobiel",
            "mobile phone",
            "mobiel nummer"),
    JOB_TITLE(
            EnumSet.of(ImportKind.CONTACTS),
            "Contact",
            "jobTitle",
            "job title",
            "title",
            "function",
            "position",
            "role",
            "functie",
            "functietitel",
            "rol"),
    CONSENT_BASIS(
            EnumSet.of(ImportKind.CONTACTS),
            "Contact",
            "gdprBasis",
            "consent basis",
            "gdpr basis",
            "legal basis",
            "lawful basis",
            "basis",
            "grondslag",
            "grondslag avg",
            "rechtsgrond",
            "avg grondslag"),
    CONSENT_DATE(
            EnumSet.of(ImportKind.CONTACTS),
            "Contact",
            "consentDate",
            "consent date",
            "date of consent",
            "consent given",
            "toestemmingsdatum",
            "datum toestemming",
            "toestemming gegeven"),
    TYPE(
            EnumSet.allOf(ImportKind.class),
            "Organization",
            "type",
            "type",
            "kind",
            "soort",
            "organization type",
            "organisatietype",
            "soort organisatie",
            "category",
            "categorie"),
    CITY(
            EnumSet.allOf(ImportKind.class),
            null,
            "city",
            "city",
            "town",
            "plaats",
            "stad",
            "woonplaats",
            "vestigingsplaats",
            "gemeente",
            "location",
            "locatie"),
    SECTOR(EnumSet.allOf(ImportKind.class), "Organization", "sector", "sector", "industry", "branche", "industrie"),
    WEBSITE(
            EnumSet.allOf(ImportKind.class),
            "Organization",
            "website",
            "website",
            "web site",
            "url",
            "web",
            "homepage",
            "site",
            "webadres",
            "internetadres"),
    NOTES(
            EnumSet.allOf(ImportKind.class),
            null,
            "notes",
            "notes",
            "note",
            "remarks",
            "comments",
            "opmerkingen",
            "notities",
            "toelichting",
            "opmerking");

    /** The heading "name"/"naam" means the organization in a file of organizations, the person in one of contacts. */
    private static final Set<String> NAME_HEADINGS = Set.of("name", "naam");

    private final Set<ImportKind> kinds;
    private final @Nullable String entity;
    private final String property;
    private final List<String> headings;

    ImportField(Set<ImportKind> kinds, @Nullable String entity, String property, String... headings) {
        this.kinds = kinds;
        this.entity = entity;
        this.property = property;
        this.headings =
                List.of(headings).stream().map(ImportField::normalizeHeading).toList();
    }

    public boolean appliesTo(ImportKind kind) {
        return kinds.contains(kind);
    }

    public String labelKey() {
        return "import.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "Contact" or "Organization": whose entity checks the value; null for the city, which must be known instead. */
    @Nullable
    String entity() {
        return entity;
    }

    String property() {
        return property;
    }

    /** The field a column heading suggests for this kind of file, if any. */
    public static @Nullable ImportField guess(String heading, ImportKind kind) {
        String h = normalizeHeading(heading);
        if (NAME_HEADINGS.contains(h)) {
            return kind == ImportKind.ORGANIZATIONS ? ORGANIZATION : FULL_NAME;
        }
        for (ImportField field : values()) {
            if (field.appliesTo(kind) && field.headings.contains(h)) {
                return field;
            }
        }
        return null;
    }

    /** "Name" or "Naam": a person's name in a file of contacts, but it does not make a file one of contacts. */
    static boolean isPlainName(String heading) {
        return NAME_HEADINGS.contains(normalizeHeading(heading));
    }

    /** "E-mail adres " → "emailadres": case, accents, spaces and punctuation do not matter in headings. */
    static String normalizeHeading(String heading) {
        String stripped = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
