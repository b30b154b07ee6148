package nl.stedenband.imports;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stedenband.StedenbandTest;
import nl.stedenband.audit.AuditService;
import nl.stedenband.audit.ChangeKind;
import nl.stedenband.audit.RecordChange;
import nl.stedenband.base.RecordDirectory;
import nl.stedenband.base.RecordLink;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The import as a user meets it, on the real database: what it guesses, refuses, writes and records. */
@StedenbandTest
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Autowired
    AuditService audit;

    @Autowired
    RecordDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void aDutchExcelFileIsReadWithItsSeparatorEncodingAndHeadingsGuessed() throws IOException {
        Path file = write(
                "contacten.csv",
                CsvLayout.WINDOWS_1252,
                false,
                "Naam;E-mail;Telefoon;Organisatie;Plaats;Functie",
                "José Müller;jose@example.nl;053 481 8181;Gemeente Enschede;Enschede;Beleidsadviseur",
                "Anne de Vries;anne@example.nl;;Novel-T;Enschede;");

        ImportPreview preview = RunAs.role(Role.OFFICER, () -> imports.preview(file));

        assertThat(preview.layout().delimiter()).isEqualTo(';');
        assertThat(preview.layout().charset()).isEqualTo(CsvLayout.WINDOWS_1252);
        assertThat(preview.kind()).isEqualTo(ImportKind.CONTACTS);
        assertThat(preview.headings())
                .containsExactly("Naam", "E-mail", "Telefoon", "Organisatie", "Plaats", "Functie");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).get(0)).isEqualTo("José Müller");
        assertThat(preview.mapping())
                .isEqualTo(Map.of(
                        ImportField.FULL_NAME,
                        0,
                        ImportField.EMAIL,
                        1,
                        ImportField.PHONE,
                        2,
                        ImportField.ORGANIZATION,
                        3,
                        ImportField.CITY,
                        4,
                        ImportField.JOB_TITLE,
                        5));
    }

    @Test
    void anEnglishFileOfOrganizationsInUtf8WithAByteOrderMarkIsRecognised() throws IOException {
        Path file = write(
                "orgs.csv",
                StandardCharsets.UTF_8,
                true,
                "Name,Type,City,Website,Industry,Remarks",
                "Kennispark Twente,innovation hub,Enschede,www.kennispark.nl,Tech,");

        ImportPreview preview = RunAs.role(Role.OFFICER, () -> imports.preview(file));

        assertThat(preview.layout()).isEqualTo(new CsvLayout(StandardCharsets.UTF_8, ','));
        assertThat(preview.headings().get(0))
                .as("the byte order mark is not part of the heading")
                .isEqualTo("Name");
        assertThat(preview.kind()).isEqualTo(ImportKind.ORGANIZATIONS);
        assertThat(preview.mapping())
                .isEqualTo(Map.of(
                        ImportField.ORGANIZATION,
                        0,
                        ImportField.TYPE,
                        1,
                        ImportField.CITY,
                        2,
                        ImportField.WEBSITE,
                        3,
                        ImportField.SECTOR,
                        4,
                        ImportField.NOTES,
                        5));
    }

    @Test
    void validRowsModeImportsTheGoodRowsAndNamesEveryBadOneWithItsRowNumber() throws IOException {
        String good1 = CrmFixtures.unique("Importgood");
        String good2 = CrmFixtures.unique("Importgood");
        Path file = write(
                "orgs.csv",
                StandardCharsets.UTF_8,
                false,
                "name,type,city,website",
                good1 + ",startup,Enschede,https://example.org",
                ",company,Enschede,",
                good2 + ",company,Atlantis,",
                good2 + ",spaceship,Enschede,",
                good2 + ",company,Palo Alto,not a web address");
        ImportPlan plan = RunAs.role(Role.OFFICER, () -> imports.preview(file).plan());

        ImportResult result =
                RunAs.role(Role.OFFICER, () -> imports.importRows(file, plan, ImportMode.VALID_ROWS, null));

        assertThat(result.nothingImported()).isFalse();
        assertThat(result.organizationsCreated()).isEqualTo(1);
        assertThat(result.rowsSkipped()).isEqualTo(4);
        assertThat(result.check().rows()).isEqualTo(5);
        assertThat(result.check().problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "import.error.required"),
                        org.assertj.core.groups.Tuple.tuple(4L, "import.error.unknown-city"),
                        org.assertj.core.groups.Tuple.tuple(5L, "import.error.unknown-type"),
                        org.assertj.core.groups.Tuple.tuple(6L, "import.error.website"));
        assertThat(organizationsNamed(good1)).isEqualTo(1);
        assertThat(organizationsNamed(good2)).isZero();
        assertThat(jdbc.queryForObject("SELECT website FROM organization WHERE name = ?", String.class, good1))
                .isEqualTo("https://example.org");
    }

    @Test
    void allOrNothingModeImportsNothingWhenOneRowIsWrong() throws IOException {
        String good = CrmFixtures.unique("Allornothing");
        Path file = write(
                "orgs.csv",
                StandardCharsets.UTF_8,
                false,
                "name,type,city",
                good + ",company,Enschede",
                good + " two,company,Nowhere");
        ImportPlan plan = RunAs.role(Role.OFFICER, () -> imports.preview(file).plan());

        ImportResult refused =
                RunAs.role(Role.OFFICER, () -> imports.importRows(file, plan, ImportMode.ALL_OR_NOTHING, null));

        assertThat(refused.nothingImported()).isTrue();
        assertThat(refused.organizationsCreated()).isZero();
        assertThat(refused.check().problemCount()).isEqualTo(1);
        assertThat(organizationsNamed(good)).isZero();

        Path fixed = write(
                "fixed.csv",
                StandardCharsets.UTF_8,
                false,
                "name,type,city",
                good + ",company,Enschede",
                good + " two,company,Dalian");
        ImportResult imported =
                RunAs.role(Role.OFFICER, () -> imports.importRows(fixed, plan, ImportMode.ALL_OR_NOTHING, null));
        assertThat(imported.nothingImported()).isFalse();
        assertThat(imported.organizationsCreated()).isEqualTo(2);
    }

    @Test
    void duplicateContactsAreFoundByEmailInTheFileAndInTheRegister() throws IOException {
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String registered = uniqueEmail();
        fixtures.contact(company, "Registered", registered);
        String twice = uniqueEmail();
        String fresh = uniqueEmail();
        Path file = write(
                "contacts.csv",
                StandardCharsets.UTF_8,
                false,
                "first name,last name,email,organization,city",
                "Anne,Jansen," + twice + "," + company.getName() + ",Enschede",
                "Bram,Bakker," + registered.toUpperCase() + "," + company.getName() + ",Enschede",
                "Anne,Jansen," + twice.toUpperCase() + "," + company.getName() + ",Enschede",
                "Daan,Visser," + fresh + ",,");

        ImportCheck check = RunAs.role(
                Role.OFFICER, () -> imports.check(file, imports.preview(file).plan(), null));

        assertThat(check.rows()).isEqualTo(4);
        assertThat(check.validRows()).isEqualTo(2);
        assertThat(check.problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3L, "import.error.contact-exists"),
                        org.assertj.core.groups.Tuple.tuple(4L, "import.error.email-in-file"));
        assertThat(check.problems().stream()
                        .filter(p -> p.row() == 4)
                        .findFirst()
                        .orElseThrow()
                        .args())
                .as("the later row names the first")
                .contains(2L);
        assertThat(contactsWithEmail(twice)).as("a check writes nothing").isZero();
    }

    @Test
    void duplicateOrganizationsAreFoundByNameAndCityInTheFileAndInTheRegister() throws IOException {
        Organization existing = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String name = CrmFixtures.unique("Twice");
        Path file = write(
                "orgs.csv",
                StandardCharsets.UTF_8,
                false,
                "name;city",
                existing.getName().toUpperCase() + ";Enschede",
                existing.getName() + ";Dalian",
                name + ";Enschede",
                "  " + name.toLowerCase() + " ;enschede",
                name + ";Palo Alto");

        ImportCheck check = RunAs.role(
                Role.OFFICER, () -> imports.check(file, imports.preview(file).plan(), null));

        assertThat(check.problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2L, "import.error.organization-exists"),
                        org.assertj.core.groups.Tuple.tuple(5L, "import.error.organization-in-file"));
        assertThat(check.validRows())
                .as("the same name in another city is another organization")
                .isEqualTo(3);
    }

    @Test
    void contactsJoinTheirOrganizationOrCreateItOnceForAllItsPeople() throws IOException {
        Organization existing = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        String newOrganization = CrmFixtures.unique("Newco");
        String a = uniqueEmail();
        String b = uniqueEmail();
        String c = uniqueEmail();
        Path file = write(
                "contacts.csv",
                StandardCharsets.UTF_8,
                false,
                "name,email,organization,type,city",
                "Wei Zhang," + a + "," + existing.getName() + ",,",
                "Fang Li," + b + "," + newOrganization + ",startup,Dalian",
                "Jing Wang," + c + "," + newOrganization + ",startup,Dalian");

        // the new organization is created because the coordinator approved it at the check
        ImportResult result = RunAs.role(
                Role.COORDINATOR,
                () -> imports.importRows(
                        file,
                        imports.preview(file).plan().withOrganization(Keys.name(newOrganization), ImportPlan.CREATE),
                        ImportMode.ALL_OR_NOTHING,
                        null));

        assertThat(result.contactsCreated()).isEqualTo(3);
        assertThat(result.organizationsCreated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT organization_id FROM contact WHERE email = ?", Long.class, a))
                .isEqualTo(existing.getId());
        assertThat(jdbc.queryForObject("SELECT city_id FROM contact WHERE email = ?", Long.class, a))
                .as("a contact without a city is where the organization is")
                .isEqualTo(requireNonNull(existing.getCity()).getId());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT organization_id) FROM contact WHERE email IN (?, ?)", Long.class, b, c))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT first_name FROM contact WHERE email = ?", String.class, b))
                .isEqualTo("Fang");
        assertThat(jdbc.queryForObject("SELECT last_name FROM contact WHERE email = ?", String.class, b))
                .isEqualTo("Li");
    }

    @Test
    void aCoordinatorCannotImportAUniversityNorItsPeople() throws IOException {
        Organization university = fixtures.organization(OrganizationType.UNIVERSITY, "Enschede");
        String company = CrmFixtures.unique("Coordinated");
        String uni = CrmFixtures.unique("Universiteit");
        Path organizations = write(
                "orgs.csv",
                StandardCharsets.UTF_8,
                false,
                "name,type,city",
                company + ",company,Enschede",
                uni + ",universiteit,Enschede");
        Path people = write(
                "people.csv",
                StandardCharsets.UTF_8,
                false,
                "last name,email,organization",
                "Professor," + uniqueEmail() + "," + university.getName());

        ImportResult all = RunAs.role(
                Role.COORDINATOR,
                () -> imports.importRows(
                        organizations, imports.preview(organizations).plan(), ImportMode.ALL_OR_NOTHING, null));
        assertThat(all.nothingImported()).isTrue();
        assertThat(all.check().problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.key()).isEqualTo("import.error.type-not-allowed");
            assertThat(p.args()).containsExactly(OrganizationType.UNIVERSITY);
        });
        assertThat(organizationsNamed(company)).isZero();

        ImportResult valid = RunAs.role(
                Role.COORDINATOR,
                () -> imports.importRows(
                        organizations, imports.preview(organizations).plan(), ImportMode.VALID_ROWS, null));
        assertThat(valid.organizationsCreated()).isEqualTo(1);
        assertThat(organizationsNamed(company)).isEqualTo(1);
        assertThat(organizationsNamed(uni)).isZero();

        ImportCheck peopleCheck = RunAs.role(
                Role.COORDINATOR,
                () -> imports.check(people, imports.preview(people).plan(), null));
        assertThat(peopleCheck.problems())
                .extracting(RowProblem::key)
                .containsExactly("import.error.contact-not-allowed");

        ImportResult officer = RunAs.role(
                Role.OFFICER,
                () -> imports.importRows(
                        organizations, imports.preview(organizations).plan(), ImportMode.VALID_ROWS, null));
        assertThat(officer.organizationsCreated())
                .as("an officer may; the company is now a duplicate")
                .isEqualTo(1);
        assertThat(organizationsNamed(uni)).isEqualTo(1);
    }

    @Test
    void viewersCannotImportAtAll() throws IOException {
        Path file = write("orgs.csv", StandardCharsets.UTF_8, false, "name", "Whatever");
        assertThatThrownBy(() -> RunAs.role(Role.VIEWER, () -> imports.preview(file)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void importedRecordsHaveTheirCreationInTheAuditHistoryUnderOneRevisionAndAreFoundBySearch() throws IOException {
        String organization = CrmFixtures.unique("Audited");
        String lastName = "Importaudit" + UUID.randomUUID().toString().substring(0, 6);
        String email = uniqueEmail();
        Path file = write(
                "contacts.csv",
                StandardCharsets.UTF_8,
                false,
                "first name,last name,email,phone,job title,organization,type,city",
                "Lotte," + lastName + "," + email + ",+31 53 481 8181,Director," + organization + ",company,Enschede",
                "Koen," + lastName + "," + uniqueEmail() + ",,," + organization + ",company,Enschede");

        RunAs.role(
                Role.OFFICER,
                () -> imports.importRows(
                        file,
                        imports.preview(file).plan().withOrganization(Keys.name(organization), ImportPlan.CREATE),
                        ImportMode.ALL_OR_NOTHING,
                        null));

        long contactId =
                requireNonNull(jdbc.queryForObject("SELECT id FROM contact WHERE email = ?", Long.class, email));
        long organizationId = requireNonNull(
                jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class, organization));
        List<RecordChange> history = RunAs.role(Role.OFFICER, () -> audit.history("Contact", contactId));
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CREATED);
            assertThat(change.user()).isEqualTo("officer");
            assertThat(change.changes())
                    .extracting(f -> f.field() + "=" + f.newValue().plain())
                    .contains(
                            "firstName=Lotte",
                            "lastName=" + lastName,
                            "email=" + email,
                            "jobTitle=Director",
                            "organization=" + organization,
                            "city=Enschede");
        });
        List<RecordChange> organizationHistory =
                RunAs.role(Role.OFFICER, () -> audit.history("Organization", organizationId));
        assertThat(organizationHistory).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CREATED);
            assertThat(change.user()).isEqualTo("officer");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT a.rev) FROM contact_aud a JOIN contact c ON c.id = a.id"
                                + " WHERE c.last_name = ?",
                        Long.class,
                        lastName))
                .as("one revision for the whole import")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT rev FROM organization_aud WHERE id = ?", Long.class, organizationId))
                .isEqualTo(jdbc.queryForObject("SELECT rev FROM contact_aud WHERE id = ?", Long.class, contactId));

        List<RecordLink> found = RunAs.role(Role.VIEWER, () -> directory.search(lastName, 5));
        assertThat(found).extracting(RecordLink::type).contains("CONTACT");
        assertThat(RunAs.role(Role.VIEWER, () -> directory.search(organization, 5)))
                .extracting(RecordLink::id)
                .contains(organizationId);
    }

    @Test
    void theAuditRowsOfAnImportMatchWhatEnversWritesForARecordSavedInTheForm() throws IOException {
        Organization company = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String formEmail = uniqueEmail();
        Contact viaForm = fixtures.contact(company, "Formsaved", formEmail);
        String importedEmail = uniqueEmail();
        Path file = write(
                "contacts.csv",
                StandardCharsets.UTF_8,
                false,
                "first name,last name,email,organization,city",
                "Test,Imported," + importedEmail + "," + company.getName() + ",Enschede");
        RunAs.role(
                Role.OFFICER,
                () -> imports.importRows(file, imports.preview(file).plan(), ImportMode.ALL_OR_NOTHING, null));
        long importedId = requireNonNull(
                jdbc.queryForObject("SELECT id FROM contact WHERE email = ?", Long.class, importedEmail));

        String flags =
                "SELECT revtype, first_name_mod, last_name_mod, job_title_mod, organization_id_mod, city_id_mod, email_mod,"
                        + " phone_mod, preferred_language_mod, owner_id_mod, gdpr_basis_mod, consent_date_mod, notes_mod, tags_mod"
                        + " FROM contact_aud WHERE id = ?";
        assertThat(jdbc.queryForMap(flags, importedId)).isEqualTo(jdbc.queryForMap(flags, viaForm.getId()));

        String organization = CrmFixtures.unique("Flagged");
        Path organizations =
                write("orgs.csv", StandardCharsets.UTF_8, false, "name,type,city", organization + ",company,Enschede");
        RunAs.role(
                Role.OFFICER,
                () -> imports.importRows(
                        organizations, imports.preview(organizations).plan(), ImportMode.ALL_OR_NOTHING, null));
        String organizationFlags =
                "SELECT a.revtype, a.name_mod, a.type_mod, a.city_id_mod, a.sector_mod, a.website_mod, a.notes_mod,"
                        + " a.tags_mod FROM organization_aud a JOIN organization o ON o.id = a.id WHERE o.name = ?";
        assertThat(jdbc.queryForMap(organizationFlags, organization))
                .isEqualTo(jdbc.queryForMap(organizationFlags, company.getName()));
    }

    private long organizationsNamed(String name) {
        return requireNonNull(
                jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE name = ?", Long.class, name));
    }

    private long contactsWithEmail(String email) {
        return requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM contact WHERE email = ?", Long.class, email));
    }

    private static String uniqueEmail() {
        return "import." + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private Path write(String name, Charset charset, boolean bom, String... lines) throws IOException {
        Path file = dir.resolve(UUID.randomUUID() + "-" + name);
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        byte[] content = text;
        if (bom) {
            content = new byte[text.length + 3];
            content[0] = (byte) 0xEF;
            content[1] = (byte) 0xBB;
            content[2] = (byte) 0xBF;
            System.arraycopy(text, 0, content, 3, text.length);
        }
        Files.write(file, content);
        return file;
    }
}
