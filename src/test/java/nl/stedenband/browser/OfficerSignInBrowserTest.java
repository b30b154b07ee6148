package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import nl.stedenband.StedenbandTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** In a real Chromium: an officer signs in and sees the shell with the ticking city clocks. */
@StedenbandTest
class OfficerSignInBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void anOfficerSignsInAndSeesTheShellWithTheCityClocks() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer", "officer-enschede");

            WebElement welcome = browser.waitFor(By.cssSelector(".dashboard-view h1"));
            assertThat(welcome.getText()).isEqualTo("Welcome, Sander Kuipers");
            assertThat(browser.driver
                            .findElement(By.cssSelector(".signed-in-user"))
                            .getText())
                    .isEqualTo("Sander Kuipers");
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item")))
                    .extracting(WebElement::getText)
                    .anyMatch(text -> text.contains("Dashboard"));

            // the dashboard's charts are drawn by Chart.js, served from its WebJar
            browser.waitFor(By.cssSelector(".dashboard-companies stedenband-chart canvas"));
            assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                            .executeScript("return typeof window.Chart"))
                    .isEqualTo("function");

            // the script has taken over the clocks: they tick in the browser
            browser.waitFor(By.cssSelector("stedenband-clock[data-ticking='true']"));
            List<WebElement> clocks = browser.driver.findElements(By.tagName("stedenband-clock"));
            assertThat(clocks)
                    .extracting(c -> c.getAttribute("zone"))
                    .startsWith("Europe/Amsterdam")
                    .contains("Asia/Shanghai", "America/Los_Angeles");
            for (WebElement clock : clocks) {
                ZoneId zone = ZoneId.of(clock.getAttribute("zone"));
                String shown = clock.findElement(By.cssSelector(".clock-time")).getText();
                assertThat(minutesApart(LocalTime.parse(shown), LocalTime.now(zone)))
                        .as("the clock of %s reads its local time", zone)
                        .isLessThanOrEqualTo(1);
            }
            browser.screenshot("officer-home");
        }
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheSignInPageWithAMessage() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys("officer");
            WebElement password = browser.waitFor(By.cssSelector("#vaadinLoginPassword input"));
            password.sendKeys("not-the-password");
            password.sendKeys(org.openqa.selenium.Keys.ENTER);

            browser.wait.until(d -> d.getCurrentUrl().contains("error"));
            browser.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("const f = document.querySelector('vaadin-login-form'); return !!(f && f.error);")));
            assertThat(browser.driver.findElements(By.cssSelector(".dashboard-view")))
                    .isEmpty();
        } finally {
            // failed sign-ins are kept in the database for every node: later tests sign the officer in
            jdbc.update("DELETE FROM sign_in_failure WHERE account = 'officer'");
        }
    }

    private static long minutesApart(LocalTime a, LocalTime b) {
        long diff = Math.floorMod(a.toSecondOfDay() / 60 - b.toSecondOfDay() / 60, 24 * 60);
        return Math.min(diff, 24 * 60 - diff);
    }
}
