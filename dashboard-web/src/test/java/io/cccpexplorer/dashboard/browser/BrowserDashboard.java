package io.cccpexplorer.dashboard.browser;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardServer;

/**
 * One browser-test class's world: a {@link DashboardServer} on a loopback port and a headless Chromium. Closing
 * stops the browser first, then the server, even if the first fails.
 */
final class BrowserDashboard implements AutoCloseable {

    private final HeadlessChromium browser;
    private final DashboardServer server;

    private BrowserDashboard(HeadlessChromium browser, DashboardServer server) {
        this.browser = browser;
        this.server = server;
    }

    static BrowserDashboard start(DashboardConfig config) {
        HeadlessChromium browser = HeadlessChromium.launch();
        try {
            return new BrowserDashboard(browser, DashboardServer.start(config));
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    HeadlessChromium browser() {
        return browser;
    }

    DashboardServer server() {
        return server;
    }

    /** The server's base URL, without a trailing slash. */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Opens some page of the dashboard's origin, so the test can reach its storage and cookies. */
    void openOrigin() {
        browser.driver().get(base() + "/static/css/app.css");
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }
}
