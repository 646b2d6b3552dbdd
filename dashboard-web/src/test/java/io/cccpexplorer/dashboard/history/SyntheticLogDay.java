package io.cccpexplorer.dashboard.history;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Logger folder of project ACME written by our own traffic generator and RLOG recorder (never sample logs), one
 * minute of traffic at a time from {@code start} to {@code end}.
 *
 * @param created every call session of the logs and the date its {@code session_create} record carries
 */
record SyntheticLogDay(Path root, Map<String, Instant> created) {

    static SyntheticLogDay write(Path root, Instant start, Instant end, ZoneOffset serverOffset) throws IOException {
        return write(root, start, end, serverOffset, TrafficProfile.SMALL);
    }

    /** With the traffic's shape (project ACME whatever the profile names). */
    static SyntheticLogDay write(Path root, Instant start, Instant end, ZoneOffset serverOffset, TrafficProfile profile)
            throws IOException {
        Map<String, Instant> created = new LinkedHashMap<>();
        SyntheticTraffic traffic = new SyntheticTraffic(profile.withProject("ACME"), 7, start, serverOffset);
        try (RlogRecorder recorder = new RlogRecorder(root, traffic.source())) {
            for (Instant t = start.plusSeconds(60); !t.isAfter(end); t = t.plusSeconds(60)) {
                for (RlogEntry e : traffic.advanceTo(t)) {
                    RlogEntry written = recorder.record(e);
                    if (written.record() instanceof SessionCreate c && c.sessionType() == 1) {
                        created.put(c.sessionId(), written.date().toInstant());
                    }
                }
            }
        }
        return new SyntheticLogDay(root, Map.copyOf(created));
    }
}
