package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium, signed in: a mistyped or stale address shows the friendly not-found page inside
 * the shell, with the way back — never a blank page, Vaadin's route list or a stack trace.
 */
@StedenbandTest
class BadAddressBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressAndAMalformedIdShowTheNotFoundPageWithTheWayBack() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-enschede");

            browser.go("/no-such-page");
            WebElement heading = browser.waitFor(By.cssSelector(".not-found-view h1"));
            assertThat(heading.getText()).isEqualTo("Page not found");
            assertThat(browser.driver
                            .findElement(By.cssSelector(".not-found-message"))
                            .getText())
                    .contains("/no-such-page");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")))
                    .as("the menu is still there")
                    .isNotEmpty();
            String page = browser.driver.getPageSource();
            assertThat(page).doesNotContain("Exception", "at nl.stedenband", "Could not navigate");

            browser.driver.findElement(By.cssSelector(".not-found-view a")).click();
            browser.waitFor(By.cssSelector(".dashboard-view h1"));

            browser.go("/contacts/abc");
            assertThat(browser.waitFor(By.cssSelector(".not-found-view h1")).getText())
                    .endsWith("ot found");
            assertThat(browser.driver
                            .findElement(By.cssSelector(".not-found-message"))
                            .getText())
                    .isNotBlank();
            assertThat(browser.driver.getPageSource()).doesNotContain("Exception", "at nl.stedenband");
            browser.screenshot("bad-address");
        }
    }
}
