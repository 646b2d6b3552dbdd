package io.cccpexplorer.history;

import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.client.model.QueueTask;
import io.cccpexplorer.client.model.SessionEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The store's rows from the live model's records ({@code ContactCenterListener.onCallEnded} /
 * {@code onAgentInterval}): the model decides what a call and an agent interval are, once, for the live view, the
 * live recording and the log import alike; this only changes their shape. No end time is invented: a call without
 * one is stored open (no end, no disposition).
 */
public final class ModelRecords {

    private ModelRecords() {
    }

    public static StoredCall call(String project, Call call) {
        List<String> queues = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        for (QueueTask t : call.tasks()) {
            if (t.queue() != null && (queues.isEmpty() || !queues.get(queues.size() - 1).equals(t.queue()))) {
                queues.add(t.queue());
            }
            if (t.agentLogin() != null && t.isAnswered() && !agents.contains(t.agentLogin())) {
                agents.add(t.agentLogin());
            }
        }
        Instant end = instant(call.end());
        CallDisposition disposition = end == null ? null : call.disposition();
        if (end != null && disposition == null) {
            throw new IllegalArgumentException("ended call " + call.sessionId() + " has no disposition");
        }
        Instant start = call.start() != null ? call.start().toInstant()
                : call.queuedSince() != null ? call.queuedSince().toInstant() : end;
        if (start == null) {
            throw new IllegalArgumentException("call " + call.sessionId() + " has no date at all");
        }
        // measured up to the end; an open call's durations so far are not figures (it counts in none)
        Instant until = end != null ? end : start;
        Duration wrapUp = null;
        for (QueueTask t : call.tasks()) {
            if (t.wrapUpSince() != null && t.ended() != null) {
                wrapUp = (wrapUp == null ? Duration.ZERO : wrapUp).plus(Duration.between(t.wrapUpSince(), t.ended()));
            }
        }
        String agent = answeredAgent(call);
        return new StoredCall(project, call.sessionId(), call.direction(), nz(call.caller()), nz(call.called()), "",
                nz(call.queue()), queues, agent, agents, start, instant(call.queuedSince()), instant(call.answered()),
                end, disposition, call.waitTime(until), call.talkTime(until), null, wrapUp, tasks(call, until));
    }

    /**
     * The call's queue tasks as its queues' figures count them, by the model's rule ({@code QueueTask.outcome}): a
     * task the call went on from counts as an overflow in its queue, the next in its own. The call's hold and
     * wrap-up count with its last answered task.
     */
    private static List<StoredTask> tasks(Call call, Instant until) {
        List<QueueTask> all = call.tasks();
        int handling = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isQueued() && all.get(i).isAnswered()) {
                handling = i;
            }
        }
        List<StoredTask> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            QueueTask t = all.get(i);
            if (!t.isQueued()) {
                continue;   // no queue to count it in, or no moment to count it at
            }
            // an open call's tasks are measured up to its start: it counts in no figure until it ends
            Instant measured = t.ended() != null ? t.ended().toInstant() : until;
            out.add(new StoredTask(t.queue(), t.queuedSince().toInstant(), instant(t.answered()), instant(t.ended()),
                    t.outcome(i < all.size() - 1), t.waitTime(measured), t.talkTime(measured),
                    t.isAnswered() ? nz(t.agentLogin()) : "", t.transferredOut(), i == handling));
        }
        return out;
    }

    /** The agent who answered last, "" when nobody did (an offered-but-unanswered agent did not handle it). */
    private static String answeredAgent(Call call) {
        String agent = "";
        for (QueueTask t : call.tasks()) {
            if (t.isAnswered() && t.agentLogin() != null) {
                agent = t.agentLogin();
            }
        }
        return agent;
    }

    /**
     * Whether an interval the model closed is a row of the store: not when it started before the model connected
     * and the server did not date it (not a figure), nor when it ended in the millisecond it started (an agent
     * available for 0.2 ms between two calls' steps): the store keys an agent's intervals by session and start to
     * the millisecond, and the next interval, which starts at its end, would take that key and its row, in whichever
     * order the two came. Both writers store the same rows by this.
     */
    public static boolean storable(io.cccpexplorer.client.model.AgentInterval i) {
        return i.start() != null && i.start().toInstant().toEpochMilli() != i.end().toInstant().toEpochMilli();
    }

    public static AgentInterval interval(String project, io.cccpexplorer.client.model.AgentInterval i) {
        Instant end = instant(i.end());
        // the model's interval starts before it connected when the server did not date it: count from the end
        Instant start = i.start() != null ? i.start().toInstant() : end;
        return new AgentInterval(project, i.sessionId(), i.login(), i.status().name().toLowerCase(Locale.ROOT),
                i.reason(), start, end, i.callSessionId());
    }

    /**
     * A session's console rows as stored: the server's event list, one row per event object (the last content
     * reported for it), by date then object id, missing texts empty — the order the live console shows. Both writers
     * (live and import) read the list from the server the same way and store it through this, so they store the same
     * rows.
     */
    public static List<SessionEvent> events(java.util.Collection<SessionEvent> reported) {
        java.util.Map<Integer, SessionEvent> byObject = new java.util.LinkedHashMap<>();
        for (SessionEvent e : reported) {
            // a missing text is stored empty (as the console shows it); the short columns hold 255 characters
            byObject.put(e.objectId(), new SessionEvent(e.objectId(), e.date(), text(e.source()), text(e.target()),
                    text(e.state()), text(e.name()), e.data() == null ? "" : e.data()));
        }
        List<SessionEvent> events = new ArrayList<>(byObject.values());
        events.sort(BY_DATE);
        return List.copyOf(events);
    }

    private static final java.util.Comparator<SessionEvent> BY_DATE = java.util.Comparator
            .comparing((SessionEvent e) -> e.date() == null ? Instant.EPOCH : e.date().toInstant())
            .thenComparingInt(SessionEvent::objectId);

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static String text(String s) {
        return s == null ? "" : s.length() > 255 ? s.substring(0, 255) : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
