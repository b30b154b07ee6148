package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real Chromium: an officer finds the best time for the three cities and plans a session at it. */
@StedenbandTest
class SchedulingBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anOfficerPicksTheBestCompromiseAndGetsANewSessionAtThatTime() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-enschede");
            browser.go("/schedule?date=2026-01-15");

            WebElement best = browser.waitFor(By.cssSelector(".schedule-ranked li"));
            assertThat(best.getText())
                    .contains("Enschede 07:00 (early), Dalian 14:00, Palo Alto 22:00 the day before (late)");
            assertThat(browser.driver.findElements(By.cssSelector(".timeline-cell.best-slot")))
                    .hasSize(3);
            browser.screenshot("schedule");

            best.findElement(By.tagName("vaadin-button")).click();

            browser.wait.until(d -> d.getCurrentUrl().contains("/meetings/new"));
            WebElement times = browser.waitFor(By.cssSelector(".meeting-local-times"));
            browser.wait.until(d -> times.getText().contains("Palo Alto"));
            assertThat(times.getText())
                    .contains("Enschede 07:00 CET")
                    .contains("Dalian 14:00 CST")
                    .contains("Palo Alto Wed 14 Jan 22:00 PST");
            // the keyboard starts in the form, at the topic, not at the top of the page
            browser.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                            "const f = document.activeElement && document.activeElement.closest('vaadin-text-field');"
                                    + " return !!f && f.label === 'Topic';")));
            browser.screenshot("meeting-from-schedule");
        }
    }
}
