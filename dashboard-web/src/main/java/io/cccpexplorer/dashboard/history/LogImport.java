package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.model.AgentInterval;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.client.model.ContactCenterListener;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.history.HistoryBatch;
import io.cccpexplorer.history.AgentSession;
import io.cccpexplorer.history.AgentSessions;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ChangeKind;
import io.cccpexplorer.history.ModelRecords;
import io.cccpexplorer.history.PendingRollups;
import io.cccpexplorer.history.Slots;
import io.cccpexplorer.history.StoredCall;
import io.cccpexplorer.protocol.rlog.LogFile;
import io.cccpexplorer.protocol.rlog.LoggerDirectory;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogMerge;
import io.cccpexplorer.protocol.rlog.RlogReadOptions;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningProject;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.server.ObjectAnswerDelay;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code import}: past days of a Logger directory into the call history, through the same pipeline as live
 * recording. Each day's records are applied to an in-process replay server (our simulator's own apply/db code) that
 * the client's live model watches over a loopback connection, exactly as it watches a real dispatch; the model's
 * ended calls and closed agent intervals are what is stored, with each call's console rows read from the replay
 * server's session the way the live recorder reads them from the real one ({@link SessionEventSource}). So importing a
 * day and recording it live give the same rows (one definition of a call: the model's). Calls still open at the end of
 * the data are stored {@code open}, without an end time. Resumable and idempotent: a finished day is recorded and
 * skipped next time (unless {@code force}); rewriting a day changes nothing.
 */
public final class LogImport {

    /** Records per hand-over to the replay, model settle, console-row read and store transaction. */
    private static final int BATCH = 1000;
    private static final String LOGIN = "history-import";

    private final HistoryService history;
    private final PrintStream progress;
    /** How late the replay answers a row's query (tests: {@link ObjectAnswerDelay}); at once otherwise. */
    private final ObjectAnswerDelay replayAnswers;
    private final SecureRandom random = new SecureRandom();
    private long missingEvents;
    private String lastMissing;

    public LogImport(HistoryService history, PrintStream progress) {
        this(history, progress, ObjectAnswerDelay.NONE);
    }

    /** For tests: a replay that answers some rows' queries late, as a busy machine may. */
    LogImport(HistoryService history, PrintStream progress, ObjectAnswerDelay replayAnswers) {
        this.history = history;
        this.progress = progress;
        this.replayAnswers = replayAnswers;
    }

    /**
     * What one day gave.
     *
     * @param calls     the calls stored, each once however often the model reported it
     * @param intervals the agent intervals stored, each once (agent session and start) however often reported
     */
    public record DayResult(LocalDate day, int files, long records, int calls, int open, int intervals,
                            boolean skipped) {
    }

    public List<DayResult> run(String project, Path logs, LocalDate from, LocalDate to, boolean force)
            throws Exception {
        return days(project, logs, from, to, force, null);
    }

    /**
     * Imports the business days {@code from}..{@code to} of a span no live recorder covered (the dashboard was
     * down), while the live recorder records the project again. Days already imported are skipped; {@code today}
     * and later days are imported as far as their logs go but not marked imported (their logs are still being
     * written: a later {@code import} reads them whole), and their calls still going at the end of the logs are
     * left to the live recorder, which has them in its picture and writes them when they end.
     */
    public List<DayResult> fill(String project, Path logs, LocalDate from, LocalDate to, LocalDate today)
            throws Exception {
        return days(project, logs, from, to, false, today);
    }

    private List<DayResult> days(String project, Path logs, LocalDate from, LocalDate to, boolean force,
                                 LocalDate today) throws Exception {
        LoggerDirectory directory = new LoggerDirectory(logs);
        List<DayResult> results = new ArrayList<>();
        try (CccpClient client = CccpClient.create()) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!force && history.imports().done(project, day)) {
                    progress.printf("%s %s: already imported (use --force to import it again)%n", project, day);
                    results.add(new DayResult(day, 0, 0, 0, 0, 0, true));
                    continue;
                }
                Slots slots = history.slots(project);
                Instant start = slots.startOf(day);
                Instant end = slots.startOf(day.plusDays(1));
                List<LogFile> all = directory.files(project);
                if (all.stream().noneMatch(f -> overlaps(f, start, end))) {
                    progress.printf("%s %s: no log files%n", project, day);
                    results.add(new DayResult(day, 0, 0, 0, 0, 0, true));
                    continue;
                }
                // the day before too: the calls and statuses still going at the day's start are in it
                List<LogFile> files = all.stream().filter(f -> overlaps(f, start.minus(Duration.ofDays(1)), end))
                        .toList();
                boolean live = today != null && !day.isBefore(today);
                results.add(importDay(client, project, day, files, live));
            }
        }
        return results;
    }

    /** Whether the hour of {@code f} overlaps [{@code from}, {@code to}). */
    private static boolean overlaps(LogFile f, Instant from, Instant to) {
        return f.endOfHour().isAfter(from) && f.hour().isBefore(to);
    }

    /**
     * One business day, [its start, the next day's start) in the project's zone and day start. The records of the
     * day before are applied to the replay first, before the model connects: its first picture then holds the calls
     * and agent statuses still going at the day's start with their real dates, so a call across midnight is one
     * call with its real start and end, not a call started at midnight (the model's report of calls the day before
     * ended is left to that day's import). {@code live}: the day the live recorder is in (see {@link #fill}).
     */
    private DayResult importDay(CccpClient client, String project, LocalDate day, List<LogFile> files, boolean live)
            throws Exception {
        Slots slots = history.slots(project);
        ZoneOffset offset = slots.zone().getRules().getOffset(slots.startOf(day).plusSeconds(43_200));
        byte[] secret = new byte[18];
        random.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant from = slots.startOf(day);
        Instant until = slots.startOf(day.plusDays(1));
        Collector rows = new Collector(project, from);
        // the day's roll-ups are recomputed once, when its rows are written, not after each batch (see
        // HistoryWriter.write(batch, pending)); also after a failure, so what was written is counted
        PendingRollups pending = new PendingRollups(project);
        missingEvents = 0;
        long records = 0;
        double done = 0;
        long dropped = 0;
        long dayStart = from.toEpochMilli();
        // the store writes batch N while the replay applies batch N+1
        WriteBehind writes = new WriteBehind("history-import-" + project);
        Exception failed = null;
        try (RunningSimulator server = Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.empty(project, 0))
                .credentials(io.cccpexplorer.simulator.Credentials.of(LOGIN, password))
                .serverOffset(offset).objectAnswerDelay(replayAnswers).build())) {
            RunningProject replay = server.project(project);
            try (RlogMerge merge = LoggerDirectory.merge(files, RlogReadOptions.SALVAGE)) {
                RlogEntry first = null;
                while (merge.hasNext()) { // the day before: the state at the day's start, nothing stored
                    RlogEntry entry = merge.next().entry();
                    if (!entry.date().isNil() && !entry.date().toInstant().isBefore(from)) {
                        first = entry;
                        break;
                    }
                    replay.database().apply(entry);
                }
                ContactCenter model = ContactCenter.open(client, ServerAddress.of("127.0.0.1", replay.port()),
                        io.cccpexplorer.client.Credentials.of(LOGIN, password),
                        ConnectionOptions.defaults().withReconnect(false));
                try {
                    model.ready().toCompletableFuture().get(60, TimeUnit.SECONDS);
                    model.addListener(rows);
                    SessionEventSource events = SessionEventSource.of(model);
                    List<RlogEntry> batch = new ArrayList<>(BATCH);
                    // read, not applied yet: handed to the replay together (see apply)
                    List<RlogEntry> group = new ArrayList<>(BATCH);
                    while (first != null || merge.hasNext()) {
                        RlogEntry entry = first != null ? first : merge.next().entry();
                        first = null;
                        if (!entry.date().isNil() && !entry.date().toInstant().isBefore(until)) {
                            break; // the next day's: its own import reads it (with this day as its start)
                        }
                        group.add(entry);
                        batch.add(entry);
                        if (!entry.date().isNil()) { // progress: how far into the day the records are
                            done = Math.max(done, Math.min(1.0, (entry.date().toInstant().toEpochMilli() - dayStart)
                                    / 86_400_000.0));
                        }
                        if (batch.size() == BATCH) {
                            apply(replay, model, group);
                            records += batch.size();
                            batch.clear();
                            settle(model);
                            write(rows.take(), events, pending, writes);
                            bar(project, day, records, done);
                        }
                    }
                    apply(replay, model, group);
                    records += batch.size();
                    settle(model);
                    // what is still going at the end of the data: stored open, no end time invented; not over a
                    // stored end (the next day imported first), nor on the live recorder's day (it writes them).
                    // A call over for its caller whose session had not ended yet (the model reports a call at its
                    // session's end) is stored ended, with the end the data gives
                    writes.finish(); // the batch in flight may hold a call this asks the store about
                    ContactCenterSnapshot end = model.snapshot();
                    List<StoredCall> open = new ArrayList<>();
                    List<StoredCall> unreported = new ArrayList<>();
                    for (Call c : end.calls()) {
                        if (live || (!c.active() && rows.reported(c.sessionId()))
                                || endedInStore(project, c.sessionId())) {
                            continue;
                        }
                        (c.active() ? open : unreported).add(ModelRecords.call(project, c));
                    }
                    rows.addOpen(open);
                    rows.addUnreported(unreported);
                    write(rows.take(), events, pending, writes);
                    writes.finish();
                    dropped = model.droppedChangeCount() + rows.resyncs;
                    if (rows.failure != null) {
                        throw new IllegalStateException(project + " " + day + ": a change of the model could not "
                                + "be stored (" + rows.failure + "); the day is not marked imported", rows.failure);
                    }
                } finally {
                    model.connection().close();
                }
            }
        } catch (Exception e) {
            failed = e;
            throw e;
        } finally {
            // after a failure too, so what was written is counted; its own failure must not hide the first one
            Exception late = null;
            try {
                writes.finish();
            } catch (Exception e) {
                late = e;
            } finally {
                writes.close();
            }
            try {
                history.writer().rollUp(pending);
            } catch (RuntimeException e) {
                if (late == null) {
                    late = e;
                } else {
                    late.addSuppressed(e);
                }
            }
            if (late != null) {
                if (failed == null) {
                    throw late;
                }
                failed.addSuppressed(late);
            }
        }
        bar(project, day, records, 1.0);
        progress.println();
        if (missingEvents > 0) { // the day is not marked done: the next run imports it again
            throw new IllegalStateException(project + " " + day + ": the console rows of " + missingEvents
                    + " call(s) could not be read from the replay (" + lastMissing + "); the day is not marked "
                    + "imported, run the import again");
        }
        if (dropped > 0) { // the stored rows lack intermediate statuses: the day (or fill) must not count as done
            throw new IllegalStateException(project + " " + day + ": the model could not keep up with the replay ("
                    + dropped + " change(s) skipped and replaced by a resync), so agent intervals or calls may be "
                    + "missing; the day is not marked imported, run the import again");
        }
        if (!live) {
            history.imports().finished(project, day, records, rows.calls);
        }
        progress.printf("%s %s: %d files, %,d records, %,d calls (%,d still open), %,d agent intervals%n", project,
                day, files.size(), records, rows.calls, rows.open, rows.intervals());
        return new DayResult(day, files.size(), records, rows.calls, rows.open, rows.intervals(), false);
    }

    /**
     * Applies {@code records} to the replay and empties the list. Each record is committed on its own, so the model
     * sees every status a row passes through, as the dispatch pushes each record's changes (one commit for many
     * records hid an agent's passing statuses). They are handed over together, not one per call: one hand-over per
     * record to the replay's thread, with its wake-ups, was most of the apply's time. What one record per
     * hand-over gave by its pace, mostly, is kept by rule: a row new to the model's lists (a call, a queue task, an
     * agent) is read by the model with a query of its own, which the replay answers only between two hand-overs,
     * so the replay stops after the record that adds one and the next records wait until the model has read it
     * ({@link ContactCenter#newRowsLoaded()}); else they would reach the model only inside the row's first values.
     * (A first try at 1,000 records per hand-over lost most agent intervals: it came before the agent-login wait.)
     */
    private static void apply(RunningProject replay, ContactCenter model, List<RlogEntry> records) throws Exception {
        int applied = 0;
        while (applied < records.size()) {
            applied += replay.database().applyUntilNewRow(records.subList(applied, records.size()));
            model.newRowsLoaded().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
        records.clear();
    }

    private boolean endedInStore(String project, String sessionId) {
        return history.calls().call(project, sessionId).map(c -> !c.open()).orElse(false);
    }

    /**
     * Waits until the collector has heard every change of what was applied so far ({@link ContactCenter#caughtUp}).
     * A request's answer alone is not that: it completes on another thread than the row changes, which then wait on
     * the model's executor, so under load the last batch's changes (an agent's last intervals, a short fill's every
     * call) were still queued when the rows were taken, and lost when the model was closed.
     */
    static void settle(ContactCenter model) throws Exception {
        model.caughtUp().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    /**
     * Reads the console rows of the batch's calls from the replay now (a deleted session leaves it after an hour of
     * data), then hands the batch to {@code writes}, which stores it while the next records are applied.
     */
    private void write(HistoryBatch batch, SessionEventSource events, PendingRollups pending, WriteBehind writes)
            throws InterruptedException {
        if (batch.isEmpty()) {
            return;
        }
        if (!batch.calls().isEmpty()) {
            SessionEventReader.Result read = SessionEventReader.read(events,
                    batch.calls().stream().map(StoredCall::sessionId).toList());
            if (!read.missing().isEmpty()) {
                missingEvents += read.missing().size();
                lastMissing = read.missing().values().iterator().next();
            }
            batch = new HistoryBatch(batch.project(), SessionEventReader.latest(events, batch.calls()), read.events(),
                    batch.intervals(), batch.sessions());
        }
        HistoryBatch complete = batch;
        writes.submit(() -> history.writer().write(complete, pending));
    }

    private void bar(String project, LocalDate day, long records, double done) {
        int width = 30;
        int filled = (int) Math.round(done * width);
        progress.printf("\r%s %s [%s%s] %,d records", project, day, "#".repeat(filled), " ".repeat(width - filled),
                records);
        progress.flush();
    }

    /** The model's ended calls and closed intervals since the last take (the model's executor adds, we take). */
    private static final class Collector implements ContactCenterListener {
        private final String project;
        /** The day's start: a call the model reports ended before it is the day before's (its first picture). */
        private final Instant dayStart;
        /** By session id: a call reported again before the take (a correction) is written once, as reported last. */
        private Map<String, StoredCall> pendingCalls = new LinkedHashMap<>();
        /** The session ids of the calls the model reported ended during this import. */
        private final Set<String> reported = new HashSet<>();
        private List<io.cccpexplorer.history.AgentInterval> pendingIntervals = new ArrayList<>();
        /**
         * The intervals reported, each once: the model reports a re-opened wrap-up again when it closes again,
         * which rewrites the stored row, not another one ({@link AgentSessions#interval}).
         */
        private int intervals;
        private List<AgentSession> pendingSessions = new ArrayList<>();
        private final AgentSessions sessions;
        int calls;
        int open;
        /** Resyncs heard: changes the model skipped (a full queue), whose intermediate states are lost. */
        int resyncs;
        /** The first exception converting a change: its row is missing. */
        RuntimeException failure;

        Collector(String project, Instant dayStart) {
            this.project = project;
            this.dayStart = dayStart;
            this.sessions = new AgentSessions(project);
        }

        @Override
        public synchronized void onAgent(Change<Agent> change) {
            guarded(() -> {
                AgentSession s = sessions.change(change);
                if (s != null) {
                    pendingSessions.add(s);
                }
            });
        }

        @Override
        public synchronized void onCallEnded(Change<Call> report) {
            guarded(() -> {
                StoredCall stored = ModelRecords.call(project, report.current());
                reported.add(stored.sessionId());
                if (endedBeforeTheDay(stored)) {
                    return;
                }
                pendingCalls.put(stored.sessionId(), stored);   // a correction rewrites the call: not another one
                if (report.kind() == ChangeKind.ADDED) {
                    calls++;
                }
            });
        }

        @Override
        public synchronized void onAgentInterval(AgentInterval interval) {
            guarded(() -> {
                boolean firstReport = sessions.interval(interval);
                if (ModelRecords.storable(interval)) {
                    pendingIntervals.add(ModelRecords.interval(project, interval));
                    if (firstReport) {
                        intervals++;
                    }
                }
            });
        }

        /**
         * The model's executor logs a listener's exception and goes on: a row this collector failed to convert
         * would be missing from a day reported as imported. Kept, so that the day fails instead.
         */
        private void guarded(Runnable handler) {
            try {
                handler.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }

        /** The distinct intervals reported so far: the rows they are stored as. */
        synchronized int intervals() {
            return intervals;
        }

        @Override
        public synchronized void onResync() {
            resyncs++;
        }

        synchronized void addOpen(List<StoredCall> list) {
            list.forEach(c -> pendingCalls.put(c.sessionId(), c));
            calls += list.size();
            open += list.size();
        }

        synchronized boolean reported(String sessionId) {
            return reported.contains(sessionId);
        }

        /** Calls ended for their caller at the data's end, their session not yet: stored ended, as of the data. */
        synchronized void addUnreported(List<StoredCall> list) {
            for (StoredCall c : list) {
                if (!endedBeforeTheDay(c)) {
                    pendingCalls.put(c.sessionId(), c);
                    calls++;
                }
            }
        }

        /** Ended before the imported day started: the day before's, part of the model's first picture. */
        private boolean endedBeforeTheDay(StoredCall call) {
            return call.end() != null && call.end().isBefore(dayStart);
        }

        synchronized HistoryBatch take() {
            HistoryBatch b = new HistoryBatch(project, List.copyOf(pendingCalls.values()), Map.of(), pendingIntervals,
                    pendingSessions);
            pendingCalls = new LinkedHashMap<>();
            pendingIntervals = new ArrayList<>();
            pendingSessions = new ArrayList<>();
            return b;
        }
    }
}
