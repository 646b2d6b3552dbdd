package io.cccpexplorer.dashboard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.browser.HeadlessChromium;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The History page in headless Chromium: load one hour, see the progress end in "Ready", browse and search the calls,
 * open a call's console (events, search highlight, Esc, right-click copy, theme route: the live console's shared
 * code), delete the snapshot through the confirmation dialog.
 */
class ReplayBrowserTest {

    @TempDir
    static Path root;
    static ReplaySnapshots snapshots;
    static ReplayHttp http;
    static HeadlessChromium chromium;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        ReplayLogs.write(root, TrafficProfile.SMALL.withProject("ACME").withHost("acme-ccxml-1"), 11,
                Instant.parse("2026-02-09T08:00:00Z"), Instant.parse("2026-02-09T09:59:00Z"));
        snapshots = new ReplaySnapshots(ReplaySettings.of(Optional.of(root), ZoneId.of("Europe/Paris")),
                Clock.systemUTC());
        http = new ReplayHttp(new ReplayRoutes(snapshots), Clock.systemUTC());
        chromium = HeadlessChromium.launch();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (http != null) {
            http.close();
        }
        if (snapshots != null) {
            snapshots.close();
        }
    }

    @Test
    void loadBrowseOpenTheConsoleAndDelete() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(http.base() + "/replay");
        wait.until(d -> !d.findElements(By.cssSelector("#r-project option[value=ACME]")).isEmpty());
        assertThat(browser.findElement(By.id("r-date")).getAttribute("value")).isEqualTo("2026-02-09");
        assertThat(browser.findElement(By.id("zone-info")).getText()).contains("Europe/Paris");

        new Select(browser.findElement(By.id("r-hour"))).selectByValue("10");
        browser.findElement(By.id("r-load")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#r-calls tr.clickable")).isEmpty());

        assertThat(browser.findElement(By.id("r-job")).getAttribute("data-state")).isEqualTo("ready");
        assertThat(browser.findElement(By.id("r-job-text")).getText()).startsWith("Ready:");
        assertThat(browser.findElement(By.id("r-snapshots")).getText()).contains("ACME_2026-02-09_10");
        List<WebElement> rows = browser.findElements(By.cssSelector("#r-calls tr.clickable"));
        assertThat(browser.findElement(By.id("r-page")).getText()).contains("(" + rows.size() + " calls)");
        List<String> starts = rows.stream().map(r -> r.findElement(By.cssSelector("td:nth-child(2)")).getText())
                .toList();
        assertThat(starts).allMatch(s -> s.startsWith("2026-02-09T10:"))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String caller = rows.get(0).findElement(By.cssSelector("td:nth-child(3)")).getText();
        String session = rows.get(0).getAttribute("data-session");
        browser.findElement(By.id("r-search")).sendKeys(session);
        wait.until(d -> d.findElement(By.id("r-result")).getText().equals("1 matching calls"));
        assertThat(browser.findElement(By.cssSelector("#r-calls tr.clickable td:nth-child(3)")).getText())
                .isEqualTo(caller);

        String main = browser.getWindowHandle();
        browser.findElement(By.cssSelector("#r-calls tr.clickable td:nth-child(2)")).click();
        wait.until(d -> d.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(main)).findFirst()
                .orElseThrow());
        wait.until(d -> d.findElement(By.id("c-status")).getText().equals("OK"));
        assertThat(browser.findElement(By.id("c-session")).getText()).isEqualTo(session);
        int lines = Integer.parseInt(browser.findElement(By.id("c-lines")).getText());
        assertThat(browser.findElements(By.cssSelector("#c-rows tr"))).hasSize(lines).hasSizeGreaterThan(3);
        assertThat(browser.findElements(By.cssSelector("#c-rows td.c-date")))
                .allMatch(td -> td.getText().matches("2026-02-09 10:\\d\\d:\\d\\d"));   // the one date format
        assertThat(browser.findElement(By.id("c-zone")).getText()).endsWith("(UTC+01:00)");
        browser.findElement(By.id("c-search")).sendKeys("alerting");
        wait.until(d -> !d.findElements(By.cssSelector("#c-rows mark")).isEmpty());
        assertThat(browser.findElement(By.id("c-match")).getText()).matches("\\d+ of " + lines + " rows, \\d+ matches");
        // the live console's keys, copy and theme routes, shared through SessionConsole
        browser.findElement(By.id("c-search")).sendKeys(Keys.ESCAPE);
        wait.until(d -> d.findElements(By.cssSelector("#c-rows mark")).isEmpty());
        assertThat(browser.findElement(By.id("c-match")).getText()).isEmpty();
        WebElement cell = browser.findElement(By.cssSelector("#c-rows td.c-name"));
        new Actions(browser).contextClick(cell).perform();
        wait.until(d -> "true".equals(cell.getAttribute("data-copied")));
        assertThat(browser.findElement(By.cssSelector(".toast")).getText()).isEqualTo("Copied");
        new Select(browser.findElement(By.id("theme-select"))).selectByValue("light");
        assertThat(browser.getCurrentUrl()).contains("/replay_light/console?snapshot=");
        chromium.screenshot("replay-console-light");
        browser.close();
        browser.switchTo().window(main);

        browser.findElement(By.cssSelector("#r-snapshots .remove")).click();
        WebElement dialog = browser.findElement(By.id("r-confirm"));
        assertThat(dialog.getAttribute("open")).isNotNull();
        browser.findElement(By.id("r-confirm-ok")).click();
        wait.until(d -> d.findElements(By.cssSelector("#r-snapshots li")).isEmpty());
        assertThat(snapshots.list()).isEmpty();
        assertThat(browser.findElement(By.id("r-open-label")).getText()).contains("deleted");
    }

    @Test
    void theHistoryPageAndItsConsoleSpeakFrench() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(http.base() + "/static/css/app.css");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.setItem('cccp-lang', 'fr')");
        try {
            browser.get(http.base() + "/replay");
            wait.until(d -> !d.findElements(By.cssSelector("#r-project option[value=ACME]")).isEmpty());
            assertThat(browser.getTitle()).startsWith("Historique");
            assertThat(browser.findElement(By.id("load-title")).getText()).isEqualTo("Charger des journaux");
            assertThat(browser.findElement(By.id("r-load")).getText()).isEqualTo("Charger");
            assertThat(browser.findElement(By.id("zone-info")).getText()).isEqualTo("Dates et heures en Europe/Paris");
            assertThat(browser.findElements(By.cssSelector("table.data th"))).extracting(WebElement::getText)
                    .contains("Début", "Appelant", "Appelé", "Durée", "File");
            chromium.screenshot("replay-french");

            browser.get(http.base() + "/replay/console");
            wait.until(d -> d.findElement(By.id("c-status")).getText().equals("Aucune session"));
            assertThat(browser.findElement(By.cssSelector("#c-rows td.placeholder")).getText())
                    .contains("ni instantané ni session");
            assertThat(browser.findElements(By.cssSelector("table.console th"))).extracting(WebElement::getText)
                    .containsExactly("Date", "Source", "Cible", "État", "Nom", "Données");
        } finally {
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("localStorage.removeItem('cccp-lang')");
        }
    }

    @Test
    void missingLinkParametersAreExplainedNotFetched() {
        WebDriver d = browser;
        d.get(http.base() + "/replay/console");
        new WebDriverWait(d, Duration.ofSeconds(10))
                .until(x -> x.findElement(By.id("c-status")).getText().equals("No session"));
        assertThat(d.findElement(By.cssSelector("#c-rows td.placeholder")).getText()).contains("names no snapshot");
    }
}
