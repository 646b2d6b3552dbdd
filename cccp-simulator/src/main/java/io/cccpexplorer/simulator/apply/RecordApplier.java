package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.rlog.LoggerRecord;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records in, database changes out: the one code path by which synthetic traffic, replayed log files and tests
 * change a {@link DispatchDatabase}, as the dispatch's ccxml logger decoder does. Records that change nothing the
 * explorer serves (alive, process start/stop, dialog inputs...) are counted and ignored. After its family's
 * rules, a record goes through the cross-family ones: a terminated call session ends its live tasks, and
 * {@link QueueMembership} keeps queue membership and counters. Confined to the database's thread.
 */
public final class RecordApplier {

    /** Retention that keeps deleted sessions (as the vendor does for the days it loaded). */
    public static final Duration KEEP_DELETED = Duration.ofDays(365_000);

    private static final Logger log = LoggerFactory.getLogger(RecordApplier.class);

    private final DispatchDatabase db;
    private final DispatchIndex index;
    private final SessionRules sessions;
    private final List<RecordRules> rules;
    private final TaskRules tasks;
    private final QueueMembership membership;
    private final Map<String, Boolean> ignoredTypes = new ConcurrentHashMap<>();
    private long applied;

    /** An applier for a dispatch of project {@code projectName}, keeping deleted sessions one hour. */
    public RecordApplier(DispatchDatabase db, String projectName) {
        this(db, projectName, SessionRules.DEFAULT_RETENTION);
    }

    /**
     * @param retention how long (in record time) a deleted session stays listed before it is removed from the
     *                  database; the vendor keeps them at least for the loaded days
     */
    public RecordApplier(DispatchDatabase db, String projectName, Duration retention) {
        this.db = db;
        this.index = new DispatchIndex(db, projectName);
        UserTaskRules userTasks = new UserTaskRules(index);
        this.sessions = new SessionRules(index, retention, userTasks);
        this.tasks = new TaskRules(index);
        this.rules = List.of(sessions, new AgentRules(index), userTasks, tasks);
        this.membership = new QueueMembership(index);
    }

    /** The project path given to the sessions and users created from now on (see {@link DispatchIndex}). */
    public void projectPath(String path) {
        index.projectPath = path;
    }

    public DispatchDatabase database() {
        return db;
    }

    /** Applies the entries in order, then commits once, so live queries see one batch. */
    public void applyAll(Iterable<RlogEntry> entries) {
        for (RlogEntry e : entries) {
            applyOne(e);
        }
        db.commit();
    }

    /** Applies one entry and commits. */
    public void apply(RlogEntry entry) {
        applyOne(entry);
        db.commit();
    }

    /** Number of entries applied so far. */
    public long appliedCount() {
        return applied;
    }

    private void applyOne(RlogEntry entry) {
        applied++;
        CccpDate date = DispatchTime.stored(entry.date());
        index.recordTime = DispatchTime.real(entry.date());
        sessions.purgeDeletedBefore(date);
        LoggerRecord record = entry.record();
        if (record instanceof CcxmlRecord r) {
            for (RecordRules family : rules) {
                if (family.apply(r, date)) {
                    if (r instanceof SessionTerminate t) {
                        tasks.sessionTerminated(t.sessionId(), date);
                    }
                    membership.apply(r);
                    return;
                }
            }
        }
        if (ignoredTypes.putIfAbsent(record.getClass().getSimpleName(), Boolean.TRUE) == null) {
            log.debug("records of type {} change nothing the explorer serves; ignored",
                    record.getClass().getSimpleName());
        }
    }
}
