package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.DashboardConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wallboard over the embedded simulator's project, end to end: the client model's figures (agents by status,
 * service level, abandon rate) reach the wall screen, at 1920×1080. Its screenshot is the one in the README.
 */
class WallboardDemoBrowserTest {

    @Test
    void theDemoProjectsModelFiguresFillTheWallboard(@TempDir Path data) {
        try (BrowserDashboard dashboard = BrowserDashboard.start(DashboardConfig.builder().port(0).simulator(true)
                .dataDir(data).build())) {
            HeadlessChromium browser = dashboard.browser();
            dashboard.openOrigin();
            browser.js("localStorage.setItem('cccp-lang', 'fr')");
            browser.devtools("Emulation.setDeviceMetricsOverride", Map.of("width", 1920, "height", 1080,
                    "deviceScaleFactor", 1, "mobile", false));
            browser.driver().get(dashboard.base() + "/wallboard/DEMO");
            browser.await("the model's figures", d -> Boolean.TRUE.equals(browser.js(
                    "return ['agents_available', 'agents_talking', 'service_level', 'abandon_rate']"
                            + ".every(f => document.querySelector(`[data-figure='${f}'] .wb-value`))")));
            assertThat(browser.js("return document.querySelector(\"[data-figure='service_level'] .wb-value\")"
                    + ".textContent")).asString().matches("\\d+ %");
            assertThat(browser.js("return document.getElementById('wb-conn').dataset.state")).isEqualTo("live");
            browser.screenshot("wallboard-demo-1920x1080");
        }
    }
}
