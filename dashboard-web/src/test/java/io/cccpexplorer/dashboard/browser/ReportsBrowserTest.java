package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.dashboard.config.FigureConfig;
import io.cccpexplorer.dashboard.history.HistorySettings;
import io.cccpexplorer.history.AgentInterval;
import io.cccpexplorer.history.AgentSession;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.history.HistoryBatch;
import io.cccpexplorer.history.StoredCall;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * The /reports page in a real browser over a real embedded store, filled through cccp-history's writer with a
 * synthetic day (2026-02-10, Europe/Paris): four calls on two queues over two hours, one call's console rows, and
 * one agent's states. The page shows the queue report with its chart, keeps every parameter in its link, exports
 * the same rows as CSV, searches a call and opens its console from the stored events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsBrowserTest {

    private static final String DAY = "2026-02-10";
    private static final String P = LabProject.NAME;
    private static final String SESSION = "session_901@15101.1770700000.Ccxml.ps-lab";
    private static final String NEXT_DAY = "2026-02-11";
    private static final int BUSY_CALLS = 52;

    @TempDir
    static Path dir;
    private BrowserDashboard dashboard;
    private HeadlessChromium browser;

    @BeforeAll
    void start() {
        LabProject lab = new LabProject();
        dashboard = BrowserDashboard.start(lab.config().dataDir(dir).history(HistorySettings.embedded(LabProject.ZONE))
                .figures(new FigureConfig(Duration.ofSeconds(20), Map.of(), Duration.ofSeconds(5),
                        Map.of(P, Map.of("Front", List.of("LAB__SAV", "LAB__VIP"))))).build());
        browser = dashboard.browser();
        browser.recordScriptErrors();
        var events = List.of(
                event(1, "09:05:00.000125", "incoming", "connection.alerting", "The number called is sip:0800000047"),
                event(2, "09:05:10.500000", "queued", "queue.enter", "X-Queue: SAV"),
                event(3, "09:05:20.000001", "talking", "dialog.started", "agent alice"));
        dashboard.server().history().orElseThrow().writer().write(new HistoryBatch(P, List.of(
                call(SESSION, "09:05", "LAB__SAV", "alice", CallDisposition.ANSWERED, "0611111111", 15),
                call("session_902@x", "09:20", "LAB__SAV", "", CallDisposition.ABANDONED_QUEUE, "0622222222", 40),
                call("session_903@x", "10:10", "LAB__SAV", "bob", CallDisposition.ANSWERED, "0633333333", 5),
                call("session_904@x", "10:30", "LAB__VIP", "alice", CallDisposition.ANSWERED, "0644444444", 25)),
                Map.of(SESSION, events),
                List.of(new AgentInterval(P, "user_1@x", "alice", "available", "", at("09:00"), at("09:05")),
                        new AgentInterval(P, "user_1@x", "alice", "talking", "", at("09:05"), at("09:10")),
                        new AgentInterval(P, "user_1@x", "alice", "pause", "lunch", at("09:10"), at("10:00"))),
                List.of(new AgentSession(P, "user_1@x", "alice", "Alice", at("09:00"), at("10:00")))));
        // the next day: more calls than one page of the search
        List<StoredCall> busy = new java.util.ArrayList<>();
        for (int i = 0; i < BUSY_CALLS; i++) {
            StoredCall c = call(String.format("session_%d@busy", 1000 + i), "08:00", "LAB__SAV", "bob",
                    CallDisposition.ANSWERED, String.format("07000%05d", i), 5);
            Instant start = c.start().plus(Duration.ofDays(1)).plusSeconds(60L * i);
            busy.add(new StoredCall(P, c.sessionId(), c.direction(), c.caller(), c.called(), c.ivrEntry(), c.queue(),
                    c.queues(), c.agent(), c.agents(), start, start, start.plusSeconds(5), start.plusSeconds(105),
                    c.disposition(), c.waited(), c.talk(), null, null));
        }
        dashboard.server().history().orElseThrow().writer().write(new HistoryBatch(P, busy, Map.of(), List.of(),
                List.of()));
    }

    private static Instant at(String time) {
        return LocalDateTime.parse(DAY + "T" + time).atZone(LabProject.ZONE).toInstant();
    }

    private static SessionEvent event(int id, String time, String state, String name, String data) {
        return new SessionEvent(id, OffsetDateTime.ofInstant(at(time), LabProject.ZONE), "sip:0611111111",
                "sip:0800000047", state, name, data);
    }

    private static StoredCall call(String id, String time, String queue, String agent, CallDisposition d, String caller,
                                   long waitS) {
        Instant queued = at(time);
        boolean answered = d == CallDisposition.ANSWERED;
        return new StoredCall(P, id, CallDirection.INCOMING, caller, "0800000047", "menu", queue, List.of(queue),
                agent, agent.isEmpty() ? List.of() : List.of(agent), queued, queued,
                answered ? queued.plusSeconds(waitS) : null, queued.plusSeconds(waitS + 100), d,
                Duration.ofSeconds(waitS), answered ? Duration.ofSeconds(100) : Duration.ZERO, null, null);
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
    void aQueueReportShowsItsTableAndChartKeepsItsLinkAndExportsTheSameRows() {
        browser.driver().get(dashboard.base() + "/reports?view=queues&project=" + P + "&from=" + DAY + "&to=" + DAY
                + "&interval=hour");
        browser.await("one row per hour and queue", d -> rowKeys().size() == 3);
        assertThat(rowKeys()).containsExactly(DAY + "T09:00+01:00|LAB__SAV", DAY + "T10:00+01:00|LAB__SAV",
                DAY + "T10:00+01:00|LAB__VIP");
        assertThat(cells("interval")).containsExactly(DAY + " 09:00", DAY + " 10:00", DAY + " 10:00");
        // the live tables' queue name (the API's queue_name); the full stored name stays in the row's key
        assertThat(cells("queue")).containsExactly("SAV", "SAV", "VIP");
        assertThat(cells("offered")).containsExactly("2", "1", "1");
        assertThat(cells("abandoned")).containsExactly("1", "0", "0");
        assertThat(cells("service_level")).containsExactly("50%", "100%", "0%");
        browser.await("the chart has one point per hour",
                d -> "2".equals(browser.find("#r-chart").getAttribute("data-points")));
        assertThat(browser.findAll("#r-chart .uplot canvas")).isNotEmpty();
        // a figure's header says what it counts: the definitions the server computes with
        assertThat(browser.find("#r-table th[data-key='service_level']").getAttribute("title"))
                .contains("(answered + abandoned)");
        assertThat(browser.find("#r-table th[data-key='offered']").getAttribute("title")).contains("counts in both");
        browser.screenshot("reports-queues-by-hour");

        // the CSV export is the same query as the page's link, and answers the same rows
        String csv = browser.find("#r-csv").getAttribute("href");
        assertThat(csv).endsWith("/api/reports/queues?project=" + P + "&from=" + DAY + "&to=" + DAY
                + "&interval=hour&format=csv");
        String body = fetch(csv);
        assertThat(body).contains("interval,queue,queue_name,offered,answered,abandoned")
                .contains(DAY + "T09:00+01:00,LAB__SAV,SAV,2,1,1,").contains(DAY + "T10:00+01:00,LAB__VIP,VIP,1,1,0,");
        assertThat(browser.find("#r-xlsx").getAttribute("href")).endsWith("&interval=hour&format=xlsx");

        // one queue by day, named as the page shows it: the link changes, a reload shows the same report, the chart
        // adds the service level
        new Select(browser.find("#r-interval")).selectByValue("day");
        browser.find("#r-queues").sendKeys("SAV");
        browser.find("#r-show").click();
        browser.await("one row for the day", d -> rowKeys().equals(List.of(DAY + "T00:00+01:00|LAB__SAV")));
        assertThat(browser.driver().getCurrentUrl()).contains("interval=day").contains("queue=SAV");
        browser.driver().navigate().refresh();
        browser.await("the reloaded link shows the same report",
                d -> rowKeys().equals(List.of(DAY + "T00:00+01:00|LAB__SAV")));
        assertThat(cells("offered")).containsExactly("3");
        assertThat(browser.find("#r-queues").getAttribute("value")).isEqualTo("SAV");
        assertThat(new Select(browser.find("#r-interval")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("day");
        browser.await("the chart draws the queue's service level",
                d -> browser.find("#r-chart").getAttribute("data-series").split("\\|").length == 4);
        browser.driver().navigate().back();
        browser.await("Back returns to the hourly report", d -> rowKeys().size() == 3);

        // a team of the catalogue: the API adds up its queues
        browser.find("#r-queues").clear();
        browser.await("the team choice lists the catalogue",
                d -> new Select(browser.find("#r-team")).getOptions().size() == 2);
        new Select(browser.find("#r-team")).selectByVisibleText("Front");
        browser.find("#r-show").click();
        browser.await("the team's hours",
                d -> rowKeys().equals(List.of(DAY + "T09:00+01:00|Front", DAY + "T10:00+01:00|Front")));
        assertThat(cells("offered")).containsExactly("2", "2");
        assertThat(browser.driver().getCurrentUrl()).contains("team=Front");
        browser.screenshot("reports-team-by-hour");
    }

    @Test
    void aReportOverASpanNoDashboardRecordedSaysSo() {
        // Feb 12, 10:00-10:30 Paris: the dashboard was down and no Logger directory filled the span
        dashboard.server().history().orElseThrow().coverage().gap(new io.cccpexplorer.history.HistoryGap(P,
                LocalDateTime.parse("2026-02-12T10:00").atZone(LabProject.ZONE).toInstant(),
                LocalDateTime.parse("2026-02-12T10:30").atZone(LabProject.ZONE).toInstant(),
                io.cccpexplorer.history.HistoryGap.State.GAP, "not recorded: the dashboard was down"));
        browser.driver().get(dashboard.base() + "/reports?view=queues&project=" + P + "&from=2026-02-12");
        browser.await("the notice", d -> browser.find("#banners").getText().contains("the dashboard was down"));
        assertThat(browser.find("#banners .banner").getAttribute("data-level")).isEqualTo("warning");
        assertThat(browser.find("#banners").getText()).contains("2026-02-12 10:00:00").contains("2026-02-12 10:30:00");
        // a range that does not touch it has no notice
        browser.driver().get(dashboard.base() + "/reports?view=queues&project=" + P + "&from=" + DAY + "&to=" + DAY);
        browser.await("the day's rows", d -> !rowKeys().isEmpty());
        assertThat(browser.find("#banners").getText()).doesNotContain("the dashboard was down");
    }

    @Test
    void theAgentReportShowsPauseByReason() {
        browser.driver().get(dashboard.base() + "/reports?view=agents&project=" + P + "&from=" + DAY);
        // bob has no state intervals, only the call he handled
        browser.await("the day's agents",
                d -> rowKeys().equals(List.of(DAY + "T00:00+01:00|alice", DAY + "T00:00+01:00|bob")));
        assertThat(cells("logged_s")).containsExactly("1h 00m 00s", "0s");
        assertThat(cells("talking_s")).containsExactly("5m 00s", "0s");
        assertThat(cells("pause_lunch")).containsExactly("50m 00s", "0s");
        assertThat(cells("handled")).containsExactly("2", "1");
        assertThat(cells("occupancy")).containsExactly("50%", "-");
        browser.await("the chart", d -> "1".equals(browser.find("#r-chart").getAttribute("data-points")));
        // one point stands in the middle of its own day, not at the left edge of a day-long range from it
        browser.await("the chart's x range", d -> browser.find("#r-chart").getAttribute("data-x-range") != null);
        String[] range = browser.find("#r-chart").getAttribute("data-x-range").split(" ");
        long dayStart = java.time.OffsetDateTime.parse(DAY + "T00:00:00+01:00").toEpochSecond();
        assertThat(Double.parseDouble(range[0])).isEqualTo(dayStart - 43_200.0);
        assertThat(Double.parseDouble(range[1])).isEqualTo(dayStart + 43_200.0);
        browser.screenshot("reports-agents-by-day");

        // a team: the agents who answered its queues; the choice is in the agent view's link too
        browser.await("the team choice lists the catalogue",
                d -> new Select(browser.find("#r-team")).getOptions().size() == 2);
        new Select(browser.find("#r-team")).selectByVisibleText("Front");
        browser.find("#r-show").click();
        browser.await("the link names the team", d -> d.getCurrentUrl().contains("team=Front"));
        assertThat(browser.driver().getCurrentUrl()).contains("view=agents");
        browser.await("the team's agents",
                d -> rowKeys().equals(List.of(DAY + "T00:00+01:00|alice", DAY + "T00:00+01:00|bob")));
    }

    @Test
    void aCallFoundBySearchOpensItsConsoleFromTheStoredEvents() {
        browser.driver().get(dashboard.base() + "/reports?view=calls&project=" + P + "&from=" + DAY + "&to=" + DAY);
        browser.await("the day's four calls", d -> rowKeys().size() == 4);
        browser.find("#r-caller").sendKeys("0611*");
        browser.find("#r-show").click();
        browser.await("the one call whose caller starts with 0611", d -> rowKeys().equals(List.of(SESSION)));
        assertThat(browser.driver().getCurrentUrl()).contains("view=calls").contains("caller=0611*");
        assertThat(cells("disposition")).hasSize(1);
        browser.screenshot("reports-call-search");

        new Select(browser.find("#r-disposition")).selectByValue("abandoned");
        browser.find("#r-caller").clear();
        browser.find("#r-show").click();
        browser.await("the abandoned call", d -> rowKeys().equals(List.of("session_902@x")));

        browser.driver().get(dashboard.base() + "/reports?view=calls&project=" + P + "&from=" + DAY + "&caller=0611*");
        browser.await("the call again", d -> rowKeys().equals(List.of(SESSION)));
        String reports = browser.driver().getWindowHandle();
        browser.find("#r-table tbody tr[data-key]").click();
        browser.await("the console opens in a new tab", d -> d.getWindowHandles().size() == 2);
        try {
            for (String handle : browser.driver().getWindowHandles()) {
                if (!handle.equals(reports)) {
                    browser.driver().switchTo().window(handle);
                }
            }
            assertThat(browser.driver().getCurrentUrl()).contains("/reports/console?project=" + P + "&session=");
            browser.await("the three stored rows", d -> browser.findAll("#c-rows tr[data-id]").size() == 3);
            assertThat(browser.find("#c-rows tr td.c-date").getText()).isEqualTo(DAY + " 09:05:00");
            assertThat(browser.find("#c-rows tr:nth-child(2) td.c-name").getText()).isEqualTo("queue.enter");
            assertThat(browser.find("#c-lines").getText()).isEqualTo("3");
            assertThat(browser.find("#banners").getText()).contains("0611111111").contains("SAV").contains("alice");
            browser.screenshot("reports-stored-console");
            assertThat(browser.scriptErrors()).isEqualTo("[]");
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(reports);
        }
    }

    @Test
    void theCallSearchPagesThroughADayOfMoreThanOnePage() {
        browser.driver().get(dashboard.base() + "/reports?view=calls&project=" + P + "&from=" + NEXT_DAY);
        browser.await("the first page", d -> rowKeys().size() == 50);
        assertThat(browser.find("#r-prev").isEnabled()).isFalse();
        assertThat(browser.find("#r-next").isEnabled()).isTrue();
        assertThat(browser.find("#r-csv").getAttribute("href")).doesNotContain("page=").endsWith("&format=csv");
        browser.find("#r-next").click();
        browser.await("the second page", d -> rowKeys().size() == BUSY_CALLS - 50);
        assertThat(browser.driver().getCurrentUrl()).contains("page=1");
        assertThat(browser.find("#r-next").isEnabled()).isFalse();
        browser.driver().navigate().refresh();
        browser.await("the reloaded second page", d -> rowKeys().size() == BUSY_CALLS - 50);
        browser.find("#r-prev").click();
        browser.await("back on the first page", d -> rowKeys().size() == 50);
        assertThat(rowKeys().get(0)).isEqualTo("session_1000@busy");
    }

    @Test
    void theHistoryPageLinksToTheDayInTheStore() {
        browser.driver().get(dashboard.base() + "/replay?project=" + P + "&date=" + DAY);
        browser.await("the day's links", d -> browser.find("#s-open").getAttribute("href")
                .endsWith("/reports?view=queues&project=" + P + "&from=" + DAY + "&to=" + DAY + "&interval=hour"));
        assertThat(browser.find("#s-calls").getAttribute("href"))
                .endsWith("/reports?view=calls&project=" + P + "&from=" + DAY + "&to=" + DAY);
        // this server has no logs folder: the replay part steps aside and says why, as information, not an error
        browser.await("the replay part is hidden", d -> !browser.find("#replay-main").isDisplayed());
        assertThat(browser.find("#banners .banner").getAttribute("data-level")).isEqualTo("info");
        browser.screenshot("history-page-stored-day");
        browser.find("#s-open").click();
        browser.await("the day's queue report", d -> rowKeys().size() == 3);
    }

    @Test
    void theDashboardLinksToTheProjectsReports() {
        browser.driver().get(dashboard.base() + "/cst_explorer/" + P);
        browser.await("the Reports link appears (the history is on) and names the project",
                d -> browser.find("#reports-link").isDisplayed()
                        && browser.find("#reports-link").getAttribute("href").endsWith("/reports?project=" + P));
        assertThat(browser.find("#history-link").isDisplayed()).isTrue();
        browser.find("#reports-link").click();
        browser.await("today's report of the project", d -> d.getCurrentUrl().contains("/reports?")
                && P.equals(browser.find("#r-project").getAttribute("value")));
    }

    /** Read in one script: the table is replaced while a report loads, so elements found earlier can go stale. */
    @SuppressWarnings("unchecked")
    private List<String> rowKeys() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#r-table tbody tr[data-key]')]"
                + ".map((tr) => tr.dataset.key)");
    }

    @SuppressWarnings("unchecked")
    private List<String> cells(String column) {
        return (List<String>) browser.js("return [...document.querySelectorAll(\"#r-table tbody tr td[data-col='\" + "
                + "arguments[0] + \"']\")]"
                + ".map((td) => td.textContent.trim())", column);
    }

    /** GETs a URL with the page's own cookies and returns the body. */
    private String fetch(String url) {
        return (String) browser.jsAsync("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then((r) => r.text()).then(done, (e) => "
                + "done(String(e)));",
                url);
    }
}
