package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEvent;
import io.cccpexplorer.protocol.rlog.ccxml.SessionLog;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A Logger folder synthesized by our own traffic generator and RLOG recorder (never sample logs): the records
 * written, so tests can compute what the replay must show.
 */
record ReplayLogs(List<RlogEntry> entries) {

    /** Writes {@code profile}'s traffic from {@code start} to {@code end} under {@code root}, minute by minute. */
    static ReplayLogs write(Path root, TrafficProfile profile, long seed, Instant start, Instant end)
            throws IOException {
        SyntheticTraffic traffic = new SyntheticTraffic(profile, seed, start, ZoneOffset.ofHours(1));
        List<RlogEntry> written = new ArrayList<>();
        try (RlogRecorder recorder = new RlogRecorder(root, traffic.source())) {
            for (Instant t = start.plusSeconds(60); !t.isAfter(end); t = t.plusSeconds(60)) {
                for (RlogEntry e : traffic.advanceTo(t)) {
                    written.add(recorder.record(e));
                }
            }
        }
        return new ReplayLogs(List.copyOf(written));
    }

    /** Session ids of the call sessions (type 1) created inside {@code window}. */
    List<String> callsIn(HourWindow window) {
        return entries.stream()
                .filter(e -> e.record() instanceof SessionCreate c && c.sessionType() == 1
                        && window.contains(e.date().toInstant()))
                .map(e -> ((SessionCreate) e.record()).sessionId())
                .toList();
    }

    /** The console lines of one session as the dispatch stores them: its events and logs, in order. */
    List<String> consoleNames(String sessionId) {
        List<String> names = new ArrayList<>();
        for (RlogEntry e : entries) {
            if (e.record() instanceof SessionEvent ev && ev.sessionId().equals(sessionId)) {
                names.add(ev.name());
            } else if (e.record() instanceof SessionLog log && log.sessionId().equals(sessionId)) {
                names.add(log.type());
            }
        }
        return names;
    }

    /** The data column of the same lines. */
    List<String> consoleData(String sessionId) {
        List<String> data = new ArrayList<>();
        for (RlogEntry e : entries) {
            if (e.record() instanceof SessionEvent ev && ev.sessionId().equals(sessionId)) {
                data.add(ev.stringData());
            } else if (e.record() instanceof SessionLog log && log.sessionId().equals(sessionId)) {
                data.add(log.stringData());
            }
        }
        return data;
    }
}
