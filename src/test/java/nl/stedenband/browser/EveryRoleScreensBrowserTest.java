package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the administrator's checks ({@link AccessibilityBrowserTest} in English at desktop width,
 * {@link NarrowDutchScreensBrowserTest} in Dutch at 320 px) find, checked for the other roles too:
 * each role sees other menus, buttons and empty states, so each role opens every view it may open,
 * in both languages, once on a phone held upright and once on a desktop, with five partner cities.
 * No serious or critical axe finding and no sideways scrolling.
 */
@StedenbandTest
class EveryRoleScreensBrowserTest {

    /** The views of the 320 px check a role may not open (the route table in docs/domain.md). */
    private static final Map<String, Set<String>> REFUSED = Map.of(
            "officer", Set.of("/admin/users", "/admin/retention"),
            "coordinator", Set.of("/admin/users", "/admin/retention", "/audit", "/missions/new"),
            "viewer",
                    Set.of(
                            "/admin/users",
                            "/admin/retention",
                            "/audit",
                            "/import",
                            "/contacts/new",
                            "/meetings/new",
                            "/missions/new"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fivePartnerCities() {
        FivePartnerCities.add(jdbc);
    }

    @AfterEach
    void backToTheDemoCities() {
        FivePartnerCities.remove(jdbc);
    }

    @ParameterizedTest(name = "{0}, {1}, {2} px")
    @CsvSource({
        "officer, nl-NL, 320", "officer, en-GB, 1280",
        "coordinator, en-GB, 320", "coordinator, nl-NL, 1280",
        "viewer, nl-NL, 320", "viewer, en-GB, 1280"
    })
    void everyViewTheRoleMayOpenReadsWellAndHasNoSeriousAccessibilityProblems(String role, String language, int width) {
        try (Browser browser = Browser.open(port, null, language + "," + language.substring(0, 2))) {
            browser.driver.manage().window().setSize(new Dimension(width, 800));
            browser.signIn(role, role + "-enschede");
            Map<String, List<String>> problems = new LinkedHashMap<>();
            for (Map.Entry<String, String> view : NarrowDutchScreensBrowserTest.VIEWS.entrySet()) {
                if (REFUSED.get(role).contains(view.getKey())) {
                    continue;
                }
                List<String> found = ScreenFindings.at(browser, view.getKey(), view.getValue());
                if (!found.isEmpty()) {
                    problems.put(view.getKey(), found);
                    browser.screenshot("role-" + role + "-" + language + "-" + width
                            + view.getKey().replaceAll("[^a-z]+", "-"));
                }
            }
            assertThat(problems)
                    .as("findings per view for %s in %s at %d px", role, language, width)
                    .isEmpty();
        }
    }
}
