package io.cccpexplorer.simulator.traffic;

import io.cccpexplorer.protocol.rlog.LoggerRecord;
import io.cccpexplorer.protocol.rlog.RlogEntry;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.ArrayList;

/** Test views over generated entries: the session a record belongs to, records grouped per session. */
final class TrafficRecords {

    private TrafficRecords() {
    }

    /** The record's {@code sessionId} argument, or "" for records without one (alive). */
    static String sessionOf(LoggerRecord record) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals("sessionId")) {
                try {
                    return (String) c.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return "";
    }

    static Map<String, List<LoggerRecord>> bySession(List<RlogEntry> entries) {
        Map<String, List<LoggerRecord>> out = new LinkedHashMap<>();
        for (RlogEntry e : entries) {
            String sid = sessionOf(e.record());
            if (!sid.isEmpty()) {
                out.computeIfAbsent(sid, k -> new ArrayList<>()).add(e.record());
            }
        }
        return out;
    }

    static long micros(RlogEntry e) {
        return e.date().seconds() * 1_000_000L + e.date().microseconds();
    }
}
