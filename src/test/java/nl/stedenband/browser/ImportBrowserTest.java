package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import nl.stedenband.base.ui.Texts;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** In a real Chromium: an officer uploads a Dutch Excel file, sees it previewed, imports it and reads the counts. */
@StedenbandTest
class ImportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void anOfficerUploadsPreviewsAndImportsACsvFile() throws Exception {
        String organization = "Browserimport " + UUID.randomUUID().toString().substring(0, 8);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path file = dir.resolve("contacten.csv");
        Files.write(file, ("\uFEFFVoornaam;Achternaam;E-mail;Organisatie;Plaats\r\n"
                + "Anne;de Vries;anne." + tag + "@example.nl;" + organization + ";Enschede\r\n"
                + "Bram;Bakker;bram." + tag + "@example.nl;" + organization + ";Enschede\r\n").getBytes(StandardCharsets.UTF_8));

        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-enschede");
            browser.go("/import");
            browser.waitFor(By.cssSelector("vaadin-upload"));
            WebElement input = (WebElement) ((JavascriptExecutor) browser.driver).executeScript(
                    "const u = document.querySelector('vaadin-upload');"
                            + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
            input.sendKeys(file.toAbsolutePath().toString());

            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'anne." + tag + "@example.nl')]"));
            Thread.sleep(500);
            assertThat(Accessibility.violations(browser)).as("the view with a file previewed").isEmpty();
            browser.screenshot("import-preview");

            WebElement run = browser.waitFor(By.id("import-run"));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", run);
            run.click();
            // the screen speaks the user's language, whichever that is
            Locale locale = Locale.forLanguageTag(browser.waitFor(By.tagName("html")).getAttribute("lang"));
            String expected = Texts.t(locale, "import.result.done", 1L, 2L, 0L);
            WebElement summary = browser.waitFor(By.cssSelector(".import-summary"));
            browser.wait.until(d -> summary.getText().equals(expected));
            browser.screenshot("import-done");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM contact c JOIN organization o ON o.id = c.organization_id"
                + " WHERE o.name = ?", Long.class, organization)).isEqualTo(2);
    }
}
