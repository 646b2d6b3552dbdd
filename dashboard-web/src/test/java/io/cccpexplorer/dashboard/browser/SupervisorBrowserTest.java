package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a supervisor sees, in a real browser, on a project the test controls ({@link LabProject}) with the intraday
 * chart's cadence at 100 ms: the chart keeps every pushed point and still has them after a reload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorBrowserTest {

    /** 100 pushes at the default 10 s cadence would be 16 minutes; here they take 10 s. */
    private static final Duration CADENCE = Duration.ofMillis(100);
    private static final int PUSHES = 100;

    private LabProject lab;
    private BrowserDashboard dashboard;
    private HeadlessChromium browser;
    private String base;

    @BeforeAll
    void start() {
        lab = new LabProject();
        dashboard = BrowserDashboard.start(lab.config().kpiEvery(CADENCE).build());
        browser = dashboard.browser();
        base = dashboard.base();
        // every page of this class records its script errors, and each test ends by asserting there were none
        browser.recordScriptErrors();
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.scriptErrors()).isEqualTo("[]");
    }

    @AfterAll
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void theChartKeepsItsPointsThroughPushesAndAReload() {
        browser.driver().get(base + "/cst_explorer/" + LabProject.NAME);
        browser.await("the chart is drawn", d -> !browser.findAll("#chart canvas").isEmpty());
        int first = points();
        // many kpi pushes later the chart has appended each of them (it used to keep only the newest)
        browser.await("the pushes were appended", Duration.ofSeconds(60), d -> points() >= first + PUSHES);
        int beforeReload = points();
        assertThat(beforeReload).isGreaterThan(PUSHES);
        browser.screenshot("chart-after-pushes");

        browser.driver().navigate().refresh();
        browser.await("the chart is drawn again", d -> !browser.findAll("#chart canvas").isEmpty());
        // the server kept the day's curve: the reloaded page starts with all of it
        browser.await("the curve is back", d -> points() >= beforeReload);
        assertThat(browser.find("#time-zone").getText()).startsWith("Times: " + LabProject.ZONE.getId());
        // the dashboard started long after the day did: the chart says from when it has points, so that an empty
        // morning is not read as a quiet one
        assertThat(browser.find("#chart-since").getText())
                .matches("Points since \\d\\d:\\d\\d: the dashboard measured nothing before\\.");
    }

    /** Points the chart holds (its data-points attribute, set from what it drew). */
    private int points() {
        String n = browser.find("#chart").getAttribute("data-points");
        return n == null || n.isEmpty() ? 0 : Integer.parseInt(n);
    }
}
