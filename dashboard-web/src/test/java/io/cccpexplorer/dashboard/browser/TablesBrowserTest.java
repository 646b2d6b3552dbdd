package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.config.FigureConfig;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.support.ui.Select;

/**
 * The Users and Calls filters (by the server's status and queue) and the Queues tab's figure columns, in a real
 * browser on a {@link LabProject} that also has two paused agents of another queue ("SAV") and a waiting call there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TablesBrowserTest {

    private static final String OTHER_QUEUE = "SAV";
    private static final int PAUSED_IDS = 200;
    private static final int WAITING_CALL_ID = 78;

    private LabProject lab;
    private BrowserDashboard dashboard;
    private HeadlessChromium browser;

    @BeforeAll
    void start() {
        lab = new LabProject();
        for (int id = PAUSED_IDS + 1; id <= PAUSED_IDS + 2; id++) {
            lab.putAgent(ModelRecords.AgentBuilder.from(lab.agent(id, "pause" + id, "Pause café"))
                    .status(AgentStatus.PAUSE).queues(OTHER_QUEUE).build());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).withNano(0);
        lab.feed.putCall(ModelRecords.call(WAITING_CALL_ID, "session_78@15101.1700000000.Ccxml.ps-lab")
                .numbers("0600000078", "0800000047").queue(OTHER_QUEUE).state(CallStatus.WAITING)
                .times(now.minusSeconds(15), null, null).build());
        lab.feed.putQueue(ModelRecords.queue(41, OTHER_QUEUE).counters(2, 0, 1, 1).build());
        // teams come from the configuration; which team a row is in is the server's answer (teams of its queues)
        Map<String, List<String>> teams = new LinkedHashMap<>();
        teams.put("Front", List.of("VIP"));
        teams.put("Back", List.of(OTHER_QUEUE));
        dashboard = BrowserDashboard.start(lab.config().figures(new FigureConfig(Duration.ofSeconds(20), Map.of(),
                Duration.ofSeconds(5), Map.of(LabProject.NAME, teams))).build());
        browser = dashboard.browser();
        browser.recordScriptErrors();
    }

    /** Each test in English unless it chooses (the choice is remembered per browser, so it would leak). */
    @BeforeEach
    void english() {
        language("en");
    }

    private void language(String lang) {
        browser.driver().get(dashboard.base() + "/static/css/app.css");
        browser.js("localStorage.setItem('cccp-lang', arguments[0])", lang);
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
    void usersNarrowToTheChosenStatusAndQueueAndTheLinkKeepsTheFilters() {
        browser.driver().get(dashboard.base() + "/cst_explorer/" + LabProject.NAME + "#tab=users");
        int everyone = LabProject.AGENTS + 1 + 2;
        browser.await("every user is listed", d -> cells("#users-table", "login").size() == everyone);

        new Select(browser.find("#users-status")).selectByValue("pause");
        browser.await("only the paused users remain", d -> cells("#users-table", "login").size() == 2);
        assertThat(cells("#users-table", "status")).allSatisfy(s -> assertThat(s).startsWith("pause"));
        assertThat(browser.driver().getCurrentUrl()).contains("status=pause");

        new Select(browser.find("#users-status")).selectByValue("");
        new Select(browser.find("#users-queue")).selectByValue("VIP");
        browser.await("only the VIP users remain", d -> cells("#users-table", "login").size() == LabProject.AGENTS + 1);
        assertThat(cells("#users-table", "queues")).allSatisfy(q -> assertThat(q).contains("VIP"));
        new Select(browser.find("#users-status")).selectByValue("talking");
        browser.await("status and queue combine", d -> cells("#users-table", "login").equals(List.of("jdoe")));
        browser.screenshot("users-filtered-by-status-and-queue");

        // a shared link opens with the same filters
        String link = browser.driver().getCurrentUrl();
        assertThat(link).contains("status=talking").contains("queue=VIP");
        browser.driver().navigate().refresh();
        browser.await("the reloaded link keeps its filters",
                d -> cells("#users-table", "login").equals(List.of("jdoe")));
        assertThat(new Select(browser.find("#users-queue")).getFirstSelectedOption().getText()).isEqualTo("VIP");
    }

    @Test
    void callsNarrowToTheChosenStatusAndQueue() {
        browser.driver().get(dashboard.base() + "/cst_explorer/" + LabProject.NAME + "#tab=calls");
        browser.await("both calls are listed", d -> cells("#calls-table", "queue").size() == 2);

        new Select(browser.find("#calls-status")).selectByValue("waiting");
        browser.await("only the waiting call remains",
                d -> cells("#calls-table", "queue").equals(List.of(OTHER_QUEUE)));
        assertThat(cells("#calls-table", "state")).containsExactly("waiting");

        new Select(browser.find("#calls-status")).selectByValue("");
        new Select(browser.find("#calls-queue")).selectByValue("VIP");
        browser.await("only the VIP call remains", d -> cells("#calls-table", "state").equals(List.of("talking")));
        assertThat(browser.driver().getCurrentUrl()).contains("tab=calls").contains("queue=VIP");
        browser.screenshot("calls-filtered-by-queue");
    }

    @Test
    void theQueuesTabShowsThePerQueueFigures() {
        browser.driver().get(dashboard.base() + "/cst_explorer/" + LabProject.NAME + "#tab=queues");
        browser.await("the queue rows", d -> cells("#queues-table", "name").size() == 2);
        List<String> headers = texts("#queues-table th");
        assertThat(headers).contains("Available", "Talking", "Wrap-up", "Pause", "Offered", "Answered", "Abandoned",
                "Abandon %", "Service level", "ASA", "AHT", "Max wait");
        // the lab's in-memory feed has no model figures for its queue: the API sends null and the page a dash
        for (String col : List.of("available", "offered", "service-level", "asa", "max-wait")) {
            assertThat(cells("#queues-table", col)).as(col).containsExactly("-", "-");
        }
        browser.screenshot("queues-figures");
    }

    @Test
    void usersAndQueuesNarrowToTheChosenTeam() {
        browser.driver().get(dashboard.base() + "/cst_explorer/" + LabProject.NAME + "#tab=users");
        int everyone = LabProject.AGENTS + 1 + 2;
        browser.await("every user is listed", d -> cells("#users-table", "login").size() == everyone);
        assertThat(new Select(browser.find("#users-team")).getOptions()).extracting(o -> o.getText())
                .containsExactly("Any team", "Back", "Front");

        new Select(browser.find("#users-team")).selectByValue("Back");
        browser.await("only the team's users remain", d -> cells("#users-table", "login").size() == 2);
        assertThat(cells("#users-table", "queues")).containsOnly(OTHER_QUEUE);
        assertThat(browser.driver().getCurrentUrl()).contains("team=Back");
        new Select(browser.find("#users-team")).selectByValue("Front");
        browser.await("the other team's users", d -> cells("#users-table", "login").size() == LabProject.AGENTS + 1);
        new Select(browser.find("#users-status")).selectByValue("talking");
        browser.await("team and status combine", d -> cells("#users-table", "login").equals(List.of("jdoe")));
        browser.screenshot("users-filtered-by-team");
        new Select(browser.find("#users-status")).selectByValue("");

        browser.driver().get(dashboard.base() + "/cst_explorer/" + LabProject.NAME + "#tab=queues&team=Back");
        browser.await("only the team's queue", d -> cells("#queues-table", "name").equals(List.of(OTHER_QUEUE)));
        assertThat(new Select(browser.find("#queues-team")).getFirstSelectedOption().getText()).isEqualTo("Back");

        // the Calls tab: a call is in the teams of its queue (the rows say which; the page compares names)
        browser.driver().get(dashboard.base() + "/cst_explorer/" + LabProject.NAME + "#tab=calls&team=Back");
        browser.await("only the team's call", d -> cells("#calls-table", "state").equals(List.of("waiting")));
        assertThat(new Select(browser.find("#calls-team")).getFirstSelectedOption().getText()).isEqualTo("Back");
        new Select(browser.find("#calls-team")).selectByValue("Front");
        browser.await("the other team's call", d -> cells("#calls-table", "state").equals(List.of("talking")));
        assertThat(browser.driver().getCurrentUrl()).contains("team=Front");
        browser.screenshot("calls-filtered-by-team");
    }

    @Test
    void theTablesAndTheConsoleSpeakFrenchOrEnglishWithTheServerNamesAsTheyAre() {
        language("fr");
        String page = dashboard.base() + "/cst_explorer/" + LabProject.NAME;
        browser.driver().get(page + "#tab=queues");
        browser.await("the queue rows", d -> cells("#queues-table", "name").size() == 2);
        assertThat(texts("#queues-table th")).contains("File", "Connectés", "En attente", "Attente la plus longue",
                "Disponibles", "Présentés", "Répondus", "Abandons %", "Niveau de service", "DMA", "DMT", "Attente max");
        assertThat(browser.find("#kpis").getText()).contains("Appels en attente", "Niveau de service",
                "Agents connectés");
        assertThat(browser.find(".chart-title").getText()).startsWith("Aujourd’hui");
        assertThat(browser.find("#queues-search").getAttribute("placeholder")).startsWith("Rechercher");
        assertThat(browser.find("#last-change").getText()).startsWith("Dernier changement");

        browser.find("#tab-users").click();
        browser.await("the users", d -> !cells("#users-table", "login").isEmpty());
        assertThat(texts("#users-table th"))
                .contains("Nom", "Identifiant", "Statut", "Dans le statut", "Appel en cours",
                "État serveur", "Connecté depuis", "Durée");
        // the model's statuses in French, the server's own state and pause names as the server wrote them
        assertThat(cells("#users-table", "status")).contains("pause: Pause café", "en communication");
        assertThat(cells("#users-table", "state")).contains("Pause café", "En appel");
        assertThat(new Select(browser.find("#users-status")).getOptions()).extracting(o -> o.getText())
                .contains("Tous les statuts", "pause", "en communication");
        assertThat(browser.find("#users-result").getText()).matches("\\d+ sur \\d+");
        assertThat(new Select(browser.find("#users-team")).getOptions()).extracting(o -> o.getText())
                .containsExactly("Toutes les équipes", "Back", "Front");

        browser.find("#tab-calls").click();
        browser.await("the calls", d -> cells("#calls-table", "queue").size() == 2);
        assertThat(texts("#calls-table th")).contains("Début", "Appelant", "Appelé", "Durée", "File", "Statut",
                "Attente", "Communication");
        assertThat(cells("#calls-table", "state")).contains("en attente", "en communication");
        assertThat(browser.find("#calls-page-note").getText()).isEqualTo("Derniers appels, mis à jour en direct.");
        browser.screenshot("tables-french");

        String console = dashboard.base() + "/console?project=" + LabProject.NAME + "&session=" + LabProject.SESSION;
        browser.driver().get(console);
        browser.await("the console's events", d -> browser.findAll("#c-rows tr[data-id]").size() >= 3);
        assertThat(texts("table.console th")).containsExactly("Date", "Source", "Cible", "État", "Nom", "Données");
        assertThat(browser.find(".brand").getText()).contains("Console de session");
        assertThat(browser.find("#c-reload").getText()).isEqualTo("Recharger");
        assertThat(browser.driver().getTitle()).endsWith("· console");
        browser.screenshot("console-french");

        // the choice made on the console holds on every page
        browser.js("const s = document.getElementById('lang-select'); s.value = 'en'; s.dispatchEvent(new "
                + "Event('change'))");
        browser.await("the console in English", d -> texts("table.console th").contains("Target"));
        assertThat(browser.find("#c-reload").getText()).isEqualTo("Reload");
        browser.driver().get(page + "#tab=users");
        browser.await("the users", d -> !cells("#users-table", "login").isEmpty());
        assertThat(texts("#users-table th")).contains("Name", "Login", "Status", "Server state", "Connected since");
        assertThat(cells("#users-table", "status")).contains("pause: Pause café", "talking");
        assertThat(cells("#users-table", "state")).contains("Pause café", "En appel");
        assertThat(browser.find("#kpis").getText()).contains("Calls waiting");
        assertThat(browser.find("#tab-calls").getText()).startsWith("Calls");
    }

    private List<String> cells(String table, String column) {
        return texts(table + " tbody tr td[data-col='" + column + "']");
    }

    private List<String> texts(String css) {
        // read in one step in the page: a live update may replace a row between two WebDriver calls
        Object texts = browser.js("return [...document.querySelectorAll(arguments[0])].map(e => e.innerText)", css);
        return ((List<?>) texts).stream().map(t -> String.valueOf(t).trim().split("\\s*[▲▼]")[0].trim()).toList();
    }
}
