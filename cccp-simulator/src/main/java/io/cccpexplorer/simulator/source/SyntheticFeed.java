package io.cccpexplorer.simulator.source;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.simulator.apply.RecordApplier;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
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
        List<RlogEntry> due = traffic.advanceTo(now);
        if (due.isEmpty()) {
            return;
        }
        applier.applyAll(due);
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
