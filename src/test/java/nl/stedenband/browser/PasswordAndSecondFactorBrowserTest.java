package nl.stedenband.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import nl.stedenband.StedenbandTest;
import nl.stedenband.security.Role;
import nl.stedenband.security.SystemAuthentication;
import nl.stedenband.security.UserService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium, in English and Dutch, wide and phone-narrow: a user signs in with a long
 * password in several scripts, is told beside the field why a new password is refused, and sets
 * up an authenticator app from a QR code that the page's Content-Security-Policy lets show.
 */
@StedenbandTest
class PasswordAndSecondFactorBrowserTest {

    /** 101 characters, accented and Cyrillic: bcrypt would have cut it at 72 bytes. */
    private static final String PASSWORD =
            "Ĉiuj ŝatas la kanalojn — über Brücken, née à Orléans; Привет из Энсхеде, tulpen en fietsen ñ ø å";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @ParameterizedTest(name = "{0}, {1} px")
    @CsvSource({"en, 1280", "en, 390", "nl, 1280", "nl, 390"})
    void aLongPasswordSignsInAndTheAccountPagesExplainAndShowTheQrCode(String language, int width) {
        String username = "browser-" + language + "-" + width + "-" + System.nanoTime() % 100_000;
        SystemAuthentication.call(
                () -> users.createUser(username, "Browser Tester", PASSWORD, EnumSet.of(Role.VIEWER)));

        try (Browser browser = Browser.open(port, null, language.equals("nl") ? "nl-NL,nl" : "en-GB,en")) {
            browser.driver.manage().window().setSize(new Dimension(width, 900));
            browser.signIn(username, PASSWORD);
            browser.waitFor(By.cssSelector(".dashboard-view"));

            browser.go("/account/password");
            List<WebElement> fields = browser.wait.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("vaadin-password-field"));
                return found.size() == 3 ? found : null;
            });
            WebElement chosen = fields.get(1);
            chosen.findElement(By.cssSelector("input")).sendKeys("qwerty123456", Keys.TAB);
            String error = browser.wait.until(d -> {
                Object text = ((JavascriptExecutor) d)
                        .executeScript(
                                "const e = arguments[0].querySelector('[slot=\\'error-message\\']'); return e ? e.textContent : ''",
                                chosen);
                return text == null || text.toString().isBlank() ? null : text.toString();
            });
            assertThat(chosen.getAttribute("invalid")).isNotNull();
            assertThat(error)
                    .startsWith(
                            language.equals("nl")
                                    ? "Dit wachtwoord is makkelijk te raden."
                                    : "This password is easy to guess.");
            browser.screenshot("password-refused-" + language + "-" + width);

            browser.go("/account");
            browser.waitFor(By.cssSelector("vaadin-button.totp-set-up")).click();
            WebElement qr = browser.waitFor(By.cssSelector("img.totp-qr"));
            browser.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr)));
            assertThat(qr.getAttribute("alt")).isNotBlank();
            assertThat(qr.getSize().getWidth()).isLessThanOrEqualTo(width);
            assertThat(browser.driver
                            .findElement(By.cssSelector(".totp-secret"))
                            .getText())
                    .matches("[A-Z2-7 ]{20,}");
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", qr);
            browser.screenshot("totp-qr-" + language + "-" + width);
        }
    }
}
