package io.cccpexplorer.simulator.source;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.simulator.apply.RecordApplier;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a {@link TrafficGenerator}'s due records to the database, and optionally records them into a Logger
 * directory (so a synthetic day can be replayed later, by us or by the vendor's dispatch).
 */
public final class SyntheticFeed implements RecordFeed {

    private static final Logger log = LoggerFactory.getLogger(SyntheticFeed.class);

    private final TrafficGenerator traffic;
    private RlogRecorder recorder;

    /** @param recorder where to record, or {@code null} */
    public SyntheticFeed(TrafficGenerator traffic, RlogRecorder recorder) {
        this.traffic = traffic;
        this.recorder = recorder;
    }

    @Override
    public void advance(Instant now, RecordApplier applier) {
        feed(now, applier, false);
    }

    /** The warm-up's past in one commit: no client is connected yet (590,643 records for 30 min of LARGE). */
    @Override
    public void warmUp(Instant until, RecordApplier applier) {
        feed(until, applier, true);
    }

    @Override
    public Optional<Instant> nextRecordAt() {
        return traffic.nextRecordAt();
    }

    private void feed(Instant now, RecordApplier applier, boolean oneCommit) {
        List<RlogEntry> due = traffic.advanceTo(now);
        if (due.isEmpty()) {
            return;
        }
        if (oneCommit) {
            applier.applyAll(due);
        } else {
            applyEach(due, applier);
        }
        record(due);
    }

    private static void applyEach(List<RlogEntry> due, RecordApplier applier) {
        // one commit per record, as the dispatch pushes each record's changes (and as a replay applies them): one
        // commit per tick hid the statuses an agent passed through within it from a live model, so a day watched
        // live and the same day imported from its logs gave different agent intervals
        for (RlogEntry e : due) {
            applier.apply(e);
        }
    }

    private void record(List<RlogEntry> due) {
        if (recorder != null) {
            try {
                for (RlogEntry e : due) {
                    recorder.record(e);
                }
            } catch (IOException e) {
                log.warn("recording stopped: {}", e.toString());
                closeRecorder();
            }
        }
    }

    @Override
    public void close() {
        closeRecorder();
    }

    private void closeRecorder() {
        if (recorder != null) {
            try {
                recorder.close();
            } catch (IOException e) {
                log.warn("closing the recording: {}", e.toString());
            }
            recorder = null;
        }
    }
}
