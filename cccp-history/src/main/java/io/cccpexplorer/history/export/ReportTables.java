package io.cccpexplorer.history.export;

import io.cccpexplorer.history.AgentFigures;
import io.cccpexplorer.history.DispositionText;
import io.cccpexplorer.history.QueueFigures;
import io.cccpexplorer.history.StoredCall;
import io.cccpexplorer.client.model.QueueNames;
import io.cccpexplorer.client.model.SessionEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The export tables of each report: the same columns as the JSON fields, in the same order. Queues keep their full
 * stored name ({@code queue}, for scripts) beside the name the live tables show ({@code queue_name}, the model's
 * {@link QueueNames} rule), so the page shows what the API sends and applies no name rule of its own.
 */
public final class ReportTables {

    private ReportTables() {
    }

    public static Table queues(List<QueueFigures> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (QueueFigures f : rows) {
            out.add(Arrays.asList(iso(f.interval()), f.queue(), QueueNames.shortName(f.queue()), f.offered(),
                    f.answered(), f.abandoned(), f.shortAbandoned(), f.serviceLevel(), f.targetS(), f.avgWaitS(),
                    f.maxWaitS(), f.asaS(), f.avgTalkS(), f.ahtS(), f.transferred(), f.overflowed()));
        }
        return new Table("queues", List.of("interval", "queue", "queue_name", "offered", "answered", "abandoned",
                "short_abandoned", "service_level", "service_level_target_s", "avg_wait_s", "max_wait_s", "asa_s",
                "avg_talk_s", "aht_s", "transferred", "overflowed"), out);
    }

    /** One column per pause reason seen in the rows ({@code pause_<reason>}), after the fixed ones. */
    public static Table agents(List<AgentFigures> rows) {
        TreeSet<String> reasons = new TreeSet<>();
        rows.forEach(f -> reasons.addAll(f.pauseByReason().keySet()));
        List<String> columns = new ArrayList<>(List.of("interval", "agent", "logged_s", "available_s", "talking_s",
                "ringing_s", "wrap_up_s", "pause_s", "handled", "aht_s", "occupancy"));
        reasons.forEach(r -> columns.add("pause_" + (r.isEmpty() ? "no_reason" : r)));
        List<List<Object>> out = new ArrayList<>();
        for (AgentFigures f : rows) {
            List<Object> row = new ArrayList<>(Arrays.asList(iso(f.interval()), f.agent(), f.loggedS(), f.availableS(),
                    f.talkingS(), f.ringingS(), f.wrapUpS(), f.pauseS(), f.handled(), f.ahtS(), f.occupancy()));
            reasons.forEach(r -> row.add(f.pauseByReason().getOrDefault(r, 0.0)));
            out.add(row);
        }
        return new Table("agents", columns, out);
    }

    public static Table calls(List<StoredCall> calls, ZoneId zone) {
        List<List<Object>> out = new ArrayList<>();
        for (StoredCall c : calls) {
            out.add(Arrays.asList(c.sessionId(), c.direction().name().toLowerCase(Locale.ROOT), c.caller(), c.called(),
                    c.ivrEntry(), c.queue(), QueueNames.shortName(c.queue()), String.join(" ", c.queues()),
                    String.join(" ", c.queues().stream().map(QueueNames::shortName).toList()), c.agent(),
                    String.join(" ", c.agents()),
                    iso(c.start(), zone), iso(c.queued(), zone), iso(c.answered(), zone), iso(c.end(), zone),
                    DispositionText.of(c.disposition()), seconds(c.waited()), seconds(c.talk()), seconds(c.hold()),
                    seconds(c.wrapUp())));
        }
        return new Table("calls", List.of("session_id", "direction", "caller", "called", "ivr_entry", "queue",
                "queue_name", "queues", "queue_names", "agent", "agents", "start", "queued", "answered", "end",
                "disposition", "wait_s", "talk_s", "hold_s", "wrap_up_s"), out);
    }

    public static Table events(String sessionId, List<SessionEvent> events) {
        List<List<Object>> out = new ArrayList<>();
        for (SessionEvent e : events) {
            out.add(Arrays.asList(e.date() == null ? null : e.date().toString(), e.source(), e.target(), e.state(),
                    e.name(), e.data()));
        }
        return new Table(sessionId, List.of("date", "source", "target", "state", "name", "data"), out);
    }

    static String iso(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }

    static String iso(Instant t, ZoneId zone) {
        return t == null ? null : t.atZone(zone).toOffsetDateTime().toString();
    }

    static Double seconds(Duration d) {
        return d == null ? null : d.toMillis() / 1000.0;
    }
}
