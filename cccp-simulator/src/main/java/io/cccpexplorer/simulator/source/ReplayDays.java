package io.cccpexplorer.simulator.source;

import io.cccpexplorer.protocol.rlog.LogFile;
import io.cccpexplorer.protocol.rlog.LoggerDirectory;
import io.cccpexplorer.protocol.rlog.RlogDamage;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogMerge;
import io.cccpexplorer.protocol.rlog.RlogReadOptions;
import io.cccpexplorer.simulator.apply.RecordApplier;
import io.cccpexplorer.simulator.server.DayLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a project's log files one day at a time, as {@code ccenter_dispatch -slave -logs} does: the hosts'
 * files of the day are merged by date and applied, one commit per record (observed: the dispatch pushes each
 * record's changes on their own). Unpaced, a day is applied at once; paced, its records become due as the replay
 * clock passes their date ({@value #BATCH} × 10 at most per tick). Damaged files are read up to the damage, which is
 * logged.
 */
public final class ReplayDays implements DayLoader, RecordFeed {

    private static final Logger log = LoggerFactory.getLogger(ReplayDays.class);
    static final int BATCH = 1000;

    private final LoggerDirectory directory;
    private final String project;
    private final ZoneOffset offset;
    private final RecordApplier applier;
    private final Clock clock;
    private final double speed;
    private RlogMerge pending;
    private RlogEntry next;
    private Instant replayStart;
    private Instant wallStart;

    /**
     * @param speed 0 to apply a day at once; otherwise the pace of the replay (1 = real time, 10 = ten times
     *              faster), its clock starting at the day's first record when the day is loaded
     */
    public ReplayDays(Path loggerRoot, String project, ZoneOffset offset, RecordApplier applier, Clock clock,
                      double speed) {
        this.directory = new LoggerDirectory(loggerRoot);
        this.project = project;
        this.offset = offset;
        this.applier = applier;
        this.clock = clock;
        this.speed = speed;
    }

    @Override
    public void load(LocalDate day) throws IOException {
        List<LogFile> files = directory.files(project, day, offset);
        log.info("replay {}: day {} has {} log files", project, day, files.size());
        if (!files.isEmpty()) {
            applier.projectPath(files.get(0).source().instance());   // observed: the replaying dispatch's path
        }
        RlogMerge merge = LoggerDirectory.merge(files, RlogReadOptions.SALVAGE);
        if (speed > 0) {
            close();
            pending = merge;
            next = null;
            replayStart = firstRecordDate();
            wallStart = clock.instant();
            return;
        }
        try (merge) {
            // observed: the dispatch pushes every record's changes on their own (a follower of a list sees each
            // event count go up one by one during a load_day), so each record is its own commit
            while (merge.hasNext()) {
                applier.apply(merge.next().entry());
            }
            report(merge.damages());
        }
    }

    /** Paced replay: applies the loaded day's records whose date the replay clock has passed. */
    @Override
    public void advance(Instant wallNow, RecordApplier ignored) {
        if (pending == null || replayStart == null) {
            return;
        }
        long elapsed = Duration.between(wallStart, wallNow).toNanos();
        Instant now = replayStart.plusNanos((long) (Math.max(0, elapsed) * speed));
        List<RlogEntry> due = new ArrayList<>();
        while (due.size() < BATCH * 10) {
            if (next == null) {
                if (!pending.hasNext()) {
                    report(pending.damages());
                    close();
                    break;
                }
                next = pending.next().entry();
            }
            if (next.date().toInstant() != null && next.date().toInstant().isAfter(now)) {
                break;
            }
            due.add(next);
            next = null;
        }
        for (RlogEntry e : due) {
            applier.apply(e);   // one commit per record, as for a whole day
        }
    }

    /** A paced day is being played: its next records become due as the replay clock passes their date. */
    @Override
    public boolean live() {
        return pending != null;
    }

    /**
     * When the replay clock passes the next record's date, by the clock {@link #advance} is given; empty while no
     * record is read ahead (after a load, or a tick that stopped at its batch bound): polled then.
     */
    @Override
    public Optional<Instant> nextRecordAt() {
        if (pending == null || replayStart == null || next == null || next.date().toInstant() == null) {
            return Optional.empty();
        }
        long replayNanos = Duration.between(replayStart, next.date().toInstant()).toNanos();
        return Optional.of(wallStart.plusNanos((long) Math.ceil(Math.max(0, replayNanos) / speed)));
    }

    private Instant firstRecordDate() {
        if (pending != null && next == null && pending.hasNext()) {
            next = pending.next().entry();
        }
        return next == null ? null : next.date().toInstant();
    }

    private void report(List<RlogDamage> damages) {
        for (RlogDamage d : damages) {
            log.warn("replay {}: damaged log file: {}", project, d);
        }
    }

    @Override
    public void close() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
    }
}
