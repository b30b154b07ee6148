package nl.stedenband.imports;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.Role;
import nl.stedenband.security.RunAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A file of contacts never invents organizations: it finds the register's by name whatever the
 * contact's city and however the name is written, lists the ones it would create for the user to
 * approve or map, and creates only what was approved. Consent basis and date are imported, problems
 * come in row order, and the rejected rows can be downloaded with their reasons.
 */
@StedenbandTest
class ImportOrganizationsTest {

    @Autowired
    ImportService imports;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void aContactInAnotherCityJoinsTheRegistersOrganizationHoweverItsNameIsWritten() throws IOException {
        String base = CrmFixtures.unique("Twente Uni");
        Organization university = fixtures.organizationNamed(base + ", Inc.", OrganizationType.UNIVERSITY, "Enschede");
        String email = email();
        Path file = write(
                "Last name,E-mail,Organization,City",
                "Jansen," + email + ",\"  " + base.toUpperCase() + "  inc \",Palo Alto");

        ImportResult result = importAs(Role.OFFICER, file, plan(file));

        assertThat(result.check().problems()).isEmpty();
        assertThat(result.check().newOrganizations()).isEmpty();
        assertThat(result.organizationsCreated())
                .as("no University (Company, Palo Alto)")
                .isZero();
        assertThat(jdbc.queryForObject("SELECT organization_id FROM contact WHERE email = ?", Long.class, email))
                .isEqualTo(university.getId());
        assertThat(organizationsNamed(base)).isEqualTo(1);
    }

    @Test
    void anOrganizationTheRegisterLacksIsListedAndCreatedOnlyWhenApproved() throws IOException {
        String name = CrmFixtures.unique("Newco");
        String a = email();
        String b = email();
        Path file = write(
                "Last name,E-mail,Organization,Type,City",
                "Jansen," + a + "," + name + ",startup,Enschede",
                "Pietersen," + b + "," + name.toLowerCase() + ",startup,Palo Alto");

        ImportPlan plan = plan(file);
        ImportCheck check = RunAs.role(Role.OFFICER, () -> imports.check(file, plan, null));

        assertThat(check.newOrganizations())
                .extracting(
                        ImportCheck.NewOrganization::name,
                        ImportCheck.NewOrganization::type,
                        ImportCheck.NewOrganization::cityName,
                        ImportCheck.NewOrganization::firstRow,
                        ImportCheck.NewOrganization::rows,
                        ImportCheck.NewOrganization::decision)
                .containsExactly(tuple(name, OrganizationType.STARTUP, "Enschede", 2L, 2L, null));
        assertThat(check.problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(
                        tuple(2L, "import.error.organization-not-approved"),
                        tuple(3L, "import.error.organization-not-approved"));

        ImportResult unasked = importAs(Role.OFFICER, file, plan);
        assertThat(unasked.nothingImported()).isTrue();
        assertThat(organizationsNamed(name)).as("nothing created unasked").isZero();

        String key = check.newOrganizations().get(0).key();
        ImportResult approved = importAs(Role.OFFICER, file, plan.withOrganization(key, ImportPlan.CREATE));
        assertThat(approved.check().problems()).isEmpty();
        assertThat(approved.organizationsCreated()).isEqualTo(1);
        assertThat(approved.contactsCreated()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT organization_id) FROM contact WHERE email IN (?, ?)", Long.class, a, b))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT type FROM organization WHERE name = ?", String.class, name))
                .isEqualTo("STARTUP");
    }

    @Test
    void aNewNameMappedToAnExistingOrganizationJoinsIt() throws IOException {
        Organization stanford =
                fixtures.organizationNamed(CrmFixtures.unique("Stanford"), OrganizationType.UNIVERSITY, "Palo Alto");
        String typo = CrmFixtures.unique("Stanfrod");
        String email = email();
        Path file = write(
                "Last name,E-mail,Organization,Type,City", "Smith," + email + "," + typo + ",university,Enschede");
        ImportPlan plan = plan(file);
        String key = RunAs.role(Role.OFFICER, () -> imports.check(file, plan, null))
                .newOrganizations()
                .get(0)
                .key();

        ImportResult result = importAs(Role.OFFICER, file, plan.withOrganization(key, stanford.getId()));

        assertThat(result.organizationsCreated()).isZero();
        assertThat(result.contactsCreated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT organization_id FROM contact WHERE email = ?", Long.class, email))
                .isEqualTo(stanford.getId());
        assertThat(organizationsNamed(typo)).isZero();
    }

    @Test
    void withoutAKindANewOrganizationIsARowProblemNeverACompany() throws IOException {
        String name = CrmFixtures.unique("Tesla Motors");
        Path file = write("Last name,E-mail,Organization,City", "Musk," + email() + "," + name + ",Enschede");
        ImportPlan plan = plan(file);
        ImportCheck check = RunAs.role(Role.OFFICER, () -> imports.check(file, plan, null));

        assertThat(check.problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(tuple(2L, "import.error.organization-without-type"));
        assertThat(check.newOrganizations()).isEmpty();
        ImportResult result = importAs(Role.OFFICER, file, plan.withOrganization(Keys.name(name), ImportPlan.CREATE));
        assertThat(result.organizationsCreated()).isZero();
        assertThat(organizationsNamed(name)).isZero();
    }

    @Test
    void twoOrganizationsOfTheSameNameAreTellApartByTheRowsCityOrTheRowIsRefused() throws IOException {
        String name = CrmFixtures.unique("Twin");
        fixtures.organizationNamed(name, OrganizationType.COMPANY, "Enschede");
        Organization palo = fixtures.organizationNamed(name, OrganizationType.COMPANY, "Palo Alto");
        String email = email();
        Path file = write("Last name,E-mail,Organization", "One," + email + "," + name);
        Path withCity = write("Last name,E-mail,Organization,City", "Two," + email() + "," + name + ",Palo Alto");

        assertThat(RunAs.role(Role.OFFICER, () -> imports.check(file, plan(file), null))
                        .problems())
                .extracting(RowProblem::key)
                .containsExactly("import.error.organization-ambiguous");
        ImportResult result = importAs(Role.OFFICER, withCity, plan(withCity));
        assertThat(result.contactsCreated()).isEqualTo(1);
        assertThat(result.organizationsCreated()).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM contact WHERE organization_id = ?", Long.class, palo.getId()))
                .isEqualTo(1);
    }

    @Test
    void consentBasisAndDateAreImportedAndCheckedLikeTheForm() throws IOException {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String a = email();
        String b = email();
        Path file = write(
                "Achternaam;E-mail;Organisatie;Grondslag;Datum toestemming",
                "Jansen;" + a + ";" + org.getName() + ";Toestemming;15-3-2026",
                "Pietersen;" + b + ";" + org.getName() + ";legitimate interest;",
                "Klaassen;" + email() + ";" + org.getName() + ";whatever;2026-02-30",
                "Vos;" + email() + ";" + org.getName() + ";consent;"
                        + LocalDate.now().plusDays(3));

        ImportResult result = importAs(Role.OFFICER, file, plan(file));

        assertThat(result.check().problems())
                .extracting(RowProblem::row, RowProblem::key)
                .containsExactly(
                        tuple(4L, "import.error.consent-basis"),
                        tuple(4L, "import.error.consent-date"),
                        tuple(5L, "import.error.consent-date-future"));
        assertThat(result.contactsCreated()).isEqualTo(2);
        assertThat(jdbc.queryForMap("SELECT gdpr_basis, consent_date FROM contact WHERE email = ?", a))
                .containsEntry("gdpr_basis", "CONSENT")
                .containsEntry("consent_date", java.sql.Date.valueOf("2026-03-15"));
        assertThat(jdbc.queryForObject("SELECT gdpr_basis FROM contact WHERE email = ?", String.class, b))
                .isEqualTo("LEGITIMATE_INTEREST");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM contact_aud WHERE email = ? AND gdpr_basis = 'CONSENT'", Long.class, a))
                .as("the history starts with the consent")
                .isEqualTo(1);
    }

    @Test
    void problemsAreListedInRowOrderAndTheRejectedRowsDownloadWithTheirReasons() throws IOException {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        String taken = email();
        fixtures.contact(org, "Bestaand", taken);
        String fine = email();
        Path file = write(
                "Last name,E-mail,Organization",
                "Dup," + taken + "," + org.getName(),
                "Fine," + fine + "," + org.getName(),
                "Broken,not-an-address," + org.getName());
        ImportPlan plan = plan(file);

        ImportCheck check = RunAs.role(Role.OFFICER, () -> imports.check(file, plan, null));
        assertThat(check.problems())
                .extracting(RowProblem::row)
                .as("the register's answer for row 2 before row 4's own")
                .containsExactly(2L, 4L);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunAs.role(Role.OFFICER, () -> {
            try {
                imports.writeRejectedRows(file, plan, "Problem", p -> p.key(), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines)
                .containsExactly(
                        "\uFEFFLast name,E-mail,Organization,Problem",
                        "Dup," + taken + "," + org.getName() + ",import.error.contact-exists",
                        "Broken,not-an-address," + org.getName() + ",import.error.email");
    }

    private ImportPlan plan(Path file) {
        return RunAs.role(Role.OFFICER, () -> imports.preview(file)).plan();
    }

    private ImportResult importAs(Role role, Path file, ImportPlan plan) {
        return RunAs.role(role, () -> imports.importRows(file, plan, ImportMode.VALID_ROWS, null));
    }

    private long organizationsNamed(String start) {
        return requireNonNull(
                jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE name LIKE ?", Long.class, start + "%"));
    }

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve(UUID.randomUUID() + ".csv");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
        return file;
    }

    private static String email() {
        return "orgimport." + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }
}
