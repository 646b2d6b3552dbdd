package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardServer;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.alerts.AlertSettings;
import io.cccpexplorer.dashboard.config.FigureConfig;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;

/**
 * The supervisor screens in headless Chromium: threshold colours and the alert list on the dashboard, the
 * wallboard at 1920×1080 across a server restart, the overview of several projects (only watched or pinned ones
 * connected), and both languages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreensBrowserTest {

    private static final List<String> PROJECTS = List.of("NORD", "SUD", "EST", "OUEST");
    /** NORD's teams in the configuration: Front answers its queue SAV, Back the queue VIP. */
    private static final Map<String, List<String>> TEAMS = new LinkedHashMap<>(Map.of(
            "Front", List.of("NORD__SAV"), "Back", List.of("NORD__VIP")));

    /** Each project's one queue SAV; a new feed per opening, so a restarted server starts from the same world. */
    private final Map<String, Integer> waiting = new ConcurrentHashMap<>();
    private final Map<String, InMemoryFeed> feeds = new ConcurrentHashMap<>();
    private HeadlessChromium browser;
    private DashboardServer server;
    private DashboardConfig config;

    @BeforeAll
    void start() {
        DashboardConfig.Builder b = DashboardConfig.builder().port(0).simulator(false)
                .alerts(AlertSettings.parse(Map.of("alerts", "off", "alert.*/*.waiting", "warn 2 alarm 4 clear 0s",
                        "alert.*.waiting", "warn 2 alarm 4 clear 0s")))
                .pinnedProjects(List.of("OUEST"))
                .figures(new FigureConfig(Duration.ofSeconds(20), Map.of(), Duration.ofSeconds(5),
                        Map.of("NORD", TEAMS)))
                .feedOpener(s -> feeds.compute(s.project(), (p, old) -> feed(p)));
        int port = 20500;
        for (String p : PROJECTS) {
            b.server(new ServerEntry(p, "127.0.0.1", port++, 0, null, ServerEntry.Source.CONFIG));
            waiting.put(p, 1);
        }
        config = b.build();
        browser = HeadlessChromium.launch();
        server = DashboardServer.start(config);
    }

    @AfterAll
    void stop() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.driver().manage().window().setSize(new Dimension(1400, 900));
        browser.driver().get(base() + "/static/css/app.css");
        browser.js("localStorage.clear(); localStorage.setItem('cccp-lang', 'fr')");
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private InMemoryFeed feed(String project) {
        InMemoryFeed feed = new InMemoryFeed(project, Clock.systemUTC());
        feed.putQueue(queue(project, waiting.get(project)));
        feed.putAgent(ModelRecords.agent(7, "agent_" + project.toLowerCase()).project(project)
                .state("Disponible", OffsetDateTime.now(ZoneOffset.ofHours(1)).minusMinutes(3)).queues("SAV")
                .build());
        if (project.equals("NORD")) {
            // the model's day figures (the in-memory feed carries them as the model would compute them)
            feed.setFigures(Map.of(), Map.of(
                    "Front", ModelRecords.figures("Front").agents(4, 1, 2).live(5, 25, 6).day(40, 30, 24, 300, 3)
                    .build(),
                    "Back", ModelRecords.figures("Back").agents(6, 5, 1).live(0, 0, 1).day(12, 11, 10, 60, 1).build()),
                    ModelRecords.figures("NORD").agents(10, 6, 3).live(5, 25, 7).day(52, 41, 34, 360, 4).build());
        }
        return feed;
    }

    private static io.cccpexplorer.client.model.QueueStats queue(String project, int waitingCalls) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1));
        return ModelRecords.queue(10, project + "__SAV").displayName("Service après-vente")
                .counters(3, 1, waitingCalls, waitingCalls + 1)
                .oldestWaiting(waitingCalls == 0 ? null : now.minusSeconds(25)).build();
    }

    private void setWaiting(String project, int calls) {
        waiting.put(project, calls);
        InMemoryFeed feed = feeds.get(project);
        if (feed != null) {
            feed.putQueue(queue(project, calls));
        }
    }

    /** Text read in one step in the page: the wallboard re-renders its tiles at every change. */
    private String text(String css) {
        Object v = browser.js("const n = document.querySelector(arguments[0]); return n && n.textContent", css);
        return v == null ? null : v.toString();
    }

    private String attribute(String css, String name) {
        Object v = browser.js("const n = document.querySelector(arguments[0]); return n && "
                + "n.getAttribute(arguments[1])",
                css, name);
        return v == null ? null : v.toString();
    }

    @Test
    void aThresholdRaisesAnAlertInTheListThatClearsWhenTheFigureRecovers() {
        setWaiting("NORD", 1);
        browser.driver().get(base() + "/cst_explorer/NORD#tab=queues");
        browser.await("the alert list", d -> browser.find("#alert-list").getText().contains("Aucune alerte"));

        setWaiting("NORD", 5);
        String queueAlert = "[...document.querySelectorAll('#alert-list li[data-level]')]"
                + ".find(li => li.textContent.includes('File SAV'))";
        browser.await("an alarm for the queue in the list", d -> "alarm".equals(browser.js(
                "const li = " + queueAlert + "; return li && li.dataset.level")));
        String item = (String) browser.js("return " + queueAlert + ".innerText");
        assertThat(item).contains("Alarme").contains("En attente").contains("File SAV").contains("5 (seuil 4)")
                .contains("depuis").contains("Acquitter");
        browser.await("the queue's waiting cell in red", d -> "alarm".equals(attribute(
                "#queues-table tr[data-key='10'] td[data-col='waiting']", "data-level")));
        browser.screenshot("screens-alert-raised");

        browser.js(queueAlert + ".querySelector('button').click()");
        browser.await("acknowledged", d -> String.valueOf(browser.js("return " + queueAlert + ".innerText"))
                .contains("Acquittée par -"));

        setWaiting("NORD", 0);
        browser.await("the alert clears", d -> browser.findAll("#alert-list li[data-level]").isEmpty());
        assertThat(browser.find("#alert-list").getText()).contains("Aucune alerte en cours.");
        browser.await("the cell back to normal", d -> attribute(
                "#queues-table tr[data-key='10'] td[data-col='waiting']", "data-level") == null);
    }

    @Test
    void theWallboardAt1920x1080ShowsThresholdColoursAndSurvivesAServerRestart() {
        // a 1920x1080 viewport exactly, as on a wall screen (the window size would include the browser's frame)
        browser.devtools("Emulation.setDeviceMetricsOverride", Map.of("width", 1920, "height", 1080,
                "deviceScaleFactor", 1, "mobile", false));
        setWaiting("SUD", 3);
        browser.driver().get(base() + "/wallboard/SUD");
        browser.await("the waiting tile in amber",
                d -> "warn".equals(attribute("[data-figure='waiting']", "data-level")));
        assertThat(text("[data-figure='waiting'] .wb-value")).isEqualTo("3");
        assertThat(text("#wb-conn")).isEqualTo("En direct");
        // readable across a room: the figures are at least 100 px high on a 1080p screen
        Number size = (Number) browser.js("return parseFloat(getComputedStyle(document.querySelector("
                + "\"[data-figure='waiting'] .wb-value\")).fontSize)");
        assertThat(size.doubleValue()).isGreaterThanOrEqualTo(100);
        assertThat(browser.findAll("table")).isEmpty();
        browser.screenshot("wallboard-1920x1080");

        int port = server.port();
        server.close();
        browser.await("the wallboard notices", d -> !"live".equals(attribute("#wb-conn", "data-state")));
        setWaiting("SUD", 6);
        server = DashboardServer.start(config.toBuilder().port(port).build());

        browser.await("live again with the new figures", d -> "live".equals(attribute("#wb-conn", "data-state"))
                && "6".equals(text("[data-figure='waiting'] .wb-value")));
        browser.await("the waiting tile in red",
                d -> "alarm".equals(attribute("[data-figure='waiting']", "data-level")));
        browser.screenshot("wallboard-1920x1080-after-restart");
        browser.devtools("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void aTeamsWallboardShowsTheTeamsFiguresAndOnlyTheAlertsOfItsQueues() {
        setWaiting("NORD", 5);   // SAV, the queue of team Front, in alarm
        browser.driver().get(base() + "/wallboard/NORD/team/Front");
        browser.await("Front's waiting tile in red",
                d -> "alarm".equals(attribute("[data-figure='waiting']", "data-level")));
        assertThat(text("#wb-view")).isEqualTo("Équipe Front");
        assertThat(text("[data-figure='service_level'] .wb-value")).isEqualTo("73 %");   // 24 of 30 + 3
        assertThat(text("#wb-alerts")).contains("SAV");

        browser.driver().get(base() + "/wallboard/NORD/team/Back");
        browser.await("Back's figures and the project's alerts read", d -> "5".equals(text(
                "[data-figure='agents_available'] .wb-value"))
                && !"0".equals(attribute("#wb-alerts", "data-project-alerts"))
                && attribute("#wb-alerts", "data-project-alerts") != null);
        assertThat(text("#wb-view")).isEqualTo("Équipe Back");
        // the team's own figures, not the project's (service level 76 %, 6 available, 3 talking, 5 waiting)
        assertThat(text("[data-figure='service_level'] .wb-value")).isEqualTo("83 %");   // 10 of 11 + 1
        assertThat(text("[data-figure='waiting'] .wb-value")).isEqualTo("0");
        assertThat(text("[data-figure='agents_talking'] .wb-value")).isEqualTo("1");
        // SAV's alarm belongs to the other team: nothing red here, nothing in the footer
        assertThat(attribute("[data-figure='waiting']", "data-level")).isEqualTo("ok");
        assertThat(browser.findAll("#wb-alerts .wb-alert")).isEmpty();
        browser.screenshot("wallboard-team");

        browser.driver().get(base() + "/wallboard/NORD/team/Nope");
        browser.await("an unknown team says so", d -> "Équipe « Nope » inconnue.".equals(text(".wb-message")));
        setWaiting("NORD", 1);
    }

    @Test
    void theOverviewListsEveryProjectButConnectsOnlyWatchedAndPinnedOnes() {
        browser.driver().get(base() + "/overview");
        browser.jsAsync("fetch('/api/status?project=NORD').then(() => arguments[0](true))");
        browser.await("NORD watched, OUEST pinned",
                d -> "live".equals(attribute("tr[data-key='NORD'] .conn-badge", "data-state"))
                && "live".equals(attribute("tr[data-key='OUEST'] .conn-badge", "data-state")));
        assertThat(browser.findAll("#overview-table tbody tr")).hasSize(4);
        assertThat(browser.find("tr[data-key='EST'] td[data-col='state']").getText()).isEqualTo("Non suivi");
        assertThat(browser.find("tr[data-key='OUEST'] td[data-col='state']").getText()).contains("épinglé");
        assertThat(browser.find("tr[data-key='NORD'] td[data-col='agents']").getText()).isEqualTo("1");
        assertThat(server.hubs().ifOpen("EST")).isEmpty();
        assertThat(browser.find("#overview-count").getText()).matches("\\d suivi\\(s\\) sur 4 projet\\(s\\)");
        browser.screenshot("overview");

        browser.find("#overview-table th[data-key='project']").click();
        browser.await("sorted by project", d -> browser.findAll("#overview-table tbody tr").stream()
                .map(tr -> tr.getAttribute("data-key")).toList().equals(List.of("EST", "NORD", "OUEST", "SUD")));
        browser.find("tr[data-key='EST']").click();
        browser.await("EST opens", d -> d.getCurrentUrl().contains("/cst_explorer/EST"));
        browser.await("EST watched now", d -> server.hubs().ifOpen("EST").isPresent());
    }

    @Test
    void everyScreenSpeaksFrenchOrEnglishAndRemembersTheChoice() {
        browser.driver().get(base() + "/overview");
        browser.await("French", d -> browser.find("th[data-key='waiting']").getText().contains("En attente"));
        assertThat(browser.driver().getTitle()).isEqualTo("Vue d'ensemble des projets");
        assertThat(attribute("html", "lang")).isEqualTo("fr");

        browser.js("const s = document.getElementById('lang-select'); s.value = 'en'; s.dispatchEvent(new "
                + "Event('change'))");
        browser.await("English", d -> browser.findAll("th[data-key='waiting']").stream()
                .anyMatch(th -> th.getText().contains("Waiting")));
        assertThat(attribute("html", "lang")).isEqualTo("en");
        assertThat(browser.driver().getTitle()).isEqualTo("All projects");

        browser.driver().get(base() + "/cst_explorer/NORD");   // remembered on every page
        browser.await("English dashboard", d -> browser.find("#alert-title").getText().equals("Alerts"));
        browser.js("localStorage.removeItem('cccp-lang')");
        browser.driver().navigate().refresh();                   // no choice: the browser's languages decide
        String lang = attribute("html", "lang");
        assertThat(lang).isIn("fr", "en");
        assertThat((String) browser.js("return navigator.language")).startsWith(lang);
    }
}
