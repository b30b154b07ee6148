package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import nl.stedenband.StedenbandTest;
import nl.stedenband.base.ui.Texts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real Chromium, in English and in Dutch: an officer uploads a Dutch Excel file of contacts
 * whose organization the register lacks, sees it previewed, checks it, is asked to approve the new
 * organization (nothing is created before), approves it, imports and reads the counts.
 */
@StedenbandTest
class ImportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"en-GB,en", "nl-NL,nl"})
    void anOfficerUploadsChecksApprovesTheNewOrganizationAndImports(String languages) throws Exception {
        String organization = "Browserimport " + UUID.randomUUID().toString().substring(0, 8);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String language = languages.substring(0, 2);
        Path file = dir.resolve("contacten.csv");
        Files.write(
                file,
                ("\uFEFFVoornaam;Achternaam;E-mail;Organisatie;Soort;Plaats\r\n"
                                + "Anne;de Vries;anne." + tag + "@example.nl;" + organization + ";startup;Enschede\r\n"
                                + "Bram;Bakker;bram." + tag + "@example.nl;" + organization + ";startup;Enschede\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        try (Browser browser = Browser.open(port, null, languages)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            browser.signIn("officer", "officer-enschede");
            browser.go("/import");
            browser.waitFor(By.cssSelector("vaadin-upload"));
            WebElement input = (WebElement) js.executeScript("const u = document.querySelector('vaadin-upload');"
                    + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
            input.sendKeys(file.toAbsolutePath().toString());

            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'anne." + tag + "@example.nl')]"));
            Thread.sleep(500);
            assertThat(Accessibility.violations(browser))
                    .as("the view with a file previewed")
                    .isEmpty();
            browser.screenshot("import-preview-" + language);
            Locale locale =
                    Locale.forLanguageTag(browser.waitFor(By.tagName("html")).getAttribute("lang"));

            click(browser, browser.waitFor(By.id("import-check")));
            WebElement section = browser.waitFor(By.cssSelector(".import-new-organizations"));
            browser.wait.until(d -> section.isDisplayed());
            browser.waitFor(By.xpath(
                    "//div[contains(@class, 'import-new-organization')][contains(., '" + organization + "')]"));
            assertThat(organizations(organization))
                    .as("nothing created by the check")
                    .isZero();
            Thread.sleep(300);
            assertThat(Accessibility.violations(browser))
                    .as("the check asking for approval")
                    .isEmpty();
            js.executeScript("arguments[0].scrollIntoView({block: 'start'})", section);
            browser.screenshot("import-approval-1280-" + language);
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            Thread.sleep(500);
            js.executeScript("arguments[0].scrollIntoView({block: 'start'})", section);
            browser.screenshot("import-approval-390-" + language);
            browser.driver.manage().window().setSize(new Dimension(1280, 900));

            WebElement create = browser.waitFor(By.cssSelector(".import-new-organization vaadin-checkbox"));
            click(browser, create);
            click(browser, browser.waitFor(By.id("import-run")));
            String expected = Texts.t(locale, "import.result.done", 1L, 2L, 0L);
            WebElement summary = browser.waitFor(By.cssSelector(".import-summary"));
            browser.wait.until(d -> summary.getText().equals(expected));
            browser.screenshot("import-done-" + language);
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM contact c JOIN organization o ON o.id = c.organization_id"
                                + " WHERE o.name = ? AND o.type = 'STARTUP'",
                        Long.class,
                        organization))
                .isEqualTo(2);
        assertThat(organizations(organization)).isEqualTo(1);
    }

    private long organizations(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE name = ?", Long.class, name);
    }

    private static void click(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
