package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import nl.stedenband.StedenbandTest;
import nl.stedenband.contact.Contact;
import nl.stedenband.contact.ContactService;
import nl.stedenband.contact.CrmFixtures;
import nl.stedenband.contact.OrganizationFilter;
import nl.stedenband.contact.OrganizationService;
import nl.stedenband.contact.OrganizationType;
import nl.stedenband.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;

/**
 * The main flows by keyboard alone, in a real Chromium: every step is a key press sent to whatever
 * has the focus (never a click, never an element addressed directly), the way someone who cannot use
 * a mouse works. Steps move the focus with Tab until the element they want has it, so a control that
 * cannot be reached by Tab fails the test.
 */
@StedenbandTest
class KeyboardOnlyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    ContactService contacts;

    @Autowired
    OrganizationService organizations;

    @Test
    void signInFindAContactByTheSearchEditAndSaveByKeyboard() {
        Contact contact = fixtures.contact(
                fixtures.organization(OrganizationType.COMPANY, "Enschede"), CrmFixtures.unique("Keyfind"), null);
        try (Browser browser = Browser.open(port)) {
            Keyboard keys = new Keyboard(browser);
            signIn(browser, keys);

            browser.waitFor(By.cssSelector("vaadin-combo-box.global-search"));
            keys.controlUntilFocus("k", "the search box", f -> f.startsWith("vaadin-combo-box"));
            keys.type(contact.getLastName());
            browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + contact.getLastName() + "')]"));
            keys.press(Keys.ARROW_DOWN, Keys.ENTER);
            browser.wait.until(d -> d.getCurrentUrl().contains("/contacts/" + contact.getId()));

            keys.tabTo("the job title field", f -> f.equals("vaadin-text-field|Job title"));
            keys.control("a");
            keys.type("Keyboard lead");
            keys.control("s");
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'saved')]"));
        }
        assertThat(SystemAuthentication.call(() -> contacts.get(contact.getId()))
                        .getJobTitle())
                .isEqualTo("Keyboard lead");
    }

    @Test
    void createAnOrganizationAndOpenARowOfTheListByKeyboard() {
        String name = CrmFixtures.unique("Keyboard Works");
        try (Browser browser = Browser.open(port)) {
            Keyboard keys = new Keyboard(browser);
            signIn(browser, keys);
            browser.go("/organizations");

            keys.tabTo("the new-organization button", f -> f.equals("vaadin-button|New organization"));
            keys.press(Keys.ENTER);
            keys.tabTo("the name field", f -> f.equals("vaadin-text-field|Name"));
            keys.type(name);
            keys.tabTo("the type field", f -> f.equals("vaadin-combo-box|Type"));
            keys.type("Company");
            browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Company')]"));
            keys.press(Keys.ENTER);
            keys.tabTo("the city field", f -> f.equals("vaadin-combo-box|City"));
            keys.type("Enschede");
            browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Enschede')]"));
            keys.press(Keys.ENTER);
            keys.control("s");
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., 'saved')]"));
            assertThat(SystemAuthentication.call(() ->
                            organizations.list(new OrganizationFilter(name, null, null, null), 0, 5, Sort.unsorted())))
                    .extracting(o -> o.name() + " · " + o.type())
                    .containsExactly(name + " · " + OrganizationType.COMPANY);

            // the list: filter, then into the grid, to the row, and open it
            browser.go("/organizations");
            keys.tabTo("the list's search field", f -> f.equals("vaadin-text-field|Search organizations"));
            keys.type(name);
            browser.wait.until(d -> d.getCurrentUrl().contains("q="));
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + name + "')]"));
            keys.tabTo("the list's first row", f -> f.startsWith("vaadin-grid|") && f.endsWith("|td"));
            keys.press(Keys.SPACE);
            browser.wait.until(d -> d.getCurrentUrl().matches(".*/organizations/\\d+.*"));
            browser.waitFor(By.xpath("//vaadin-text-field[label[normalize-space()='Name']]//input"));
            assertThat(browser.driver
                            .findElement(By.xpath("//vaadin-text-field[label[normalize-space()='Name']]//input"))
                            .getDomProperty("value"))
                    .isEqualTo(name);
        }
    }

    private static void signIn(Browser browser, Keyboard keys) {
        browser.go("/login");
        browser.waitFor(By.cssSelector("#vaadinLoginUsername input"));
        keys.tabTo("the username field", f -> f.equals("vaadin-text-field|Username"));
        keys.type("officer");
        keys.press(Keys.TAB);
        keys.type("officer-enschede");
        keys.press(Keys.ENTER);
        browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Key presses to whatever has the focus, and a description of that element to steer by. */
    private record Keyboard(Browser browser) {

        /**
         * The focused element through shadow roots, as "component|accessible name", plus the cell kind
         * (th or td) inside a grid.
         */
        private static final String FOCUSED = """
                let deepest = document.activeElement;
                while (deepest && deepest.shadowRoot && deepest.shadowRoot.activeElement) deepest = deepest.shadowRoot.activeElement;
                if (!deepest) return '';
                const root = deepest.getRootNode();
                const start = root instanceof ShadowRoot ? root.host : deepest;
                const host = start.closest('vaadin-text-field,vaadin-text-area,vaadin-combo-box,vaadin-button,'
                    + 'vaadin-grid,vaadin-date-picker,vaadin-select,vaadin-email-field,vaadin-password-field,'
                    + 'vaadin-side-nav-item,vaadin-menu-bar') || start;
                const label = host.querySelector(':scope > label');
                const name = (label && label.textContent.trim()) || deepest.getAttribute('aria-label')
                    || host.getAttribute('aria-label') || host.getAttribute('placeholder')
                    || (host.localName === 'vaadin-button' ? host.textContent.trim() : '');
                return host.localName + '|' + name + (host.localName === 'vaadin-grid' ? '|' + deepest.localName : '');
                """;

        void press(CharSequence... keys) {
            new Actions(browser.driver).sendKeys(keys).perform();
        }

        /** A key with Ctrl held, as a person presses it (a chord typed as text does not reach shortcuts). */
        void control(String key) {
            new Actions(browser.driver)
                    .keyDown(Keys.CONTROL)
                    .sendKeys(key)
                    .keyUp(Keys.CONTROL)
                    .perform();
        }

        void type(String text) {
            new Actions(browser.driver).sendKeys(text).perform();
        }

        String focused() {
            return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(FOCUSED));
        }

        /**
         * Presses Ctrl+{@code key} until the wanted element has the focus: a page that has just loaded
         * may not have wired its shortcuts yet, as a person who presses again would notice.
         */
        void controlUntilFocus(String key, String what, Predicate<String> wanted) {
            for (int attempt = 0; attempt < 5; attempt++) {
                control(key);
                long until = System.currentTimeMillis() + 2_000;
                while (System.currentTimeMillis() < until) {
                    if (wanted.test(focused())) {
                        return;
                    }
                    sleepABit();
                }
            }
            throw new AssertionError(what + " never got the focus with Ctrl+" + key + "; it is on " + focused());
        }

        /** Tab forward until the wanted element has the focus; fails when it is not reachable. */
        void tabTo(String what, Predicate<String> wanted) {
            browser.wait.until(d -> !focused().isEmpty());
            for (int i = 0; i < 80; i++) {
                String now = focused();
                if (wanted.test(now)) {
                    return;
                }
                press(Keys.TAB);
                sleepABit();
            }
            throw new AssertionError(what + " cannot be reached with Tab; the focus ends on " + focused());
        }

        private static void sleepABit() {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
