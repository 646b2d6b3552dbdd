package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.dashboard.config.MysqlSettings;
import io.cccpexplorer.history.CallRecords;
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
    private volatile LiveRecorder recorder;

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

    public java.util.Optional<LiveRecorder> recorder() {
        return java.util.Optional.ofNullable(recorder);
    }

    @Override
    public void close() {
        LiveRecorder r = recorder;
        if (r != null) {
            r.close();
        }
        db.close();
    }
}
