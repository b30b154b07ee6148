package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.mission.MissionService;
import nl.stedenband.mission.MissionStatus;
import nl.stedenband.mission.TradeMission;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium: a mission's status step asks first, and a step back asks for the reason;
 * cancelling a videoconference asks first too.
 */
@StedenbandTest
class MissionFlowBrowserTest {

    private static final By STATUS = By.cssSelector(".mission-status");
    private static final By CONFIRM =
            By.xpath("//vaadin-confirm-dialog[@opened]//vaadin-button[@slot='confirm-button']");

    @LocalServerPort
    int port;

    @Autowired
    MissionService missions;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    nl.stedenband.meeting.MeetingService meetings;

    @Test
    void anOfficerConfirmsAStepAndTakesItBackWithAReason() {
        TradeMission mission = SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("Browser mission"),
                fixtures.city("Palo Alto"),
                LocalDate.of(2027, 3, 7),
                LocalDate.of(2027, 3, 12))));
        SystemAuthentication.run(() -> missions.addItineraryItem(
                mission.getId(),
                java.time.LocalDateTime.of(2027, 3, 8, 17, 30),
                90,
                "Dinner with investors",
                "University Avenue",
                null));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-enschede");
            browser.go("/missions/" + mission.getId());
            browser.wait.until(ExpectedConditions.textToBe(STATUS, "Status: Draft"));

            button(browser, "Plan").click();
            WebElement confirm = browser.wait.until(ExpectedConditions.elementToBeClickable(CONFIRM));
            assertThat(browser.driver
                            .findElement(By.cssSelector("vaadin-confirm-dialog[opened]"))
                            .getText())
                    .contains("Change the status to planned?", "You can step back to draft.");
            shoot(browser, "mission-step-confirm");
            assertThat(browser.driver.findElement(STATUS).getText())
                    .as("nothing before the answer")
                    .isEqualTo("Status: Draft");
            confirm.click();
            browser.wait.until(ExpectedConditions.textToBe(STATUS, "Status: Planned"));

            button(browser, "Step back to draft").click();
            WebElement reason = browser.waitFor(By.xpath("//vaadin-text-area[contains(@class, 'reason')"
                    + " or ancestor::*[contains(@class, 'reason-dialog')]]//textarea"));
            shoot(browser, "mission-step-back-reason");
            reason.sendKeys("The budget is not approved yet");
            button(browser, "Step back to draft", "reason-confirm").click();
            browser.wait.until(ExpectedConditions.textToBe(STATUS, "Status: Draft"));
            browser.waitFor(By.xpath("//*[contains(@class, 'timeline-summary') and contains(., 'a step back')]"));

            // the itinerary says the Enschede weekday where the date differs, and its items open for editing
            WebElement item = browser.waitFor(By.cssSelector(".itinerary-item"));
            assertThat(item.getText())
                    .isEqualTo(
                            "17:30 PST–19:00 PST · Dinner with investors · University Avenue (Enschede Tue 02:30 CET)");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView()", item);
            item.findElement(By.cssSelector("vaadin-button.edit-itinerary-item"))
                    .click();
            browser.waitFor(By.cssSelector(".itinerary-editing"));
            shoot(browser, "mission-itinerary-edit");
        }
        assertThat(SystemAuthentication.call(() -> missions.get(mission.getId()))
                        .getStatus())
                .isEqualTo(MissionStatus.DRAFT);
    }

    @Test
    void theStepConfirmationReadsInDutch() {
        TradeMission mission = SystemAuthentication.call(() -> missions.save(new TradeMission(
                CrmFixtures.unique("Browsermissie"),
                fixtures.city("Dalian"),
                LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 8))));
        try (Browser browser = Browser.open(port, null, "nl-NL,nl")) {
            browser.signIn("officer", "officer-enschede");
            browser.go("/missions/" + mission.getId());
            browser.wait.until(ExpectedConditions.textToBe(STATUS, "Status: Concept"));

            button(browser, "Plannen").click();
            browser.wait.until(ExpectedConditions.elementToBeClickable(CONFIRM));
            assertThat(browser.driver
                            .findElement(By.cssSelector("vaadin-confirm-dialog[opened]"))
                            .getText())
                    .contains("Status wijzigen in gepland?");
            shoot(browser, "mission-step-confirm-nl");

            // a reported mission says why its delegation, itinerary and outcomes cannot change
            long reported = SystemAuthentication.call(() -> missions.list(
                            new nl.stedenband.mission.MissionFilter(
                                    2025, null, MissionStatus.REPORTED, null, "Silicon Valley"),
                            0,
                            1)
                    .getFirst()
                    .id());
            browser.go("/missions/" + reported);
            WebElement note = browser.waitFor(By.cssSelector(".mission-locked-note"));
            assertThat(note.getText()).startsWith("Verslag uitgebracht: delegatie, reisprogramma en resultaten");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView()", note);
            shoot(browser, "mission-reported-nl");
        }
    }

    @Test
    void cancellingAVideoconferenceAsksFirstAndCanBeKept() {
        nl.stedenband.meeting.Videoconference v = new nl.stedenband.meeting.Videoconference(
                CrmFixtures.unique("Browser session"),
                java.time.Instant.parse("2027-04-20T15:00:00Z"),
                60,
                fixtures.city("Enschede"));
        v.getCities().add(fixtures.city("Palo Alto"));
        long id = SystemAuthentication.call(() -> meetings.save(v)).getId();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-enschede");
            browser.go("/meetings/" + id);

            button(browser, "Cancel session").click();
            browser.wait.until(ExpectedConditions.elementToBeClickable(CONFIRM));
            assertThat(browser.driver
                            .findElement(By.cssSelector("vaadin-confirm-dialog[opened]"))
                            .getText())
                    .contains("Cancel “" + v.getTopic() + "”?", "leaves the lists of upcoming videoconferences");
            shoot(browser, "meeting-cancel-confirm");
            browser.driver
                    .findElement(By.xpath("//vaadin-confirm-dialog[@opened]//vaadin-button[@slot='cancel-button']"))
                    .click();
            browser.wait.until(
                    ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-confirm-dialog[opened]")));
        }
        assertThat(SystemAuthentication.call(() -> meetings.get(id)).getStatus())
                .isEqualTo(nl.stedenband.meeting.MeetingStatus.PROPOSED);
    }

    private static WebElement button(Browser browser, String text) {
        return browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    private static WebElement button(Browser browser, String text, String className) {
        return browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-button[contains(@class, '" + className + "') and normalize-space(.)='" + text + "']")));
    }

    /** The screen as it stands, at a desktop's width and a phone's. */
    private static void shoot(Browser browser, String name) {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.screenshot(name + "-1280");
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.screenshot(name + "-390");
        browser.driver.manage().window().setSize(new Dimension(1366, 900));
    }
}
