package nl.stedenband.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What a user would trip over on one screen: axe-core's serious and critical WCAG findings, and a
 * page that scrolls sideways (WCAG 1.4.10 reflow). Shared by the checks per width, language and role.
 */
final class ScreenFindings {

    /** How far the page, or the view inside the frame, reaches past the window's right edge. */
    private static final String OVERFLOW = """
            const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
            const view = document.getElementById('main-content');
            const inside = view ? view.scrollWidth - view.clientWidth : 0;
            const right = view ? Math.ceil(view.getBoundingClientRect().right - window.innerWidth) : 0;
            return Math.max(page, inside, right, 0);
            """;

    private ScreenFindings() {}

    /** Opens {@code route}, waits for {@code readySelector} and the grids' rows, and lists what it finds. */
    static List<String> at(Browser browser, String route, String readySelector) {
        browser.go(route);
        browser.waitFor(By.cssSelector(readySelector));
        AccessibilityBrowserTest.settle();
        List<String> found = new ArrayList<>(Accessibility.violations(browser));
        long overflow = (Long) ((JavascriptExecutor) browser.driver).executeScript(OVERFLOW);
        if (overflow > 0) {
            found.add("reflow: the page scrolls sideways by " + overflow + " px");
        }
        return found;
    }
}
