package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone held upright (320 CSS pixels, WCAG 1.4.10 reflow) and in Dutch, with five partner
 * cities in the header's clock strip, every main view and a record's form read without scrolling
 * sideways and pass axe-core's WCAG 2.1 A/AA rules without serious or critical findings.
 */
@StedenbandTest
class NarrowDutchScreensBrowserTest {

    /** Route → an element that shows the view has rendered its content. */
    static final Map<String, String> VIEWS = new LinkedHashMap<>(AccessibilityBrowserTest.MAIN_VIEWS);

    static {
        VIEWS.put("/audit", "vaadin-grid");
        VIEWS.put("/contacts/new", "vaadin-text-field");
        VIEWS.put("/meetings/new", "vaadin-date-time-picker");
        VIEWS.put("/missions/new", "vaadin-text-field");
    }

    /** How far the page, or the view inside the frame, reaches past the window's right edge. */
    static final String OVERFLOW = """
            const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
            const view = document.getElementById('main-content');
            const inside = view ? view.scrollWidth - view.clientWidth : 0;
            const right = view ? Math.ceil(view.getBoundingClientRect().right - window.innerWidth) : 0;
            return Math.max(page, inside, right, 0);
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** Two more partners beside Dalian and Palo Alto, removed again after the test. */
    @BeforeEach
    void fivePartnerCities() {
        FivePartnerCities.add(jdbc);
    }

    @AfterEach
    void backToTheDemoCities() {
        FivePartnerCities.remove(jdbc);
    }

    @Test
    void everyViewReflowsAt320PixelsAndHasNoSeriousAccessibilityProblemsInDutch() {
        try (Browser browser = Browser.open(port, null, "nl-NL,nl")) {
            browser.driver.manage().window().setSize(new Dimension(320, 800));
            browser.signIn("admin", "admin-enschede");
            Map<String, List<String>> problems = new LinkedHashMap<>();
            for (Map.Entry<String, String> view : VIEWS.entrySet()) {
                browser.go(view.getKey());
                browser.waitFor(By.cssSelector(view.getValue()));
                AccessibilityBrowserTest.settle();
                String name = "narrow-nl" + view.getKey().replaceAll("[^a-z]+", "-");
                browser.screenshot(name);
                List<String> found = new java.util.ArrayList<>(Accessibility.violations(browser));
                long overflow = (Long) ((JavascriptExecutor) browser.driver).executeScript(OVERFLOW);
                if (overflow > 0) {
                    found.add("reflow: the page scrolls sideways by " + overflow + " px");
                }
                if (!found.isEmpty()) {
                    problems.put(view.getKey(), found);
                }
            }
            assertThat(problems).as("findings per view at 320 px in Dutch").isEmpty();
        }
    }
}
