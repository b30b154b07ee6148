package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real Chromium: strangers' failed sign-ins lock a new browser out of the account but not the
 * user's own, who is told of them after signing in; administrators see them per account.
 */
@StedenbandTest
class SignInProtectionBrowserTest {

    private static final String PASSWORD = "windmills-and-bicycles";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM sign_in_failure");
    }

    /** Failures by someone elsewhere, as the throttle writes them (their answers are tested over HTTP). */
    private void strangersFail(String username, int times) {
        for (int i = 0; i < times; i++) {
            jdbc.update(
                    "INSERT INTO sign_in_failure (account, address, step, failed_at) "
                            + "VALUES (?, '203.0.113.99', 'PASSWORD', UTC_TIMESTAMP(6))",
                    username);
        }
    }

    private static String bodyText(org.openqa.selenium.WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.innerText"));
    }

    private static void signOut(Browser browser) {
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
    }

    private static void attemptSignIn(Browser browser, String username, String password) {
        browser.go("/login");
        browser.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        WebElement field = browser.waitFor(By.cssSelector("#vaadinLoginPassword input"));
        field.sendKeys(password);
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    @Test
    void theUsersOwnBrowserGetsInDespiteStrangersAndIsToldOfTheirAttempts() {
        for (String language : new String[] {"en", "nl"}) {
            String username = "device-" + language + "-" + System.nanoTime() % 1_000_000;
            SystemAuthentication.call(
                    () -> users.createUser(username, "Device " + language, PASSWORD, Set.of(Role.VIEWER)));
            try (Browser own = Browser.open(port, null, language.equals("nl") ? "nl-NL,nl" : "en-GB,en");
                    Browser fresh = Browser.open(port, null, null)) {
                own.signIn(username, PASSWORD);
                signOut(own);
                strangersFail(username, 6);

                attemptSignIn(fresh, username, PASSWORD);
                fresh.wait.until(d -> d.getCurrentUrl().contains("error"));

                own.signIn(username, PASSWORD);
                String told = language.equals("nl")
                        ? "6 mislukte inlogpogingen op uw account sinds uw vorige bezoek"
                        : "6 failed sign-in attempts on your account since your last visit";
                own.wait.until(d -> bodyText(d).contains(told));
                // the card slides in from the top: photographed once it is all in view
                own.wait.until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "const c = document.querySelector('vaadin-notification-card'); return !!c && c.getBoundingClientRect().top >= 0;")));
                own.screenshot("failed-sign-ins-notice-" + language + "-1280");
                own.driver.manage().window().setSize(new Dimension(390, 844));
                own.screenshot("failed-sign-ins-notice-" + language + "-390");

                // closed, it stays closed: the next page does not repeat it
                own.waitFor(By.cssSelector("vaadin-notification-card vaadin-button"))
                        .click();
                own.wait.until(d -> !bodyText(d).contains(told));
                own.go("/contacts");
                own.waitFor(By.cssSelector("vaadin-grid"));
                assertThat(bodyText(own.driver)).doesNotContain(told);
            }
        }
    }

    @Test
    void administratorsSeeTheFailedSignInsOfTheLastDayPerAccount() {
        strangersFail("viewer", 4);
        for (String language : new String[] {"en", "nl"}) {
            try (Browser admin = Browser.open(port, null, language.equals("nl") ? "nl-NL,nl" : "en-GB,en")) {
                admin.signIn("admin", "admin-enschede");
                admin.go("/admin/users");
                admin.waitFor(By.cssSelector("vaadin-grid.user-grid"));
                String header = language.equals("nl") ? "Mislukt inloggen 24 u" : "Failed sign-ins 24 h";
                admin.wait.until(d -> String.valueOf(((JavascriptExecutor) d)
                                .executeScript("return document.querySelector('vaadin-grid.user-grid').innerText"))
                        .contains(header));
                admin.screenshot("users-failed-sign-ins-" + language + "-1280");
                admin.driver.manage().window().setSize(new Dimension(390, 844));
                admin.screenshot("users-failed-sign-ins-" + language + "-390");
            }
        }
    }
}
