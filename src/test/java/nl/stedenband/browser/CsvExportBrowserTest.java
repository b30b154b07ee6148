package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real Chromium: an officer filters the contacts and downloads them as CSV for a Dutch Excel. */
@StedenbandTest
class CsvExportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CrmFixtures fixtures;

    @TempDir
    Path downloads;

    @Test
    void anOfficerDownloadsTheFilteredContactsAsCsv() throws IOException {
        Organization org = fixtures.organization(OrganizationType.COMPANY, "Enschede");
        Contact first = fixtures.contact(org, CrmFixtures.unique("Aabrowsercsv"), null);
        Contact second = fixtures.contact(org, CrmFixtures.unique("Abbrowsercsv"), "csv.browser@example.nl");
        fixtures.contact(
                fixtures.organization(OrganizationType.COMPANY, "Enschede"), CrmFixtures.unique("Elsewhere"), null);
        Path file = downloads.resolve("contacts-" + LocalDate.now() + ".csv");

        try (Browser browser = Browser.open(port, downloads, "nl-NL,nl")) {
            browser.signIn("officer", "officer-enschede");
            browser.go("/contacts?organization=" + org.getId());
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + first.getLastName() + "')]"));

            browser.waitFor(By.cssSelector("a.csv-export")).click();

            new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> Files.exists(file) && complete(file));
            browser.screenshot("contacts-csv-exported");
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        // a Dutch screen: semicolons, as Excel expects them in the Netherlands
        assertThat(lines).hasSize(3);
        assertThat(lines.getFirst().split(";", -1)).hasSize(8);
        assertThat(lines.getFirst()).endsWith(";Grondslag;Datum toestemming");
        assertThat(lines.subList(1, 3))
                .containsExactly(
                        first.getFullName() + ";" + org.getName() + ";;;Enschede;;;",
                        second.getFullName() + ";" + org.getName() + ";;csv.browser@example.nl;Enschede;;;");
    }

    /** Chromium writes into a .crdownload file and renames it when done. */
    private boolean complete(Path file) {
        try (var partial = Files.list(downloads)) {
            return partial.noneMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }
}
