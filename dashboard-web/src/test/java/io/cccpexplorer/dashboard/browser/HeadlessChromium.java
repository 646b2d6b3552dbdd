package io.cccpexplorer.dashboard.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (no Selenium Manager, no download), as verified in
 * {@code browser-tests.md}. A missing browser fails the test with the command that installs it: browser tests are
 * never skipped silently. Public so that the replay pages' browser test launches the browser the same way.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path screenshots;

    private HeadlessChromium(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Starts a browser; fails (never skips) when Chromium or its driver is not installed. */
    public static HeadlessChromium launch() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("Headless Chromium is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): run scripts/install-browser.sh");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1400,900",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), screenshotDirectory());
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits up to 20 s for a condition to return a non-null, non-false value. */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return await(what, DEFAULT_WAIT, condition);
    }

    public <T> T await(String what, Duration timeout, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.withMessage(what);
        return wait.until(condition::apply);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an asynchronous script; it reports its result by calling its last argument. */
    public Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Runs a Chrome DevTools command (e.g. to block a URL and force the polling fallback) and returns its result. */
    public Map<String, Object> devtools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /**
     * From now on every page records its uncaught script errors and rejected promises; {@link #scriptErrors()}
     * reads them (as a JSON array) for the page shown.
     */
    public void recordScriptErrors() {
        devtools("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__errors = [];"
                        + "window.addEventListener('error', (e) => window.__errors.push(String(e.message)));"
                        + "window.addEventListener('unhandledrejection', (e) => "
                        + "window.__errors.push(String(e.reason)));"));
    }

    /** The script errors the page shown has recorded since it loaded, as a JSON array ({@code []} when none). */
    public Object scriptErrors() {
        return js("return JSON.stringify(window.__errors || [])");
    }

    /** Saves a PNG under {@code <build dir>/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** The build directory is the parent of test-classes, whatever -Dcccp.targetDir named it. */
    private static Path screenshotDirectory() {
        try {
            Path testClasses = Path.of(HeadlessChromium.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            return testClasses.getParent().resolve("screenshots");
        } catch (URISyntaxException e) {
            return Path.of("target", "screenshots");
        }
    }
}
