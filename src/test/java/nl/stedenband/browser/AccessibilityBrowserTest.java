package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every main view passes axe-core's WCAG 2.1 A/AA rules without serious or critical findings, as
 * the Dutch government requires of public bodies' software.
 */
@StedenbandTest
class AccessibilityBrowserTest {

    /** Route → an element that shows the view has rendered its content. */
    static final Map<String, String> MAIN_VIEWS = new LinkedHashMap<>();

    static {
        MAIN_VIEWS.put("/", ".dashboard-card");
        MAIN_VIEWS.put("/organizations", "vaadin-grid");
        MAIN_VIEWS.put("/contacts", "vaadin-grid");
        MAIN_VIEWS.put("/cities", "vaadin-grid");
        MAIN_VIEWS.put("/schedule?date=2026-01-15", ".schedule-ranked li");
        MAIN_VIEWS.put("/meetings", "vaadin-grid");
        MAIN_VIEWS.put("/missions", "vaadin-grid");
        MAIN_VIEWS.put("/exchanges", "vaadin-grid");
        MAIN_VIEWS.put("/tasks", "vaadin-grid");
        MAIN_VIEWS.put("/opportunities", "vaadin-grid");
        MAIN_VIEWS.put("/opportunities/board", ".board-column");
        MAIN_VIEWS.put("/admin/users", "vaadin-grid");
        MAIN_VIEWS.put("/admin/retention", ".retention-rules");
        MAIN_VIEWS.put("/account", "h1");
        MAIN_VIEWS.put("/import", "vaadin-upload");
    }

    @LocalServerPort
    int port;

    @Test
    void theSignInPageHasNoSeriousAccessibilityProblems() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.waitFor(By.cssSelector("#vaadinLoginUsername"));

            assertThat(Accessibility.violations(browser)).isEmpty();
        }
    }

    @Test
    void everyMainViewHasNoSeriousAccessibilityProblems() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", "admin-enschede");
            Map<String, List<String>> problems = new LinkedHashMap<>();
            for (Map.Entry<String, String> view : MAIN_VIEWS.entrySet()) {
                browser.go(view.getKey());
                browser.waitFor(By.cssSelector(view.getValue()));
                settle();
                List<String> found = Accessibility.violations(browser);
                if (!found.isEmpty()) {
                    problems.put(view.getKey(), found);
                    browser.screenshot("a11y" + view.getKey().replaceAll("[^a-z]+", "-"));
                }
            }
            assertThat(problems)
                    .as("serious or critical WCAG findings per view")
                    .isEmpty();
        }
    }

    /** Grids fill their rows a moment after they appear. */
    static void settle() {
        try {
            Thread.sleep(Duration.ofMillis(700));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
