package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.dashboard.DashboardConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real browser against the real {@link io.cccpexplorer.dashboard.DashboardServer} with its embedded
 * simulator (project {@code DEMO}, live synthetic traffic): loading and following the simulator live, deep links,
 * project selection, both themes, hostile text in a link, and the History link (absent when replay is off, else
 * opening the replay page of the project in the same theme). Fine-grained live behaviour (rows updated in place,
 * sort/search/scroll surviving updates, console, polling fallback) is driven by {@link LiveUpdatesBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final String PROJECT = "DEMO";
    private static final Duration LIVE_WAIT = Duration.ofSeconds(45);

    private BrowserDashboard dashboard;
    private HeadlessChromium browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        dashboard = BrowserDashboard.start(DashboardConfig.builder().port(0).simulator(true).build());
        browser = dashboard.browser();
        base = dashboard.base();
    }

    @AfterAll
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @BeforeEach
    void freshBrowserSession() {
        dashboard.openOrigin();
        browser.js("localStorage.clear()");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    @Order(1) // first, while the simulator's agents are still logging in one after the other
    void dashboardLoadsAgentsAndFollowsTheSimulatorLive() {
        openDashboard("");
        assertThat(awaitRows("#users-table")).isNotEmpty();
        browser.await("connection badge says live",
                d -> "live".equals(browser.find("#conn-badge").getAttribute("data-state")));
        assertThat(browser.find("#conn-badge").getText()).isEqualTo("Live");
        assertThat(browser.find("#project-name").getText()).isEqualTo(PROJECT);
        assertThat(browser.find("#last-change").getText()).matches("Last change: \\d{2}:\\d{2}:\\d{2}");
        browser.await("the time zone is named once", d -> browser.find("#time-zone").getText().startsWith("Times: "));
        assertThat(browser.find("#kpis").getText()).contains("Calls waiting", "Service level");

        // Whatever the simulator does next (an agent logs in, a state changes, a call starts) reaches the page
        // without a reload: rows are added, removed, or re-rendered in place (flagged "changed").
        String before = rowKeys();
        browser.await("a live change reaches a table", LIVE_WAIT,
                d -> !browser.findAll("tr.changed").isEmpty() || !rowKeys().equals(before));
        browser.screenshot("dashboard-demo-live");
    }

    @Test
    void deepLinkRestoresTabSearchAndSortAndFollowsChanges() {
        openDashboard("#tab=calls&q=session&sort=caller:desc");
        browser.await("the calls tab is selected",
                d -> "true".equals(browser.find("#tab-calls").getAttribute("aria-selected")));
        assertThat(browser.find("#panel-calls").isDisplayed()).isTrue();
        assertThat(browser.find("#panel-users").isDisplayed()).isFalse();
        assertThat(browser.find("#calls-search").getAttribute("value")).isEqualTo("session");
        assertThat(browser.find("#calls-table th[data-key='caller']").getAttribute("aria-sort"))
                .isEqualTo("descending");

        browser.find("#tab-queues").click();
        browser.find("#queues-search").sendKeys("Q");
        browser.await("the fragment follows the tab and the search",
                d -> d.getCurrentUrl().contains("tab=queues") && d.getCurrentUrl().contains("q=Q"));
        browser.find("#queues-show-hidden").click();
        browser.await("the fragment records the hidden-queues toggle", d -> d.getCurrentUrl().contains("hidden=1"));
    }

    @Test
    void theQueuesTabShowsTheModelsFiguresOfEachQueue() {
        openDashboard("#tab=queues");
        awaitRows("#queues-table");
        // the simulator's traffic reaches the model's day figures: some queue has been offered calls
        browser.await("a queue with offered calls", LIVE_WAIT,
                d -> texts("#queues-table td[data-col='offered']").stream()
                .anyMatch(t -> t.matches("[1-9]\\d*")));
        for (String col : List.of("available", "talking", "wrap-up", "pause", "offered", "answered", "abandoned")) {
            assertThat(texts("#queues-table td[data-col='" + col + "']")).as(col).allMatch(t -> t.matches("\\d+"));
        }
        // a ratio is "-" until the queue had a counted call, then a percentage; the service level names its target
        assertThat(texts("#queues-table td[data-col='abandon-rate']")).allMatch(t -> t.matches("-|\\d+(\\.\\d)?%"));
        assertThat(texts("#queues-table td[data-col='service-level']"))
                .allMatch(t -> t.matches("-|\\d+(\\.\\d)?% \\(\\d+ s\\)"));
        for (String col : List.of("asa", "aht", "max-wait")) {
            assertThat(texts("#queues-table td[data-col='" + col + "']")).as(col)
                    .allMatch(t -> t.matches("-|\\d+[hms].*"));
        }
        browser.screenshot("dashboard-demo-queues");
    }

    private List<String> texts(String css) {
        // read in one step in the page: a live update may replace a row between two WebDriver calls
        Object texts = browser.js("return [...document.querySelectorAll(arguments[0])].map(e => e.innerText)", css);
        return ((List<?>) texts).stream().map(t -> String.valueOf(t).trim()).toList();
    }

    @Test
    void theOnlyProjectOpensDirectlyAndTheProjectsTabStillSelectsIt() {
        browser.driver().get(base + "/");
        browser.await("the only project opened without a pick",
                d -> d.getCurrentUrl().contains("/cst_explorer/" + PROJECT));
        assertThat(browser.find("#tab-users").getAttribute("aria-selected")).isEqualTo("true");
        awaitRows("#users-table");
        assertThat(browser.find("#project-name").getText()).isEqualTo(PROJECT);

        browser.driver().manage().deleteAllCookies();
        browser.driver().get(base + "/#tab=projects");
        browser.await("an explicit projects tab shows the list",
                d -> "true".equals(browser.find("#tab-projects").getAttribute("aria-selected")));
        WebElement card = browser.await("the DEMO project card",
                d -> d.findElements(By.cssSelector(".project-card[data-project='" + PROJECT + "']")).stream()
                .findFirst().orElse(null));
        assertThat(card.getText()).contains(PROJECT).contains("127.0.0.1:");
        browser.screenshot("dashboard-projects");
        card.click();
        // the URL may name the project already (the server opened the only one): wait for the pick itself
        browser.await("the pick opens the users tab",
                d -> "true".equals(browser.find("#tab-users").getAttribute("aria-selected")));
        assertThat(browser.driver().getCurrentUrl()).contains("/cst_explorer/" + PROJECT);
        awaitRows("#users-table");
        assertThat(browser.find("#project-name").getText()).isEqualTo(PROJECT);
    }

    @Test
    void bothThemesRenderFromOneCodeBaseAndTheChoicePersists() {
        browser.driver().get(base + "/cst_explorer_light/" + PROJECT);
        awaitRows("#users-table");
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("light");
        assertThat(backgroundOf("body")).isEqualTo("rgb(255, 255, 255)");
        browser.screenshot("dashboard-light");

        new Select(browser.find("#theme-select")).selectByValue("dark");
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("dark");
        assertThat(backgroundOf("body")).isEqualTo("rgb(13, 17, 23)");
        assertThat(browser.driver().getCurrentUrl()).contains("/cst_explorer/" + PROJECT);
        assertThat(browser.js("return localStorage.getItem('cccp-theme')")).isEqualTo("dark");

        browser.driver().navigate().refresh();
        awaitRows("#users-table");
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("dark");
        browser.screenshot("dashboard-dark");

        new Select(browser.find("#theme-select")).selectByValue("light");
        assertThat(browser.driver().getCurrentUrl()).contains("/cst_explorer_light/" + PROJECT);
        browser.driver().get(base + "/cst_explorer/" + PROJECT);
        assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("light");
    }

    @Test
    void searchTextFromTheLinkIsShownAsText() {
        openDashboard("#tab=users&q=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        browser.await("the search box holds the text", d -> "<img src=x onerror=alert(1)>".equals(
                browser.find("#users-search").getAttribute("value")));
        assertThat(awaitRendered("#users-table")).isEqualTo("No rows match the search.");
        assertThat(browser.findAll("img")).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void historyLinkIsAbsentWhenReplayIsOff() {
        assertThat(System.getenv("DASHBOARD_LOGS_ROOT")).as("this server runs without a logs folder").isNull();
        openDashboard("");
        awaitRows("#users-table");
        // the probe's answer (503 replay_unavailable) has arrived once the resource timing lists it
        browser.await("the replay probe answered",
                d -> (Boolean) browser.js("return performance.getEntriesByType('resource')"
                + ".some((e) => e.name.includes('/api/replay/projects') && e.responseEnd > 0)"));
        assertThat(browser.find("#history-link").isDisplayed()).isFalse();
        assertThat(browser.findAll("#banners .banner")).isEmpty();
    }

    @Test
    void historyLinkOpensTheReplayPageOfTheProjectInTheTheme() {
        // This server has no logs folder; the page is told otherwise before any of its scripts run, so the link's
        // enabled path is driven end to end: the replay page receives ?project= and preselects it.
        String answer = "{\"zone\":\"UTC\",\"today\":\"2026-03-05\",\"count\":1,"
                + "\"projects\":[{\"project\":\"OTHER\",\"days\":[]},{\"project\":\"" + PROJECT + "\",\"days\":[]}]}";
        Map<String, Object> script = browser.devtools("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "const realFetch = window.fetch;"
                        + "window.fetch = (url, options) => String(url).startsWith('/api/replay/projects')"
                        + " ? Promise.resolve(new Response('" + answer
                        + "', {status: 200, headers: {'Content-Type': 'application/json'}}))"
                        + " : realFetch(url, options);"));
        try {
            openDashboard("");
            awaitRows("#users-table");
            WebElement link = browser.find("#history-link");
            browser.await("the link appears", d -> link.isDisplayed());
            browser.await("the link names the project",
                    d -> link.getAttribute("href").endsWith("/replay?project=" + PROJECT));

            new Select(browser.find("#theme-select")).selectByValue("light");
            assertThat(link.getAttribute("href")).endsWith("/replay_light?project=" + PROJECT);
            link.click();
            browser.await("the light History page",
                    d -> d.getCurrentUrl().endsWith("/replay_light?project=" + PROJECT));
            browser.await("the project is preselected",
                    d -> PROJECT.equals(browser.find("#r-project").getAttribute("value")));
            assertThat(browser.js("return document.documentElement.dataset.theme")).isEqualTo("light");
            browser.screenshot("history-from-dashboard-light");
            assertThat(new Select(browser.find("#r-project")).getOptions()).extracting(WebElement::getText)
                    .containsExactly("OTHER", PROJECT);
        } finally {
            browser.devtools("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void openDashboard(String fragment) {
        browser.driver().get(base + "/cst_explorer/" + PROJECT + fragment);
    }

    private List<WebElement> awaitRows(String table) {
        return browser.await("rows in " + table, d -> {
            List<WebElement> rows = d.findElements(By.cssSelector(table + " tbody tr[data-key]"));
            return rows.isEmpty() ? null : rows;
        });
    }

    /** Waits until the table shows rows or a final message (not "Loading…"), and returns its body text. */
    private String awaitRendered(String table) {
        return browser.await("table " + table + " rendered", d -> (String) browser.js(
                "const body = document.querySelector(arguments[0] + ' tbody');"
                        + "const loading = body.querySelector('td.placeholder .spinner');"
                        + "return loading ? null : body.textContent;", table));
    }

    /** Keys of every row of the three tables, read in the page. */
    private String rowKeys() {
        return (String) browser.js("return ['#users-table', '#queues-table', '#calls-table'].map(t =>"
                + " [...document.querySelectorAll(t + ' tbody tr[data-key]')].map(r => r.dataset.key)"
                + ".join(',')).join('|')");
    }

    private String backgroundOf(String css) {
        return (String) browser.js("return getComputedStyle(document.querySelector(arguments[0])).backgroundColor",
                css);
    }
}
