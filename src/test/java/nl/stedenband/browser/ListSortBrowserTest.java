package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium: an officer sorts the contacts by name, then by city; the list is then sorted
 * by city alone, the URL says so, and the link opens the list in the same order, in English and Dutch.
 */
@StedenbandTest
class ListSortBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Test
    void aSecondHeaderClickReplacesTheSortAndTheLinkKeepsIt() {
        String word = CrmFixtures.unique("Browsersort").replace(" ", "");
        Contact dalian = inCity("Aaberg " + word, "Dalian");
        Contact enschede = inCity("Bosman " + word, "Enschede");
        Contact dalianToo = inCity("Claes " + word, "Dalian");

        String link;
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-enschede");
            browser.go("/contacts?q=" + word);
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Claes " + word + "')]"));

            sorter(browser, "Name").click();
            browser.wait.until(d -> d.getCurrentUrl().contains("sort=name"));
            sorter(browser, "City").click();
            browser.wait.until(d -> d.getCurrentUrl().contains("sort=city"));

            assertThat(sorter(browser, "City").getAttribute("direction")).isEqualTo("asc");
            assertThat(sorter(browser, "Name").getAttribute("direction"))
                    .as("the name sort is replaced, not kept first")
                    .isNull();
            assertThat(lastNames(browser, word))
                    .containsExactly(dalian.getLastName(), dalianToo.getLastName(), enschede.getLastName());
            sorter(browser, "City").click();
            browser.wait.until(d -> d.getCurrentUrl().contains("sort=city%2Cdesc")
                    || d.getCurrentUrl().contains("sort=city,desc"));
            link = browser.driver
                    .getCurrentUrl()
                    .substring(browser.driver.getCurrentUrl().indexOf("/contacts"));
            shoot(browser, "list-sorted-by-city-en");
        }

        try (Browser browser = Browser.open(port, null, "nl-NL,nl")) {
            browser.signIn("officer", "officer-enschede");
            browser.go(link);
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Claes " + word + "')]"));

            assertThat(sorter(browser, "Plaats").getAttribute("direction")).isEqualTo("desc");
            assertThat(lastNames(browser, word))
                    .containsExactly(enschede.getLastName(), dalianToo.getLastName(), dalian.getLastName());
            shoot(browser, "list-sorted-by-city-nl");
        }
    }

    private static WebElement sorter(Browser browser, String header) {
        return browser.waitFor(By.xpath("//vaadin-grid-sorter[normalize-space(.)='" + header + "']"));
    }

    /** The last names in the rows as the grid shows them, top to bottom. */
    @SuppressWarnings("unchecked")
    private static List<String> lastNames(Browser browser, String word) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript(
                        "const grid = document.querySelector('vaadin-grid.record-grid');"
                                + "return [...grid.shadowRoot.querySelectorAll('tbody#items tr:not([hidden])')]"
                                + ".sort((a, b) => a.index - b.index)"
                                + ".map(tr => [...tr.querySelectorAll('slot')].map(s => s.assignedElements()[0]?.textContent ?? '').join('|'))"
                                + ".map(t => t.split('|')[0])"
                                + ".filter(t => t.includes(arguments[0]))"
                                + ".map(t => t.replace(/^Test /, ''));",
                        word);
    }

    private static void shoot(Browser browser, String name) {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.screenshot(name + "-1280");
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.screenshot(name + "-390");
        // on a phone the filters come first; the sorted list is below them
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.querySelector('vaadin-grid.record-grid').scrollIntoView()");
        browser.screenshot(name + "-390-list");
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private Contact inCity(String lastName, String city) {
        Contact c = new Contact("Test", lastName);
        c.setCity(fixtures.city(city));
        return SystemAuthentication.call(() -> contacts.save(c));
    }
}
