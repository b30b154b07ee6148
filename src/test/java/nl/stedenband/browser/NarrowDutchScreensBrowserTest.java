package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
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
                List<String> found = ScreenFindings.at(browser, view.getKey(), view.getValue());
                browser.screenshot("narrow-nl" + view.getKey().replaceAll("[^a-z]+", "-"));
                if (!found.isEmpty()) {
                    problems.put(view.getKey(), found);
                }
            }
            assertThat(problems).as("findings per view at 320 px in Dutch").isEmpty();
        }
    }
}
