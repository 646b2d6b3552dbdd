package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.QueueTask;
import io.cccpexplorer.client.model.QueueTaskState;
import io.cccpexplorer.client.model.PartyNumber;
import io.cccpexplorer.dashboard.view.CallView;
import io.cccpexplorer.protocol.rlog.LogFile;
import io.cccpexplorer.protocol.rlog.LoggerDirectory;
import io.cccpexplorer.protocol.rlog.RlogDamage;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogMerge;
import io.cccpexplorer.protocol.rlog.RlogReadOptions;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningProject;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load job of one snapshot: select the window's hourly files, start an in-process replay server on an
 * ephemeral loopback port (with a one-off password), feed it the merged records in batches while reporting
 * progress, then read the calls and sessions back through cccp-client, exactly as from a live dispatch.
 *
 * <p>{@code session_delete} records are not applied: a history view needs the window's ended sessions and their
 * events, which a live dispatch frees once a call is gone (the session's {@code delete_date} field shows the vendor
 * keeps the notion). Memory is bounded by {@link ReplaySettings#maxRecords()}.
 */
final class SnapshotLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotLoader.class);
    private static final int BATCH = 1000;
    private static final String LOGIN = "dashboard-replay";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    static final ListQuery CALLS = ListQuery.of(0, "sessions").filter(".[session_type eq 1]");
    static final RowFormat CALL_FORMAT = RowFormat.of("session_id", "create_date", "terminate_date",
            "connections.first.incoming", "connections.first.remote_address", "connections.first.local_address",
            "connections.first.connected_date", "connections.first.disconnected_date");
    static final ListQuery TASKS = ListQuery.of(0, "tasks");
    static final RowFormat TASK_FORMAT = RowFormat.of("parent_call_session_id", "task_id", "queue_name",
            "start_date", "management_date", "post_management_date", "end_date", "reason",
            "manager_session.user.login");
    static final ListQuery SESSIONS = ListQuery.of(0, "sessions");
    static final RowFormat SESSION_FORMAT = RowFormat.of("session_id");

    private final LogCatalog catalog;
    private final CccpClient client;
    private final ReplaySettings settings;
    private final SecureRandom random = new SecureRandom();

    SnapshotLoader(LogCatalog catalog, CccpClient client, ReplaySettings settings) {
        this.catalog = catalog;
        this.client = client;
        this.settings = settings;
    }

    /** Runs the whole load; every outcome ends in {@code ready} or {@code failed} with a reason. */
    void load(Snapshot snapshot) {
        long deadline = System.nanoTime() + settings.loadTimeout().toNanos();
        RunningSimulator server = null;
        CccpConnection connection = null;
        try {
            SnapshotKey key = snapshot.key();
            List<LogFile> files = catalog.files(key, snapshot.window());
            snapshot.loading(files.size());
            if (files.isEmpty()) {
                snapshot.failed("No log files for " + key.project() + " in " + describe(key));
                return;
            }
            ZoneId zone = settings.zone();
            byte[] secret = new byte[18];
            random.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            server = Simulator.start(SimulatorConfig.builder()
                    .bindAddress("127.0.0.1")
                    .project(ProjectConfig.empty(key.project(), 0))
                    .credentials(io.cccpexplorer.simulator.Credentials.of(LOGIN, password))
                    .serverOffset(snapshot.window().offset(zone))
                    .build());
            RunningProject project = server.project(key.project());
            if (!feed(snapshot, files, project, deadline)) {
                return;
            }
            connection = await(client.connect(ServerAddress.of("127.0.0.1", project.port()),
                    io.cccpexplorer.client.Credentials.of(LOGIN, password),
                    ConnectionOptions.defaults().withReconnect(false).withRequestTimeout(REQUEST_TIMEOUT)),
                    deadline, "connecting to the replay server");
            ReplayCalls calls = new ReplayCalls(calls(connection, snapshot, deadline));
            Map<String, Integer> sessions = new HashMap<>();
            for (Row row : await(connection.listRows(SESSIONS, SESSION_FORMAT), deadline, "listing sessions")) {
                sessions.putIfAbsent(row.text("session_id"), row.objectId());
            }
            ReplayData data = new ReplayData(server, connection, calls, sessions);
            if (snapshot.ready(data)) {
                LOG.info("replay {} ({}) ready: {} files, {} records, {} calls, port {}", snapshot.id(), key.label(),
                        files.size(), snapshot.recordsLoaded(), calls.size(), project.port());
                server = null;
                connection = null;
            } else {
                data.close();
                server = null;
                connection = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            snapshot.failed("The load was stopped");
        } catch (LoadFailure e) {
            snapshot.failed(e.getMessage());
        } catch (Exception e) {
            LOG.warn("replay {} ({}) failed: {}", snapshot.id(), snapshot.key().label(), e.toString());
            snapshot.failed("The load failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } finally {
            if (connection != null) {
                connection.close();
            }
            if (server != null) {
                server.close();
            }
        }
    }

    /** Applies the window's records in batches; false when the snapshot was closed meanwhile. */
    private boolean feed(Snapshot snapshot, List<LogFile> files, RunningProject project, long deadline)
            throws LoadFailure {
        long loaded = 0;
        List<RlogEntry> batch = new ArrayList<>(BATCH);
        try (RlogMerge merge = LoggerDirectory.merge(files, RlogReadOptions.SALVAGE)) {
            while (merge.hasNext()) {
                RlogEntry entry = merge.next().entry();
                if (entry.record() instanceof SessionDelete) {
                    continue;
                }
                batch.add(entry);
                if (batch.size() == BATCH || !merge.hasNext()) {
                    project.database().apply(batch);
                    loaded += batch.size();
                    Instant until = entry.date().isNil() ? null : entry.date().toInstant();
                    snapshot.progress(loaded, until);
                    batch.clear();
                    if (snapshot.isClosed()) {
                        return false;
                    }
                    if (loaded > settings.maxRecords()) {
                        throw new LoadFailure("The window holds more than " + settings.maxRecords()
                                + " records; pick one hour instead");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new LoadFailure("Loading took longer than " + settings.loadTimeout().toSeconds() + " s");
                    }
                }
            }
            if (!batch.isEmpty()) {
                project.database().apply(batch);
                loaded += batch.size();
                snapshot.progress(loaded, null);
            }
            for (RlogDamage d : merge.damages()) {
                LOG.warn("replay {}: damaged log file, read up to the damage: {}", snapshot.id(), d);
            }
        }
        snapshot.progress(loaded, snapshot.window().to());
        return !snapshot.isClosed();
    }

    private List<CallView> calls(CccpConnection connection, Snapshot snapshot, long deadline) throws Exception {
        List<Row> sessions = await(connection.listRows(CALLS, CALL_FORMAT), deadline, "listing calls");
        List<Row> tasks = await(connection.listRows(TASKS, TASK_FORMAT), deadline, "listing queue tasks");
        Map<String, List<Row>> tasksByCall = new HashMap<>();
        for (Row t : tasks) {
            tasksByCall.computeIfAbsent(t.text("parent_call_session_id"), k -> new ArrayList<>()).add(t);
        }
        OffsetDateTime asOf = OffsetDateTime.ofInstant(snapshot.window().to(),
                snapshot.window().offset(settings.zone()));
        List<CallView> out = new ArrayList<>();
        for (Row row : sessions) {
            OffsetDateTime start = row.date("create_date");
            if (start != null && !snapshot.window().contains(start.toInstant())) {
                continue;
            }
            out.add(CallView.of(call(row, tasksByCall.getOrDefault(row.text("session_id"), List.of())), asOf));
        }
        return out;
    }

    /**
     * One call from its session row and its queue tasks (the last task names the queue, the last answer the agent).
     * Direction and numbers come from the first connection, the caller's leg: once an agent answers, the last
     * connection is the outgoing agent leg, which would make every answered call look outgoing.
     */
    static Call call(Row row, List<Row> tasks) {
        CallDirection direction = row.get("connections.first.incoming").isDefined()
                ? (row.bool("connections.first.incoming", false) ? CallDirection.INCOMING : CallDirection.OUTGOING)
                : CallDirection.UNKNOWN;
        List<QueueTask> queueTasks = new ArrayList<>();
        for (Row t : tasks) {
            OffsetDateTime answered = t.date("management_date");
            OffsetDateTime ended = t.date("end_date");
            QueueTaskState state = ended != null ? QueueTaskState.ENDED
                    : answered != null ? QueueTaskState.TALKING : QueueTaskState.WAITING;
            String agent = t.text("manager_session.user.login");
            queueTasks.add(new QueueTask(row.text("session_id"), t.text("task_id"), t.text("queue_name"), state,
                    t.date("start_date"), answered, t.date("post_management_date"), ended, null,
                    agent.isEmpty() ? null : agent, t.text("reason").isEmpty() ? null : t.text("reason")));
        }
        queueTasks.sort(Comparator.comparing(QueueTask::queuedSince, Comparator.nullsFirst(Comparator.naturalOrder())));
        OffsetDateTime terminated = row.date("terminate_date");
        return Call.of(row.objectId(), row.text("session_id"), direction,
                PartyNumber.fromUri(row.text("connections.first.remote_address")),
                PartyNumber.fromUri(row.text("connections.first.local_address")), row.date("create_date"),
                row.date("connections.first.connected_date"),
                terminated != null ? terminated : row.date("connections.first.disconnected_date"), queueTasks);
    }

    static <T> T await(CompletionStage<T> stage, long deadline, String what) throws Exception {
        long left = deadline - System.nanoTime();
        try {
            return stage.toCompletableFuture().get(Math.max(1, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stage.toCompletableFuture().cancel(false);
            throw new LoadFailure("Timed out " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new LoadFailure("Failed " + what + ": " + (cause.getMessage() == null
                    ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }

    private static String describe(SnapshotKey key) {
        return key.date() + (key.hour().isPresent() ? String.format(" %02d:00", key.hour().getAsInt()) : "");
    }

    /** A load that cannot finish, with the reason users see. */
    static final class LoadFailure extends Exception {
        LoadFailure(String message) {
            super(message, null, false, false);
        }
    }
}
