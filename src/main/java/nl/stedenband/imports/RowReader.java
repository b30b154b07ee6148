package nl.stedenband.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedenband.city.City;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.CrmPermissions;
import nl.stedenband.contact.GdprBasis;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;

/**
 * Turns one CSV record into an {@link ImportRow}, or says why it cannot: the checks the forms make
 * (the entities' own constraints, so lengths match the columns), a known city and kind, and the
 * signed-in user's right to write that kind of organization. Duplicates are the caller's business.
 */
final class RowReader {

    /** Values quoted in a message are cut to this length: a 10,000-character field must not fill the screen. */
    static final int QUOTE_LENGTH = 60;

    private static final Map<String, OrganizationType> TYPE_WORDS = new HashMap<>();

    static {
        for (OrganizationType t : OrganizationType.values()) {
            TYPE_WORDS.put(Keys.text(t.name().replace('_', ' ')), t);
            TYPE_WORDS.put(Keys.text(t.label()), t);
        }
        words(
                OrganizationType.COMPANY,
                "bedrijf",
                "onderneming",
                "firm",
                "business",
                "bv",
                "b.v.",
                "nv",
                "corporation");
        words(OrganizationType.STARTUP, "start-up", "start up", "scale-up", "scaleup");
        words(OrganizationType.UNIVERSITY, "universiteit", "hogeschool", "university of applied sciences", "college");
        words(OrganizationType.SCHOOL, "middelbare school", "basisschool", "high school", "secondary school");
        words(
                OrganizationType.GOVERNMENT,
                "overheid",
                "gemeente",
                "municipality",
                "provincie",
                "province",
                "ministerie",
                "ministry",
                "government body");
        words(
                OrganizationType.INNOVATION_HUB,
                "innovatiehub",
                "innovatie hub",
                "hub",
                "innovation centre",
                "innovation center",
                "innovatiecentrum",
                "incubator",
                "campus");
        words(OrganizationType.ASSOCIATION, "vereniging", "stichting", "foundation", "branchevereniging", "ngo");
    }

    private static final Map<String, GdprBasis> BASIS_WORDS = new HashMap<>();

    static {
        for (GdprBasis b : GdprBasis.values()) {
            BASIS_WORDS.put(Keys.text(b.name().replace('_', ' ')), b);
        }
        BASIS_WORDS.put("toestemming", GdprBasis.CONSENT);
        BASIS_WORDS.put("overeenkomst", GdprBasis.CONTRACT);
        BASIS_WORDS.put("gerechtvaardigd belang", GdprBasis.LEGITIMATE_INTEREST);
        BASIS_WORDS.put("publieke taak", GdprBasis.PUBLIC_TASK);
        BASIS_WORDS.put("algemeen belang", GdprBasis.PUBLIC_TASK);
        BASIS_WORDS.put("wettelijke verplichting", GdprBasis.LEGAL_OBLIGATION);
    }

    /** Dates as offices write them: ISO, and day first with -, / or . (a Dutch office's 3/4 is 3 April). */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** Fields whose values the entity checks beyond their length (e-mail, phone and web address patterns). */
    private static final Set<ImportField> PATTERNED = Set.of(ImportField.EMAIL, ImportField.PHONE, ImportField.WEBSITE);

    private static final java.util.regex.Pattern SCHEME =
            java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
    private static final int MEMO = 1_000;

    private final ImportPlan plan;
    private final Map<String, City> cities;
    private final Validator validator;
    private final CrmPermissions permissions;
    /** Kinds and cities as written in the file: a file repeats a handful of them thousands of times. */
    private final Map<String, OrganizationType> typeMemo = new HashMap<>();

    private final Map<String, Long> cityMemo = new HashMap<>();
    private final Map<ImportField, Integer> maxLengths = new java.util.EnumMap<>(ImportField.class);
    private boolean validating = true;

    RowReader(ImportPlan plan, List<City> cities, Validator validator, CrmPermissions permissions) {
        this.plan = plan;
        this.cities = cities.stream().collect(Collectors.toMap(c -> Keys.text(c.getName()), c -> c, (a, b) -> a));
        this.validator = validator;
        this.permissions = permissions;
        for (ImportField field : ImportField.values()) {
            Size size = sizeOf(entityOf(field), field.property());
            if (size != null) {
                maxLengths.put(field, size.max());
            }
        }
    }

    /** The column length as the entity declares it, so the import refuses exactly what the form refuses. */
    private static @Nullable Size sizeOf(Class<?> entity, String property) {
        try {
            return entity.getDeclaredField(property).getAnnotation(Size.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private Class<?> entityOf(ImportField field) {
        String entity = field.entity() != null
                ? field.entity()
                : plan.kind() == ImportKind.CONTACTS ? "Contact" : "Organization";
        return entity.equals("Contact") ? Contact.class : Organization.class;
    }

    /** Problems of the plan itself: a field every row needs has no column. */
    List<RowProblem> planProblems() {
        if (plan.kind() == ImportKind.ORGANIZATIONS && plan.column(ImportField.ORGANIZATION) == null) {
            return List.of(RowProblem.of(0, "import.error.no-column", ImportField.ORGANIZATION));
        }
        if (plan.kind() == ImportKind.CONTACTS
                && plan.column(ImportField.LAST_NAME) == null
                && plan.column(ImportField.FULL_NAME) == null) {
            return List.of(RowProblem.of(0, "import.error.no-column", ImportField.LAST_NAME));
        }
        return List.of();
    }

    /**
     * The row, or null after adding its problems to {@code problems}. Without {@code validate} (a row
     * the check already passed) only what the import needs is worked out.
     */
    @Nullable
    ImportRow read(CSVRecord record, long row, int columns, List<RowProblem> problems, boolean validate) {
        int before = problems.size();
        this.validating = validate;
        if (record.size() != columns) {
            problems.add(RowProblem.of(row, "import.error.column-count", record.size(), columns));
            return null;
        }
        for (int i = 0; validate && i < record.size(); i++) {
            String value = record.get(i);
            if (value.indexOf('\uFFFD') >= 0 || value.indexOf('\0') >= 0) {
                problems.add(RowProblem.of(row, "import.error.encoding", i + 1));
                return null;
            }
        }
        String organizationName = value(record, ImportField.ORGANIZATION);
        // a file of organizations creates them, Company unless it says otherwise; a file of contacts
        // names organizations, and creates one only of the kind it gives (and the user approves)
        OrganizationType type = plan.kind() == ImportKind.ORGANIZATIONS ? OrganizationType.COMPANY : null;
        String typeText = value(record, ImportField.TYPE);
        if (typeText != null) {
            OrganizationType parsed = typeMemo.get(typeText);
            if (parsed == null) {
                parsed = TYPE_WORDS.get(Keys.text(typeText));
                if (parsed != null && typeMemo.size() < MEMO) {
                    typeMemo.put(typeText, parsed);
                }
            }
            if (parsed == null) {
                problems.add(RowProblem.of(row, "import.error.unknown-type", quote(typeText)));
            } else {
                type = parsed;
            }
        }
        Long cityId = null;
        String cityText = value(record, ImportField.CITY);
        if (cityText != null) {
            cityId = cityMemo.get(cityText);
            if (cityId == null) {
                City city = cities.get(Keys.text(cityText));
                if (city == null) {
                    problems.add(RowProblem.of(row, "import.error.unknown-city", quote(cityText), knownCities()));
                } else {
                    cityId = city.getId();
                    if (cityMemo.size() < MEMO) {
                        cityMemo.put(cityText, cityId);
                    }
                }
            }
        }
        String sector = check(row, ImportField.SECTOR, value(record, ImportField.SECTOR), problems);
        String website = check(row, ImportField.WEBSITE, withScheme(value(record, ImportField.WEBSITE)), problems);
        String notes = value(record, ImportField.NOTES);
        ImportRow result;
        if (plan.kind() == ImportKind.ORGANIZATIONS) {
            if (organizationName == null) {
                problems.add(RowProblem.of(row, "import.error.required", ImportField.ORGANIZATION));
            } else {
                check(row, ImportField.ORGANIZATION, organizationName, problems);
            }
            check(row, ImportField.NOTES, notes, problems);
            if (validate && type != null && !permissions.canWrite(type)) {
                problems.add(RowProblem.of(row, "import.error.type-not-allowed", type));
            }
            result = new ImportRow(
                    row,
                    organizationName,
                    nameKey(organizationName),
                    organizationKey(organizationName, cityId),
                    type,
                    cityId,
                    sector,
                    website,
                    notes,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        } else {
            String first = value(record, ImportField.FIRST_NAME);
            String last = value(record, ImportField.LAST_NAME);
            ImportField nameField = ImportField.LAST_NAME;
            String full = value(record, ImportField.FULL_NAME);
            if (last == null && full != null) {
                nameField = ImportField.FULL_NAME;
                String[] parts = splitName(full);
                first = first == null ? parts[0] : first;
                last = parts[1];
            }
            if (last == null) {
                problems.add(RowProblem.of(row, "import.error.required", nameField));
            } else {
                check(row, nameField, last, problems);
            }
            check(row, ImportField.FIRST_NAME, first, problems);
            String email = check(row, ImportField.EMAIL, value(record, ImportField.EMAIL), problems);
            String phone = check(row, ImportField.PHONE, value(record, ImportField.PHONE), problems);
            String jobTitle = check(row, ImportField.JOB_TITLE, value(record, ImportField.JOB_TITLE), problems);
            check(row, ImportField.NOTES, notes, problems);
            GdprBasis basis = null;
            String basisText = value(record, ImportField.CONSENT_BASIS);
            if (basisText != null) {
                basis = BASIS_WORDS.get(Keys.text(basisText.replace('_', ' ')));
                if (basis == null) {
                    problems.add(RowProblem.of(row, "import.error.consent-basis", quote(basisText)));
                }
            }
            LocalDate consentDate = null;
            String dateText = value(record, ImportField.CONSENT_DATE);
            if (dateText != null) {
                consentDate = date(dateText);
                if (consentDate == null) {
                    problems.add(RowProblem.of(row, "import.error.consent-date", quote(dateText)));
                } else if (consentDate.isAfter(LocalDate.now())) {
                    problems.add(RowProblem.of(row, "import.error.consent-date-future", quote(dateText)));
                }
            }
            if (organizationName != null) {
                check(row, ImportField.ORGANIZATION, organizationName, problems);
            } else if (validate && !permissions.canWriteContactOf(null)) {
                // whether a contact of an existing organization may be written is known only after the lookup
                problems.add(RowProblem.of(row, "import.error.contact-without-organization"));
            }
            result = new ImportRow(
                    row,
                    organizationName,
                    nameKey(organizationName),
                    organizationKey(organizationName, cityId),
                    type,
                    cityId,
                    sector,
                    website,
                    null,
                    first,
                    last,
                    email,
                    phone,
                    jobTitle,
                    notes,
                    basis,
                    consentDate);
        }
        return problems.size() == before ? result : null;
    }

    private @Nullable String value(CSVRecord record, ImportField field) {
        Integer column = plan.column(field);
        if (column == null || column >= record.size()) {
            return null;
        }
        String v = record.get(column).strip();
        return v.isEmpty() ? null : v;
    }

    /**
     * The value if the entity's constraints accept it; otherwise a problem and the value all the same.
     * Lengths are compared with the entity's own {@link Size}; only patterned fields ask the validator.
     */
    private @Nullable String check(long row, ImportField field, @Nullable String value, List<RowProblem> problems) {
        if (value == null || !validating) {
            return value;
        }
        Integer max = maxLengths.get(field);
        if (max != null && value.length() > max) {
            problems.add(RowProblem.of(row, "import.error.too-long", field, value.length(), max));
            return value;
        }
        if (!PATTERNED.contains(field)) {
            return value;
        }
        Set<? extends ConstraintViolation<?>> violations =
                validator.validateValue(entityOf(field), field.property(), value);
        for (ConstraintViolation<?> v : violations) {
            Annotation constraint = v.getConstraintDescriptor().getAnnotation();
            problems.add(
                    switch (constraint) {
                        case Size size ->
                            RowProblem.of(row, "import.error.too-long", field, value.length(), size.max());
                        case NotBlank blank -> RowProblem.of(row, "import.error.required", field);
                        case Email email -> RowProblem.of(row, "import.error.email", quote(value));
                        case Pattern pattern -> RowProblem.of(row, "import.error.phone", quote(value));
                        case URL url -> RowProblem.of(row, "import.error.website", quote(value));
                        default -> RowProblem.of(row, "import.error.invalid", field, quote(value));
                    });
        }
        return value;
    }

    private static @Nullable String nameKey(@Nullable String name) {
        return name == null ? null : Keys.name(name);
    }

    private static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        return null;
    }

    /** The name of a known city, for the list of organizations the import would create. */
    @Nullable
    String cityName(@Nullable Long id) {
        if (id == null) {
            return null;
        }
        return cities.values().stream()
                .filter(c -> id.equals(c.getId()))
                .map(City::getName)
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String organizationKey(@Nullable String name, @Nullable Long cityId) {
        return name == null ? null : Keys.organization(name, cityId);
    }

    private String knownCities() {
        return cities.values().stream().map(City::getName).sorted().collect(Collectors.joining(", "));
    }

    /** "Jan de Vries" → Jan / de Vries; "Vries, Jan de" → Jan de / Vries; "Madonna" → last name only. */
    static String[] splitName(String full) {
        int comma = full.indexOf(',');
        if (comma > 0) {
            String first = full.substring(comma + 1).strip();
            return new String[] {
                first.isEmpty() ? null : first, full.substring(0, comma).strip()
            };
        }
        int space = full.indexOf(' ');
        return space < 0
                ? new String[] {null, full}
                : new String[] {
                    full.substring(0, space), full.substring(space + 1).strip()
                };
    }

    /** "www.utwente.nl" is meant as a web address: give it the scheme the form would ask for. */
    static @Nullable String withScheme(@Nullable String website) {
        if (website == null || SCHEME.matcher(website).matches()) {
            return website;
        }
        return "https://" + website;
    }

    static String quote(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= QUOTE_LENGTH ? value : value.substring(0, QUOTE_LENGTH) + "…";
    }

    private static void words(OrganizationType type, String... words) {
        for (String w : words) {
            TYPE_WORDS.put(Keys.text(w), type);
        }
    }
}
