package io.cccpexplorer.dashboard.project;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.QueueStats;
import io.cccpexplorer.dashboard.view.ChartPoint;
import io.cccpexplorer.dashboard.view.KpiView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Today's call outcomes and the current load of one project, computed from the live model. Every ended call is
 * counted once (by session id); counters restart when the {@link BusinessDay} changes. Not thread-safe: the owning
 * {@link ProjectHub} calls it from its feed's delivery thread and its sampler under one lock.
 */
final class KpiTracker {

    static final Duration SERVICE_TARGET = Duration.ofSeconds(20);
    private static final int REMEMBERED_CALLS = 20_000;

    private final Clock clock;
    private final BusinessDay businessDay;
    private final Set<String> counted = new LinkedHashSet<>();
    private Instant day;
    private int answered;
    private int abandoned;
    private int withinTarget;
    private long waitSeconds;
    private long handleSeconds;

    KpiTracker(Clock clock, BusinessDay businessDay) {
        this.clock = clock;
        this.businessDay = businessDay;
        this.day = businessDay.startOf(clock.instant());
    }

    /** Records a call's outcome once it ended. */
    void onCall(Call call) {
        if (call.status() != CallStatus.ENDED || call.end() == null || call.queue() == null
                || call.queue().isEmpty()) {
            return;   // answered/abandoned and the service level count calls that queued, not IVR-only ones
        }
        rollDay();
        if (!businessDay.startOf(call.end().toInstant()).equals(day)
                || !counted.add(call.sessionId() + "#" + call.objectId())) {
            return;
        }
        if (counted.size() > REMEMBERED_CALLS) {
            counted.remove(counted.iterator().next());
        }
        if (call.answered() != null) {
            answered++;
            Duration wait = Duration.between(call.start(), call.answered());
            waitSeconds += Math.max(0, wait.toSeconds());
            handleSeconds += Math.max(0, Duration.between(call.answered(), call.end()).toSeconds());
            if (wait.compareTo(SERVICE_TARGET) <= 0) {
                withinTarget++;
            }
        } else if (call.direction() != CallDirection.OUTGOING) {
            abandoned++;
        }
    }

    /** One chart point taken from the current state. */
    ChartPoint point(ContactCenterSnapshot s) {
        rollDay();
        int inProgress = 0;
        for (Call c : s.calls()) {
            if (c.status() != CallStatus.ENDED) {
                inProgress++;
            }
        }
        return new ChartPoint(clock.millis(), inProgress, waiting(s), serviceLevel());
    }

    /** The figures, without a chart point. */
    KpiView view(ContactCenterSnapshot s) {
        rollDay();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Integer> byState = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Agent a : s.agents()) {
            byState.merge(a.stateName() == null ? "-" : a.stateName(), 1, Integer::sum);
            byStatus.merge(a.status() == null ? "-" : a.status().name().toLowerCase(java.util.Locale.ROOT), 1,
                    Integer::sum);
        }
        long longest = 0;
        for (QueueStats q : s.queues()) {
            longest = Math.max(longest, q.longestWait(now.toInstant()).toSeconds());
        }
        return new KpiView(byState, byStatus, s.agents().size(), waiting(s), longest, answered, abandoned, serviceLevel(),
                answered == 0 ? 0 : (double) waitSeconds / answered,
                answered == 0 ? 0 : (double) handleSeconds / answered, null);
    }

    private Double serviceLevel() {
        int outcomes = answered + abandoned;
        return outcomes == 0 ? null : (double) withinTarget / outcomes;
    }

    /** Waiting calls by the servers' own queue counters; virtual queues would count calls twice. */
    private static int waiting(ContactCenterSnapshot s) {
        int waiting = 0;
        for (QueueStats q : s.queues()) {
            if (!q.virtualQueue()) {
                waiting += q.waiting();
            }
        }
        return waiting;
    }

    private void rollDay() {
        Instant today = businessDay.startOf(clock.instant());
        if (!today.equals(day)) {
            day = today;
            answered = 0;
            abandoned = 0;
            withinTarget = 0;
            waitSeconds = 0;
            handleSeconds = 0;
            counted.clear();
        }
    }
}
