package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.history.HistorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports page over what the live recorder stored: the dashboard's embedded simulator (project DEMO, synthetic
 * traffic) recorded into an embedded store while the test waits; the day's call search lists the calls that ended,
 * and one of them opens its console from the events the recorder stored with it (no log replay).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsLiveBrowserTest {

    @TempDir
    static Path dir;
    private BrowserDashboard dashboard;
    private HeadlessChromium browser;

    @BeforeAll
    void start() {
        dashboard = BrowserDashboard.start(DashboardConfig.builder().port(0).simulator(true).dataDir(dir)
                .history(HistorySettings.embedded(ZoneId.systemDefault())).build());
        browser = dashboard.browser();
        browser.recordScriptErrors();
    }

    @AfterAll
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void aCallTheLiveRecorderStoredOpensItsStoredConsole() {
        browser.driver().get(dashboard.base() + "/reports?view=calls&project=DEMO&disposition=answered");
        // the simulator's calls end one after the other; the search is asked again until one is stored
        long[] asked = {System.nanoTime()};
        browser.await("an answered call recorded live", Duration.ofSeconds(150), d -> {
            if (!rowKeys().isEmpty()) {
                return true;
            }
            if (System.nanoTime() - asked[0] > 5_000_000_000L) { // at most one search every 5 s
                asked[0] = System.nanoTime();
                browser.find("#r-show").click();
            }
            return false;
        });
        String reports = browser.driver().getWindowHandle();
        browser.find("#r-table tbody tr[data-key]").click();
        browser.await("the console opens in a new tab", d -> d.getWindowHandles().size() == 2);
        try {
            for (String handle : browser.driver().getWindowHandles()) {
                if (!handle.equals(reports)) {
                    browser.driver().switchTo().window(handle);
                }
            }
            assertThat(browser.driver().getCurrentUrl()).contains("/reports/console?project=DEMO&session=");
            browser.await("the stored console rows", Duration.ofSeconds(30),
                    d -> !browser.findAll("#c-rows tr[data-id]").isEmpty());
            assertThat(browser.find("#c-status").getAttribute("data-state")).isEqualTo("ok");
            browser.screenshot("reports-live-stored-console");
            assertThat(browser.scriptErrors()).isEqualTo("[]");
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(reports);
        }
        assertThat(browser.scriptErrors()).isEqualTo("[]");
    }

    @SuppressWarnings("unchecked")
    private List<String> rowKeys() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#r-table tbody tr[data-key]')]"
                + ".map((tr) => tr.dataset.key)");
    }
}
