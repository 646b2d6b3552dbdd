package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Against a real CCCP server (the simulator, driven record by record by {@link ScriptedServer}): an agent's status
 * and time in status in the Users table, and one call moving ivr → waiting → ringing → talking → ended in the
 * Calls table while its agent rings, talks and wraps up in the Users table. Every status shown is the model's
 * (cccp-client), computed from what the server sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallFlowBrowserTest {

    private static final String AGENT_SESSION = "user_flow_1@15101.1700000000.Ccxml.ps-flow";
    private static final int AGENT_ID = 501;
    private static final String CALL = "session_flow_1@15101.1700000000.Ccxml.ps-flow";
    private static final String TASK = "task_flow_1";

    private ScriptedServer server;
    private BrowserDashboard dashboard;
    private HeadlessChromium browser;

    @BeforeAll
    void start() throws Exception {
        server = new ScriptedServer();
        // no kpi push during the tests: the KPI chips must follow the agents through the agents pushes alone
        dashboard = BrowserDashboard.start(server.dashboard().kpiEvery(java.time.Duration.ofHours(1)).build());
        browser = dashboard.browser();
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
        if (server != null) {
            server.close();
        }
    }

    /** Each test loads the page afresh (the same path with another fragment would only change the hash). */
    @BeforeEach
    void blankPage() {
        browser.driver().get("about:blank");
    }

    @Test
    void anAgentsStatusAndTimeInStatusTickInTheUsersTable() {
        server.agentLogsIn("user_tick_1@15101.1700000000.Ccxml.ps-flow", "ticker", 601);
        browser.driver().get(dashboard.base() + "/cst_explorer/" + ScriptedServer.PROJECT + "#tab=users&q=ticker");
        browser.await("the agent is listed as available", d -> cell("#users-table", "status").equals("available"));
        long first = browser.await("time in status shown", d -> seconds(cell("#users-table", "in-status")));
        browser.await("time in status ticks", d -> seconds(cell("#users-table", "in-status")) >= first + 2);
        browser.screenshot("users-status-ticking");

        server.agentPauses("user_tick_1@15101.1700000000.Ccxml.ps-flow", "Pause café");
        browser.await("the pause and its reason", d -> cell("#users-table", "status").equals("pause: Pause café"));
        assertThat(cell("#users-table", "state")).isEqualTo("Pause café");   // the server's own name, beside it
        long paused = browser.await("time in the new status", d -> seconds(cell("#users-table", "in-status")));
        assertThat(paused).isLessThan(first + 2);   // counted from the status change, not from the login
        browser.await("and ticks on", d -> seconds(cell("#users-table", "in-status")) >= paused + 1);
    }

    @Test
    void aCallMovesFromTheVoiceMenuToEndedInTheCallsTable() {
        server.agentLogsIn(AGENT_SESSION, "alice", AGENT_ID);
        browser.driver().get(dashboard.base() + "/cst_explorer/" + ScriptedServer.PROJECT + "#tab=calls");
        browser.await("the page is live", d -> browser.find("#calls-table").isDisplayed());

        server.callArrives(CALL, "0600000042");
        awaitStatus("IVR");   // the English label of the model's code "ivr"
        assertThat(cell("#calls-table", "queue")).isEqualTo("-");
        browser.screenshot("call-flow-1-ivr");

        server.callQueued(CALL, TASK);
        awaitStatus("waiting");
        assertThat(cell("#calls-table", "queue")).isEqualTo("SALES");
        browser.screenshot("call-flow-2-waiting");

        server.callOffered(CALL, TASK, AGENT_SESSION, AGENT_ID);
        awaitStatus("ringing");
        browser.screenshot("call-flow-3-ringing");
        awaitAgent("ringing");

        server.callAnswered(CALL, TASK, AGENT_SESSION, AGENT_ID);
        awaitStatus("talking");
        browser.screenshot("call-flow-4-talking");
        awaitAgent("talking");

        server.callEnds(CALL, TASK, AGENT_SESSION, AGENT_ID);
        awaitStatus("ended: answered");
        browser.screenshot("call-flow-5-ended");
        awaitAgent("wrap-up");
        assertThat(cells("#calls-table", "state")).hasSize(1);   // one row all along, updated in place
    }

    @Test
    void theKpiChipsFollowAnAgentWithoutWaitingForTheKpiPush() {
        String agent = "user_chips_1@15101.1700000000.Ccxml.ps-flow";
        server.agentLogsIn(agent, "carol", 701);
        browser.driver().get(dashboard.base() + "/cst_explorer/" + ScriptedServer.PROJECT + "#tab=users&q=carol");
        browser.await("the agent is listed as available", d -> cell("#users-table", "status").equals("available"));
        java.util.Map<String, Integer> before = browser.await("the chips count the agent",
                d -> chips().getOrDefault("available", 0) > 0 ? chips() : null);

        // no call here: the Calls table of the other tests must hold their call alone
        server.agentPauses(agent, "Formation");
        browser.await("the agent is paused", d -> cell("#users-table", "status").equals("pause: Formation"));
        browser.await("the chips follow it", d -> chips().getOrDefault("available", 0) == before.get("available") - 1
                && chips().getOrDefault("pause", 0) == before.getOrDefault("pause", 0) + 1);
        browser.screenshot("kpi-chips-follow-agents");
    }

    /** The KPI bar's agent chips ("talking: 2") as label → count, read in one script. */
    @SuppressWarnings("unchecked")
    private java.util.Map<String, Integer> chips() {
        List<String> texts = (List<String>) browser.js("return [...document.querySelectorAll("
                + "\"[data-kpi='agents'] .state-chips > *\")].map((e) => e.innerText.trim())");
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String t : texts) {
            int colon = t.lastIndexOf(':');
            if (colon > 0) {
                counts.put(t.substring(0, colon).trim(), Integer.parseInt(t.substring(colon + 1).trim()));
            }
        }
        return counts;
    }

    private void awaitStatus(String status) {
        try {
            browser.await("the call is " + status, d -> cells("#calls-table", "state").equals(List.of(status)));
        } catch (RuntimeException e) {
            throw new AssertionError("the call is not " + status + "; the Calls tab shows: "
                    + browser.find("#panel-calls").getText(), e);
        }
    }

    /** The agent's status in the Users tab, then back to the Calls tab (a tab change, not a reload). */
    private void awaitAgent(String status) {
        browser.js("location.hash = '#tab=users&q=alice'");
        browser.await("the agent is " + status, d -> cell("#users-table", "status").equals(status));
        if (status.equals("talking")) {   // the call it talks on is its current call
            assertThat(cell("#users-table", "call")).contains("0600000042").contains("SALES");
        }
        browser.screenshot("call-flow-agent-" + status);
        browser.js("location.hash = '#tab=calls'");
        browser.await("back on the calls", d -> browser.find("#calls-table").isDisplayed());
    }

    private String cell(String table, String column) {
        List<String> all = cells(table, column);
        return all.size() == 1 ? all.get(0) : "";
    }

    /** Read in one script: the live table re-renders its cells, and an element found a moment ago may be gone. */
    @SuppressWarnings("unchecked")
    private List<String> cells(String table, String column) {
        return (List<String>) browser.js("return [...document.querySelectorAll(arguments[0])]"
                + ".map((e) => e.innerText.trim())", table + " tbody tr td[data-col='" + column + "']");
    }

    /** "1m 05s", "42s" → seconds; null while the cell shows no duration (the await goes on). */
    private static Long seconds(String text) {
        var m = java.util.regex.Pattern.compile("(?:(\\d+)h\\s*)?(?:(\\d+)m\\s*)?(?:(\\d+)s)?").matcher(text.trim());
        if (text.isBlank() || !m.matches()) {
            return null;
        }
        long s = 0;
        s += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600;
        s += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60;
        s += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        return s;
    }
}
