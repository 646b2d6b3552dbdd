package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Live updates driven by the test: it changes the project's feed while the browser watches and checks that rows
 * are updated in place (same {@code <tr>}), that sort, search, scroll position and selection survive, that the
 * console opened from a call receives new events, and that the polling fallback keeps the page fresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesBrowserTest {

    private static final Duration POLL_WAIT = Duration.ofSeconds(30);

    private LabProject lab;
    private BrowserDashboard dashboard;
    private HeadlessChromium browser;
    private String base;

    @BeforeAll
    void start() throws Exception {
        lab = new LabProject();
        dashboard = BrowserDashboard.start(lab.config().build());
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
    void freshPage() {
        dashboard.openOrigin();
        browser.js("localStorage.clear()");
    }

    @Test
    void changedRowIsUpdatedInItsOwnElementAndRowsComeAndGo() {
        openUsers("");
        WebElement row = awaitRow(105);
        assertThat(cell(105, "state")).isEqualTo("Disponible");
        row.click();
        assertThat(row.getAttribute("class")).contains("selected");

        lab.setState(105, "En pause");
        browser.await("the new state", d -> "En pause".equals(cell(105, "state")));
        assertThat(row.getAttribute("data-key")).isEqualTo("105"); // the very same <tr>: no StaleElementReference
        assertThat(row.getAttribute("class")).contains("changed").contains("selected");
        assertThat(row.findElement(By.cssSelector("td[data-col='state'] .badge")).getAttribute("class"))
                .contains("amber");

        lab.putAgent(lab.agent(200, "newcomer", "Disponible"));
        awaitRow(200);
        lab.removeAgent(200);
        browser.await("the logged-out agent disappears",
                d -> d.findElements(By.cssSelector("#users-table tr[data-key='200']")).isEmpty());
        assertThat(browser.find("#count-users").getText()).isEqualTo(String.valueOf(LabProject.AGENTS + 1));
    }

    @Test
    void sortSearchAndScrollSurviveLiveUpdates() {
        openUsers("#sort=login:asc");
        // read in one step in the page: a live update may re-render the header between a find and a read
        browser.await("sorted by login", d -> "ascending".equals(browser.js(
                "const th = document.querySelector(\"#users-table th[data-key='login']\"); return th && "
                + "th.getAttribute('aria-sort')")));
        awaitRow(101);
        assertThat(logins()).isEqualTo(sortedLikeTheBrowser(logins()));

        browser.js("document.querySelector('#users-table').scrollTop = 150");
        long scrolled = scrollTop();
        assertThat(scrolled).isPositive();
        lab.putAgent(lab.agent(201, "agent10b", "Disponible")); // sorts in the middle
        lab.setState(110, "En appel");
        lab.setState(125, "En pause");
        browser.await("the updates arrived", d -> "En pause".equals(cell(125, "state"))
                && !d.findElements(By.cssSelector("#users-table tr[data-key='201']")).isEmpty());
        assertThat(scrollTop()).isEqualTo(scrolled);
        assertThat(logins()).isEqualTo(sortedLikeTheBrowser(logins())).contains("agent10b");

        WebElement search = browser.find("#users-search");
        search.sendKeys("agent1");
        browser.await("the search narrows the rows", d -> logins().stream().allMatch(l -> l.contains("agent1")));
        WebElement kept = browser.find("#users-table tr[data-key='112']");
        lab.setState(112, "En appel");    // a visible row changes
        lab.setState(121, "En appel");    // a hidden row changes
        lab.putAgent(lab.agent(202, "agent1z", "Disponible")); // a new matching row
        browser.await("the updates arrived", d -> "En appel".equals(cell(112, "state"))
                && !d.findElements(By.cssSelector("#users-table tr[data-key='202']")).isEmpty());
        assertThat(search.getAttribute("value")).isEqualTo("agent1");
        assertThat(logins()).allMatch(l -> l.contains("agent1")).isEqualTo(sortedLikeTheBrowser(logins()));
        assertThat(kept.getAttribute("data-key")).isEqualTo("112");
        assertThat(browser.find("#users-table th[data-key='login']").getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(browser.driver().getCurrentUrl()).contains("q=agent1").contains("sort=login%3Aasc");
        lab.removeAgent(201);
        lab.removeAgent(202);
    }

    @Test
    void callRowOpensTheConsoleWhichReceivesNewEventsLive() {
        browser.driver().get(base + "/cst_explorer/" + LabProject.NAME + "#tab=calls");
        WebElement call = browser.await("the call row",
                d -> d.findElements(By.cssSelector("#calls-table tbody tr[data-key]"))
                .stream().findFirst().orElse(null));
        String dashboard = browser.driver().getWindowHandle();
        call.click();
        String console = browser.await("a console tab opens", d -> d.getWindowHandles().stream()
                .filter(h -> !h.equals(dashboard)).findFirst().orElse(null));
        try {
            browser.driver().switchTo().window(console);
            browser.await("console page", d -> d.getCurrentUrl().contains("/console?"));
            assertThat(browser.driver().getCurrentUrl()).contains("project=" + LabProject.NAME);
            assertThat(browser.find("#c-project").getText()).isEqualTo(LabProject.NAME);
            assertThat(browser.find("#c-session").getText()).isEqualTo(LabProject.SESSION);
            List<WebElement> rows = browser.await("the session's events", d -> {
                List<WebElement> r = d.findElements(By.cssSelector("#c-rows tr[data-id]"));
                return r.size() >= 3 ? r : null;
            });
            List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
            assertThat(cells).hasSize(6);
            // the page's one date format, in the project's zone, named once in the header
            assertThat(cells.get(0).getText()).isEqualTo(lab.firstEventWallTime());
            assertThat(browser.find("#c-zone").getText()).startsWith(LabProject.ZONE.getId() + " (UTC+0");
            assertThat(cells.get(4).getText()).isEqualTo("connection.alerting");
            browser.await("the live stream", d -> "live".equals(browser.find("#c-status").getAttribute("data-state")));

            int before = browser.findAll("#c-rows tr[data-id]").size();
            lab.addEvent("progress", "connection.progress", "X-Queue: VIP");
            browser.await("the new event", d -> browser.findAll("#c-rows tr[data-id]").size() == before + 1);
            assertThat(browser.find("#c-lines").getText()).isEqualTo(String.valueOf(before + 1));
            browser.screenshot("console-from-call");
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(dashboard);
        }
    }

    @Test
    void pollingFallbackKeepsThePageFreshWhenTheStreamIsBlocked() {
        browser.devtools("Network.enable", Map.of());
        browser.devtools("Network.setBlockedURLs", Map.of("urls", List.of("*/api/events/stream*")));
        try {
            openUsers("");
            awaitRow(103);
            browser.await("the badge says polling", POLL_WAIT,
                    d -> "polling".equals(browser.find("#conn-badge").getAttribute("data-state")));
            assertThat(browser.find("#conn-badge").getText()).isEqualTo("Polling every 5 s");
            assertThat(browser.find("#banners").getText()).contains("refreshes every 5 seconds");
            lab.setState(103, "Pause déjeuner");
            browser.await("the polled change", POLL_WAIT, d -> "Pause déjeuner".equals(cell(103, "state")));
        } finally {
            browser.devtools("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void openUsers(String fragmentTail) {
        String tail = fragmentTail.isEmpty() ? "" : "&" + fragmentTail.substring(1);
        browser.driver().get(base + "/cst_explorer/" + LabProject.NAME + "#tab=users" + tail);
    }

    private WebElement awaitRow(int objectId) {
        return browser.await("row " + objectId,
                d -> d.findElements(By.cssSelector("#users-table tr[data-key='" + objectId + "']"))
                .stream().findFirst().orElse(null));
    }

    /** Text of one cell, read in the page (never a stale handle). */
    private String cell(int objectId, String column) {
        return (String) browser.js("const td = document.querySelector(\"#users-table tr[data-key='\" + arguments[0]"
                + " + \"'] td[data-col='\" + arguments[1] + \"']\"); return td ? td.textContent : null;",
                objectId, column);
    }

    @SuppressWarnings("unchecked")
    private List<String> logins() {
        return (List<String>) browser.js("return [...document.querySelectorAll(\"#users-table tbody "
                + "td[data-col='login']\")]"
                + ".map(td => td.textContent)");
    }

    /** The table sorts with the browser's collation; compare with the same one. */
    @SuppressWarnings("unchecked")
    private List<String> sortedLikeTheBrowser(List<String> values) {
        return (List<String>) browser.js("return arguments[0].slice().sort((a, b) => a.localeCompare(b, undefined,"
                + " {sensitivity: 'base', numeric: true}))", values);
    }

    private long scrollTop() {
        return ((Number) browser.js("return document.querySelector('#users-table').scrollTop")).longValue();
    }
}
