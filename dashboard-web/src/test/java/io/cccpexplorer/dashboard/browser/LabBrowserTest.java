package io.cccpexplorer.dashboard.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The browser tests that need only a dashboard over the lab project ({@link LabProject}) and one headless Chromium:
 * both started once per class, each test on the dashboard's origin.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LabBrowserTest {

    BrowserDashboard dashboard;
    HeadlessChromium browser;

    @BeforeAll
    void start() {
        dashboard = BrowserDashboard.start(new LabProject().config().build());
        browser = dashboard.browser();
    }

    @AfterAll
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @BeforeEach
    void onTheDashboardOrigin() {
        dashboard.openOrigin();
    }
}
