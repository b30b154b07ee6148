package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.Organization;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.opportunity.Opportunity;
import nl.stedenband.opportunity.OpportunityKind;
import nl.stedenband.opportunity.OpportunityService;
import nl.stedenband.opportunity.OpportunityStage;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium: a startup coordinator drags a card to the next column of the board, and a
 * drag the stage flow does not allow leaves the card where it was with the reason.
 */
@StedenbandTest
class OpportunityBoardBrowserTest {

    /**
     * Selenium's drag actions do not produce HTML5 drag events in Chromium, so the test dispatches
     * the events a user's drag produces: dragstart on the card, dragenter, dragover and drop on the
     * column, dragend on the card.
     */
    private static final String DRAG = """
            const card = arguments[0], column = arguments[1];
            const data = new DataTransfer();
            const fire = (target, type) => target.dispatchEvent(
                new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
            fire(card, 'dragstart');
            fire(column, 'dragenter');
            fire(column, 'dragover');
            fire(column, 'drop');
            fire(card, 'dragend');
            """;

    @LocalServerPort
    int port;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    OpportunityService opportunities;

    @Test
    void aCoordinatorDragsACardToTheNextStageAndARefusedDragExplainsWhy() {
        Organization startup = fixtures.organization(OrganizationType.STARTUP, "Enschede");
        Opportunity o = SystemAuthentication.call(() -> opportunities.save(
                new Opportunity(CrmFixtures.unique("Dragged"), OpportunityKind.STARTUP_INTRODUCTION, startup)));
        String card = ".board-card[data-id='" + o.getId() + "']";
        try (Browser browser = Browser.open(port)) {
            browser.signIn("coordinator", "coordinator-enschede");
            browser.go("/opportunities/board?organization=" + startup.getId());

            drag(
                    browser,
                    browser.waitFor(By.cssSelector("[data-stage='IDENTIFIED'] " + card)),
                    browser.waitFor(By.cssSelector("section[data-stage='WON']")));
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'cannot become won')]"));
            assertThat(browser.driver.findElements(By.cssSelector("[data-stage='IDENTIFIED'] " + card)))
                    .hasSize(1);
            browser.screenshot("board-refused-drag");

            drag(
                    browser,
                    browser.waitFor(By.cssSelector("[data-stage='IDENTIFIED'] " + card)),
                    browser.waitFor(By.cssSelector("section[data-stage='CONTACTED']")));
            browser.waitFor(By.cssSelector("[data-stage='CONTACTED'] " + card));
            assertThat(browser.driver.findElements(By.cssSelector("[data-stage='IDENTIFIED'] " + card)))
                    .isEmpty();
            browser.wait.until(
                    d -> String.valueOf(o.getId())
                            .equals(
                                    ((JavascriptExecutor) d)
                                            .executeScript(
                                                    "const c = document.activeElement && document.activeElement.closest('.board-card'); return c ? c.dataset.id : null;")));
            browser.screenshot("board-after-drag");

            browser.driver.findElement(By.cssSelector(card + " a")).click();
            browser.wait.until(d -> d.getCurrentUrl().contains("/opportunities/" + o.getId()));
            browser.waitFor(By.xpath("//h3[normalize-space()='Stage: Contacted']"));
            browser.screenshot("opportunity-page");
        }
        assertThat(SystemAuthentication.call(() -> opportunities.get(o.getId())).getStage())
                .isEqualTo(OpportunityStage.CONTACTED);
    }

    private static void drag(Browser browser, WebElement card, WebElement column) {
        ((JavascriptExecutor) browser.driver).executeScript(DRAG, card, column);
    }
}
