package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.dashboard.config.MysqlSettings;
import io.cccpexplorer.history.CallRecords;
import io.cccpexplorer.history.Coverage;
import io.cccpexplorer.history.HistoryGap;
import io.cccpexplorer.history.HistoryDatabase;
import io.cccpexplorer.history.HistoryException;
import io.cccpexplorer.history.HistoryReports;
import io.cccpexplorer.history.HistoryWriter;
import io.cccpexplorer.history.ImportLog;
import io.cccpexplorer.history.ProjectSlots;
import io.cccpexplorer.history.Retention;
import io.cccpexplorer.history.ServiceTargets;
import io.cccpexplorer.history.Slots;
import io.cccpexplorer.history.WriterLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dashboard's call history: the opened store and what reads and writes it. */
public final class HistoryService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryService.class);

    private final HistorySettings settings;
    private final HistoryDatabase db;
    private final Slots slots;
    private final ProjectSlots projectSlots;
    private final HistoryWriter writer;
    private final HistoryReports reports;
    private final CallRecords calls;
    private final Retention retention;
    private final WriterLease lease;
    private final ImportLog imports;
    private final Coverage coverage;
    private final Clock clock;
    private volatile LiveRecorder recorder;
    private volatile RecordingCoverage recording;
    private volatile StoredCurves curves;

    private HistoryService(HistorySettings settings, HistoryDatabase db, Clock clock, ProjectSlots projectSlots) {
        this.settings = settings;
        this.db = db;
        this.slots = new Slots(settings.zone());
        this.projectSlots = projectSlots;
        this.writer = new HistoryWriter(db, projectSlots, new ServiceTargets(settings.target(), Map.of(),
                settings.shortAbandon()));
        this.reports = new HistoryReports(db, projectSlots);
        this.calls = new CallRecords(db, projectSlots);
        this.retention = new Retention(db, projectSlots, settings.retention(), clock);
        this.lease = new WriterLease(db, settings.nodeId(), WriterLease.DEFAULT_LENGTH, clock);
        this.imports = new ImportLog(db, clock);
        this.coverage = new Coverage(db, clock);
        this.clock = clock;
    }

    /**
     * Opens the store the settings name, every project in the settings' zone from midnight (tests, tools); the
     * dashboard passes each project's own zone and day start.
     */
    public static HistoryService open(HistorySettings settings, Path dataDir, Optional<MysqlSettings> mysql,
                                      Clock clock) {
        return open(settings, dataDir, mysql, clock, ProjectSlots.all(new Slots(settings.zone())));
    }

    /**
     * Opens the store the settings name (embedded under {@code dataDir/history}, or the MySQL schema); each
     * project's days, intervals and dates follow {@code projectSlots} (the live views' zone and day start).
     */
    public static HistoryService open(HistorySettings settings, Path dataDir, Optional<MysqlSettings> mysql,
                                      Clock clock, ProjectSlots projectSlots) {
        HistoryDatabase db;
        if (settings.mysqlSchema() == null) {
            db = HistoryDatabase.embedded(dataDir.resolve("history"));
        } else {
            MysqlSettings m = mysql.orElseThrow(() -> new HistoryException(
                    "history.mysql.schema is set but no MySQL server is configured (mysql.host)", null));
            db = HistoryDatabase.mysql("jdbc:mysql://" + m.host() + ":" + m.port(), m.user(), m.password(),
                    settings.mysqlSchema());
        }
        LOG.info("call history: {} ({})", settings.mysqlSchema() == null ? dataDir.resolve("history") : "MySQL schema "
                + settings.mysqlSchema(), db.engine());
        return new HistoryService(settings, db, clock, projectSlots);
    }

    public HistorySettings settings() {
        return settings;
    }

    public HistoryDatabase database() {
        return db;
    }

    /** The default time grid (a store opened on its own); a project's own is {@link #slots(String)}. */
    public Slots slots() {
        return slots;
    }

    /** {@code project}'s zone and day start: its business days, report intervals and displayed dates. */
    public Slots slots(String project) {
        return projectSlots.of(project);
    }

    public HistoryWriter writer() {
        return writer;
    }

    public HistoryReports reports() {
        return reports;
    }

    public CallRecords calls() {
        return calls;
    }

    public Retention retention() {
        return retention;
    }

    public ImportLog imports() {
        return imports;
    }

    /** The spans the live recorder covered, and the gaps between them. */
    public Coverage coverage() {
        return coverage;
    }

    /**
     * {@code project}'s gaps not filled that overlap its business days {@code from}..{@code to}, as the reports
     * list them ({@code from}, {@code to} in the project's zone, {@code state}, {@code reason}).
     */
    public List<Map<String, Object>> gaps(String project, java.time.LocalDate from, java.time.LocalDate to) {
        Slots s = slots(project);
        return coverage.missing(project, s.startOf(from), s.startOf(to.plusDays(1))).stream()
                .map(g -> gapJson(g, s.zone())).toList();
    }

    static Map<String, Object> gapJson(HistoryGap g, java.time.ZoneId zone) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("project", g.project());
        m.put("from", g.from().atZone(zone).toOffsetDateTime().toString());
        m.put("to", g.to().atZone(zone).toOffsetDateTime().toString());
        m.put("state", g.state().wire());
        m.put("reason", g.reason());
        return m;
    }

    /** Every gap not filled (or being filled), of every project. */
    public List<HistoryGap> missing() {
        return coverage.missing();
    }

    public WriterLease lease() {
        return lease;
    }

    /** Disk used, or -1 when the store cannot tell now (unreachable). */
    public long diskBytes() {
        try {
            return db.diskBytes();
        } catch (HistoryException e) {
            return -1;
        }
    }

    /** The {@code history} check of {@code /health}: engine, disk used, retention. */
    public Map<String, Object> health() {
        Map<String, Object> check = new java.util.LinkedHashMap<>();
        long disk = diskBytes();
        check.put("status", disk >= 0 ? "UP" : "DOWN");
        check.put("engine", db.engine().name().toLowerCase(java.util.Locale.ROOT));
        check.put("disk_bytes", disk);
        check.put("retention_days", settings.retention().getDays());
        LiveRecorder r = recorder;
        if (r != null) {
            check.put("live", r.health());
        }
        StoredCurves kept = curves;
        if (kept != null) {
            check.put("curves", kept.health());
        }
        try { // spans no dashboard recorded: being filled from the logs, or gaps the reports over them mention
            check.put("gaps", coverage.missing().stream().map(g -> gapJson(g, slots(g.project()).zone())).toList());
        } catch (HistoryException e) {
            check.put("gaps", null);
        }
        return check;
    }

    /**
     * The daily purge, each project before its own first kept business day (its zone and day start); failures are
     * logged and retried the next day.
     */
    public void purge() {
        try {
            for (String project : retention.projects()) {
                long n = retention.purge(project);
                LOG.info("call history: purged {} rows of {} before {}", n, project, retention.firstKept(project));
            }
        } catch (HistoryException e) {
            LOG.warn("call history purge failed: {}", e.getMessage());
        }
    }

    /** Starts recording the live projects (at most {@code capacity} rows waiting for the database). */
    public LiveRecorder startRecording(int capacity) {
        recorder = new LiveRecorder(this, capacity);
        return recorder;
    }

    /**
     * Starts keeping what the live recorder covers, and filling (from {@code logs}, the Logger directory when one
     * is configured) or reporting what it did not: see {@link RecordingCoverage}.
     */
    public RecordingCoverage startCoverage(Optional<Path> logs) {
        recording = RecordingCoverage.start(this, logs, clock);
        return recording;
    }

    /** Starts keeping the intraday charts in the store, for a restarted dashboard: see {@link StoredCurves}. */
    public StoredCurves startCurves() {
        curves = new StoredCurves(db, clock);
        return curves;
    }

    public java.util.Optional<LiveRecorder> recorder() {
        return java.util.Optional.ofNullable(recorder);
    }

    @Override
    public void close() {
        RecordingCoverage c = recording;
        if (c != null) {
            c.close(); // the runs' ends are written while the store is open
        }
        LiveRecorder r = recorder;
        if (r != null) {
            r.close();
        }
        StoredCurves kept = curves;
        if (kept != null) {
            kept.close();
        }
        db.close();
    }
}
