package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.dashboard.http.ApiException;
import io.cccpexplorer.dashboard.http.ApiRequest;
import io.cccpexplorer.dashboard.http.Route;
import io.cccpexplorer.history.AgentReportQuery;
import io.cccpexplorer.history.CallPage;
import io.cccpexplorer.history.CallSearch;
import io.cccpexplorer.history.HistoryException;
import io.cccpexplorer.history.QueueReportQuery;
import io.cccpexplorer.history.ReportInterval;
import io.cccpexplorer.history.Slots;
import io.cccpexplorer.history.StoredCall;
import io.cccpexplorer.history.export.Csv;
import io.cccpexplorer.history.export.ReportTables;
import io.cccpexplorer.history.export.Table;
import io.cccpexplorer.history.export.Xlsx;
import io.undertow.util.Headers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The history's HTTP surface (API.md, "Call history"): interval reports, call search and a stored call's console
 * rows, each as JSON or as a CSV / XLSX download of the same rows. Answers 503 {@code history_disabled} when the
 * dashboard keeps no history.
 */
public final class ReportEndpoints {

    private final HistoryService history;
    private final Clock clock;
    private final Function<String, Map<String, List<String>>> teams;

    /**
     * @param history {@code null} when the history is off
     * @param teams a project's team catalogue (team name → its queues' full names, as the model and the store name
     *              them): what {@code team=T} of the queue report adds up
     */
    public ReportEndpoints(HistoryService history, Clock clock, Function<String, Map<String, List<String>>> teams) {
        this.history = history;
        this.clock = clock;
        this.teams = teams;
    }

    /** Without a team catalogue: {@code team} needs its queues listed in {@code queue}. */
    public ReportEndpoints(HistoryService history, Clock clock) {
        this(history, clock, project -> Map.of());
    }

    public List<Route> routes() {
        return List.of(
                new Route("GET", "/api/reports/queues", "reports_queues", Route.Kind.API, Route.Access.VIEWER,
                        this::queues),
                new Route("GET", "/api/reports/agents", "reports_agents", Route.Kind.API, Route.Access.VIEWER,
                        this::agents),
                new Route("GET", "/api/calls/search", "calls_search", Route.Kind.API, Route.Access.VIEWER,
                        this::search),
                new Route("GET", "/api/calls/{session}/events", "calls_events", Route.Kind.API, Route.Access.VIEWER,
                        this::events));
    }

    private HistoryService history() {
        if (history == null) {
            throw new ApiException(503, "history_disabled", "This dashboard keeps no call history (history=off)");
        }
        return history;
    }

    private ReportParameters parameters(ApiRequest r) {
        return new ReportParameters(r, history()::slots, clock);
    }

    private void queues(ApiRequest r) {
        ReportParameters p = parameters(r);
        String project = p.project();
        LocalDate from = p.from();
        LocalDate to = p.to(from);
        ReportInterval interval = p.interval(ReportInterval.HOUR);
        String team = p.optional("team");
        List<String> queues = queuesOf(project, from, to, team, p.names("queue"));
        QueueReportQuery q = query(() -> new QueueReportQuery(project, from, to, interval, queues, team));
        Table table = ReportTables.queues(store(() -> history.reports().queues(q)));
        answer(r, p.format(), table, "queues-" + project + "-" + from + "-" + to, header(project, from, to, interval));
    }

    /** The full names of the queues a link names (full or as shown), or of its team's queues. */
    private List<String> queuesOf(String project, LocalDate from, LocalDate to, String team, List<String> listed) {
        List<String> named = team == null ? listed : teamQueues(project, team, listed);
        if (named.isEmpty()) {
            return named;
        }
        return ShownQueueNames.fullNames(named, store(() -> history.reports().queueNames(project, from, to)));
    }

    /**
     * The queues a team adds up: the catalogue's (setting {@code teams}); an explicit {@code queue} list instead
     * when the link gives one (a team the catalogue does not know, named by its queues).
     */
    private List<String> teamQueues(String project, String team, List<String> listed) {
        if (!listed.isEmpty()) {
            return listed;
        }
        Map<String, List<String>> catalogue = teams.apply(project);
        List<String> queues = catalogue == null ? null : catalogue.get(team);
        if (queues == null || queues.isEmpty()) {
            throw ReportParameters.bad("team", catalogue == null || catalogue.isEmpty()
                    ? "names no team of " + project
                    + " (no teams are configured for it; list its queues with queue=A,B)"
                    : "names no team of " + project + " (its teams: " + String.join(", ", catalogue.keySet()) + ")");
        }
        return queues;
    }

    private void agents(ApiRequest r) {
        ReportParameters p = parameters(r);
        String project = p.project();
        LocalDate from = p.from();
        LocalDate to = p.to(from);
        ReportInterval interval = p.interval(ReportInterval.DAY);
        String team = p.optional("team");
        List<String> agents = team == null ? p.names("agent") : teamAgents(project, from, to, team, p.names("agent"));
        AgentReportQuery q = query(() -> new AgentReportQuery(project, from, to, interval, agents));
        // a team without agents over these days has no rows (an empty agent list would mean every agent)
        Table table = ReportTables.agents(team != null && agents.isEmpty() ? List.of()
                : store(() -> history.reports().agents(q)));
        Map<String, Object> head = header(project, from, to, interval);
        if (team != null) {
            head.put("team", team);
            head.put("team_agents", agents);
        }
        answer(r, p.format(), table, "agents-" + project + "-" + from + "-" + to, head);
    }

    /**
     * A team's agents: those who answered a call of its queues (the same catalogue as the queue report) over the
     * days asked; narrowed to the {@code agent} list when the link gives one.
     */
    private List<String> teamAgents(String project, LocalDate from, LocalDate to, String team, List<String> listed) {
        List<String> queues = queuesOf(project, from, to, team, List.of());
        List<String> agents = store(() -> history.calls().agentsOf(project, from, to, queues));
        return listed.isEmpty() ? agents : agents.stream().filter(listed::contains).toList();
    }

    private void search(ApiRequest r) {
        ReportParameters p = parameters(r);
        String project = p.project();
        LocalDate from = p.from();
        LocalDate to = p.to(from);
        ExportFormat format = p.format();
        // an export takes every match up to the largest page; the JSON view pages
        int size = p.integer("page_size", format == ExportFormat.JSON ? 50 : CallSearch.MAX_PAGE_SIZE, 1,
                CallSearch.MAX_PAGE_SIZE);
        CallSearch s = query(() -> new CallSearch(project, from, to, p.number("caller"), p.number("called"),
                p.optional("agent"), searchedQueue(project, from, to, p.optional("queue")), p.disposition(),
                p.seconds("min_wait"),
                p.integer("page", 0, 0, 1_000_000), size));
        CallPage page = store(() -> history.calls().search(s));
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("project", project);
        head.put("from", from.toString());
        head.put("to", to.toString());
        zone(head, project);
        gaps(head, project, from, to);
        head.put("page", page.page());
        head.put("page_size", page.pageSize());
        head.put("more", page.more());
        answer(r, format, ReportTables.calls(page.calls(), history.slots(project).zone()),
                "calls-" + project + "-" + from + "-" + to, head);
    }

    /** The call search's one queue, by its full or shown name (the first stored queue shown so). */
    private String searchedQueue(String project, LocalDate from, LocalDate to, String queue) {
        return queue == null ? null : queuesOf(project, from, to, null, List.of(queue)).get(0);
    }

    private void events(ApiRequest r) {
        ReportParameters p = parameters(r);
        String project = p.project();
        String session = r.path("session");
        if (session == null || session.length() > 128) {
            throw ReportParameters.bad("session", "must be a session id");
        }
        Optional<StoredCall> call = store(() -> history.calls().call(project, session));
        var events = store(() -> history.calls().events(project, session));
        if (call.isEmpty() && events.isEmpty()) {
            throw new ApiException(404, "session_not_found", "No stored call or events for " + session
                    + " in " + project);
        }
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("project", project);
        head.put("session_id", session);
        zone(head, project);
        head.put("call", call.map(c -> rowsOf(ReportTables.calls(List.of(c), history.slots(project).zone())).get(0))
                .orElse(null));
        answer(r, p.format(), ReportTables.events(session, events), "events-" + session, head);
    }

    private Map<String, Object> header(String project, LocalDate from, LocalDate to, ReportInterval interval) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("project", project);
        head.put("from", from.toString());
        head.put("to", to.toString());
        head.put("interval", interval.wire());
        zone(head, project);
        gaps(head, project, from, to);
        return head;
    }

    /**
     * The project's zone and day start (settings {@code timezone}, {@code day.start}, per project too): its days,
     * intervals and every date of the answer are in them.
     */
    private void zone(Map<String, Object> head, String project) {
        Slots slots = history.slots(project);
        head.put("zone", slots.zone().getId());
        head.put("day_start", slots.dayStart().toString());
    }

    /**
     * The spans of these days no dashboard recorded and not filled from the logs: the rows lack what happened
     * then (a dashboard restart without a Logger directory, or an import under way or failed).
     */
    private void gaps(Map<String, Object> head, String project, LocalDate from, LocalDate to) {
        head.put("gaps", store(() -> history.gaps(project, from, to)));
    }

    /** JSON: the header fields and {@code rows} (one object per row, the table's columns as keys); else a download. */
    private static void answer(ApiRequest r, ExportFormat format, Table table, String fileName,
            Map<String, Object> head) {
        switch (format) {
            case JSON -> {
                Map<String, Object> body = new LinkedHashMap<>(head);
                body.put("columns", table.columns());
                body.put("rows", rowsOf(table));
                r.json(200, body);
            }
            case CSV -> download(r, "text/csv; charset=UTF-8", fileName + ".csv", out -> Csv.write(table, out));
            case XLSX -> download(r, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    fileName + ".xlsx", out -> Xlsx.write(table, out));
        }
    }

    static List<Map<String, Object>> rowsOf(Table table) {
        List<Map<String, Object>> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                m.put(table.columns().get(i), row.get(i));
            }
            rows.add(m);
        }
        return rows;
    }

    private interface Writing {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static void download(ApiRequest r, String type, String fileName, Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        r.exchange().getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"" + safe + "\"");
        r.send(200, type, out.toByteArray());
    }

    private interface Query<T> {
        T get();
    }

    /** A query record that refuses its arguments is the caller's mistake: 400 with the record's reason. */
    private static <T> T query(Query<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_parameter", e.getMessage());
        }
    }

    /** The store failing is not the caller's mistake: 503, the reason logged by the store's exception. */
    private static <T> T store(Query<T> read) {
        try {
            return read.get();
        } catch (HistoryException e) {
            throw new ApiException(503, "history_unavailable",
                    "The call history cannot be read now: " + e.getMessage());
        }
    }
}
