package nl.stedenband.imports.ui;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.imports.CsvLayout;
import nl.stedenband.imports.ImportField;
import nl.stedenband.imports.ImportKind;
import nl.stedenband.imports.ImportMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** /import without a browser: upload, preview, mapping, check, import and what the screen says afterwards. */
@StedenbandTest
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerUploadsChecksAndImportsAFileAndSeesTheCounts() throws Exception {
        String organization = CrmFixtures.unique("Viewimport");
        String a = email();
        String b = email();
        byte[] file = csv(
                CsvLayout.WINDOWS_1252,
                "Naam;E-mail;Organisatie;Soort;Plaats;Opmerking",
                "Anne Müller;" + a + ";" + organization + ";bedrijf;Enschede;eerste",
                "Bram Bakker;" + b + ";" + organization + ";bedrijf;Enschede;tweede",
                "Geen Adres;niet-een-adres;" + organization + ";bedrijf;Enschede;derde");
        ImportView view = open();

        test(find(Upload.class).single()).upload("contacten.csv", "text/csv", file);
        roundTrip();

        assertThat(view.fileName.getText()).isEqualTo("File: contacten.csv");
        assertThat(view.delimiter.getValue()).isEqualTo(';');
        assertThat(view.encoding.getValue()).isEqualTo(CsvLayout.WINDOWS_1252);
        assertThat(view.kind.getValue()).isEqualTo(ImportKind.CONTACTS);
        assertThat(test(view.preview).size()).isEqualTo(3);
        assertThat(test(view.preview).getCellText(0, 0)).isEqualTo("Anne Müller");
        assertThat(requireNonNull(view.columnFields.get(0)).getValue()).isEqualTo(ImportField.FULL_NAME);
        assertThat(requireNonNull(view.columnFields.get(1)).getValue()).isEqualTo(ImportField.EMAIL);
        assertThat(requireNonNull(view.columnFields.get(5)).getValue()).isEqualTo(ImportField.NOTES);

        // the notes column is left out on second thought
        view.columnFields.get(5).clear();
        assertThat(view.columnFields.get(5).getEmptySelectionCaption()).isEqualTo("Do not import");
        test(find(Button.class).withText("Check the file").single()).click();
        finish(view);

        // the organization is not in the register: listed, and its rows wait for the user's approval
        assertThat(view.summary.getText()).isEqualTo("3 rows read: 0 can be imported, 3 problems found.");
        assertThat(view.newOrganizations.isVisible()).isTrue();
        assertThat(view.newOrganizationsHint.getText())
                .startsWith("The file names 1 organization that is not in the register.");
        assertThat(view.newOrganizationList.getChildren()).hasSize(1);
        assertThat(view.newOrganizationList.getElement().getTextRecursively())
                .contains(organization)
                .contains("Company, Enschede · Rows 2 (first: row 2)");
        assertThat(view.createBoxes.values().iterator().next().getValue())
                .as("not approved until the user says so")
                .isFalse();
        assertThat(test(view.problems).getCellText(0, 1))
                .isEqualTo(
                        organization
                                + " is not in the register: approve creating it under New organizations, or choose the organization it is.");
        assertThat(view.rejectedRows.isVisible()).isTrue();

        view.createBoxes.values().iterator().next().setValue(true);
        test(find(Button.class).withText("Check the file").single()).click();
        finish(view);

        assertThat(view.summary.getText()).isEqualTo("3 rows read: 2 can be imported, 1 problem found.");
        assertThat(view.createBoxes.values().iterator().next().getValue())
                .as("the approval stays")
                .isTrue();
        assertThat(test(view.problems).size()).isEqualTo(1);
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("4");
        assertThat(test(view.problems).getCellText(0, 1))
                .isEqualTo("\"niet-een-adres\" is not an e-mail address like name@example.org.");
        assertThat(count("SELECT COUNT(*) FROM contact WHERE email = ?", a))
                .as("checking writes nothing")
                .isZero();

        test(view.mode).selectItem("Import the valid rows and skip the others");
        test(find(Button.class).withText("Import").single()).click();
        assertThat(view.progressBar.isVisible()).isTrue();
        finish(view);

        assertThat(view.summary.getText()).isEqualTo("Imported 1 organization and 2 contacts; 1 row skipped.");
        assertThat(view.progressBar.isVisible()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM contact WHERE email IN (?, ?) AND notes IS NULL", a, b))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT first_name FROM contact WHERE email = ?", String.class, a))
                .isEqualTo("Anne");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void allOrNothingSaysWhyNothingWasImported() throws Exception {
        String name = CrmFixtures.unique("Viewrefused");
        byte[] file = csv(
                StandardCharsets.UTF_8, "name,type,city", name + ",company,Enschede", name + " 2,spaceship,Enschede");
        ImportView view = open();
        test(find(Upload.class).single()).upload("orgs.csv", "text/csv", file);
        roundTrip();
        assertThat(view.kind.getValue()).isEqualTo(ImportKind.ORGANIZATIONS);

        view.mode.setValue(ImportMode.ALL_OR_NOTHING);
        test(find(Button.class).withText("Import").single()).click();
        finish(view);

        assertThat(view.summary.getText()).startsWith("Nothing was imported: 1 problem found.");
        assertThat(test(view.problems).getCellText(0, 1)).startsWith("\"spaceship\" is not a kind of organization");
        assertThat(count("SELECT COUNT(*) FROM organization WHERE name = ?", name))
                .isZero();
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void aFileOfTwentyThousandColumnsBuildsNoColumnsButNamesTheLimit() {
        StringBuilder heading = new StringBuilder("Name");
        for (int i = 1; i < 20_000; i++) {
            heading.append(",c").append(i);
        }
        ImportView view = open();

        test(find(Upload.class).single())
                .upload("wide.csv", "text/csv", csv(StandardCharsets.UTF_8, heading.toString(), "a,b"));
        roundTrip();

        assertThat(view.preview.getColumns()).isEmpty();
        assertThat(view.columnFields).isEmpty();
        assertThat(view.check.isEnabled()).isFalse();
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(test(view.problems).size()).isEqualTo(1);
        assertThat(test(view.problems).getCellText(0, 0)).isEqualTo("File");
        assertThat(test(view.problems).getCellText(0, 1))
                .isEqualTo(
                        "Row 1 has more than 200 values, the most a row may have; the file is not read further. Is the separator right?");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theScreenSpeaksDutchToADutchBrowser() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        ImportView view = open();
        assertThat(find(H1.class).single().getText()).isEqualTo("Organisaties en contactpersonen importeren");
        assertThat(view.check.getText()).isEqualTo("Bestand controleren");
        assertThat(view.mode.getItemLabelGenerator().apply(ImportMode.ALL_OR_NOTHING))
                .isEqualTo("Niets importeren tenzij alle rijen goed zijn");
    }

    private ImportView open() {
        UI.getCurrent().navigate("import");
        return (ImportView) getCurrentView();
    }

    /** Waits for the check or import to end on its thread, then lets the screen poll as the browser would. */
    private void finish(ImportView view) throws Exception {
        assertThat(view.job).as("work was started").isNotNull();
        view.job.get(2, TimeUnit.MINUTES);
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, false));
    }

    private long count(String sql, Object... args) {
        return requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }

    private static String email() {
        return "view." + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }
}
