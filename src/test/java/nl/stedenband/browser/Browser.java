package nl.stedenband.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the real-browser tests (Debian's chromium and chromium-driver). Without
 * them the tests skip with a message, unless {@code STEDENBAND_BROWSER_TESTS=required} (CI), when
 * they fail instead.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    final WebDriver driver;
    final WebDriverWait wait;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static Browser open(int port) {
        return open(port, null, null);
    }

    /**
     * A browser that saves downloads into {@code downloads} without asking, and asks for pages in
     * {@code languages} (an Accept-Language list such as "nl-NL,nl").
     */
    static Browser open(int port, @Nullable Path downloads, @Nullable String languages) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Real-browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver)";
            if ("required".equalsIgnoreCase(System.getenv("STEDENBAND_BROWSER_TESTS"))) {
                Assertions.fail(message + ", and STEDENBAND_BROWSER_TESTS=required");
            }
            Assumptions.abort(message + "; skipped");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1366,900",
                "--lang=en-GB");
        java.util.Map<String, Object> prefs = new java.util.HashMap<>();
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("download.directory_upgrade", true);
        }
        if (languages != null) {
            prefs.put("intl.accept_languages", languages);
        }
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        if (downloads != null) {
            // headless Chromium ignores the preference in some versions; the DevTools call is heard by all
            driver.executeCdpCommand(
                    "Browser.setDownloadBehavior",
                    java.util.Map.of(
                            "behavior",
                            "allow",
                            "downloadPath",
                            downloads.toAbsolutePath().toString()));
        }
        return new Browser(driver, "http://localhost:" + port);
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    void signIn(String username, String password) {
        go("/login");
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        WebElement passwordField = waitFor(By.cssSelector("#vaadinLoginPassword input"));
        passwordField.sendKeys(password);
        passwordField.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(target.resolve(name + ".png"), png);
        } catch (Exception e) {
            // a missing screenshot must not hide the test's own result
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
