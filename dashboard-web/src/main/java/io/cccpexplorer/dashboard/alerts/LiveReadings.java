package io.cccpexplorer.dashboard.alerts;

import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.QueueStats;
import io.cccpexplorer.dashboard.view.KpiView;
import io.cccpexplorer.dashboard.view.QueueView;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures the alert rules read, taken from one project's live state. The only place that knows where each
 * figure comes from; rates are read as percentages (thresholds say {@code service_level warn 80}).
 */
public final class LiveReadings {

    private LiveReadings() {
    }

    public static List<Reading> of(ContactCenterSnapshot s, KpiView kpis, OffsetDateTime now) {
        List<Reading> out = new ArrayList<>();
        for (QueueStats q : s.queues()) {
            if (q.virtualQueue()) {
                continue;   // a virtual queue repeats its real queues' calls
            }
            Subject queue = Subject.queue(QueueView.shortName(q.name()));
            out.add(new Reading(queue, AlertMetric.WAITING, q.waiting()));
            out.add(new Reading(queue, AlertMetric.LONGEST_WAIT_S, q.longestWait(now.toInstant()).toSeconds()));
        }
        out.add(new Reading(Subject.PROJECT, AlertMetric.WAITING, kpis.callsWaiting()));
        out.add(new Reading(Subject.PROJECT, AlertMetric.LONGEST_WAIT_S, kpis.longestWaitSeconds()));
        if (kpis.serviceLevel() != null) {
            out.add(new Reading(Subject.PROJECT, AlertMetric.SERVICE_LEVEL, 100 * kpis.serviceLevel()));
        }
        int outcomes = kpis.answeredToday() + kpis.abandonedToday();
        if (outcomes > 0) {
            out.add(new Reading(Subject.PROJECT, AlertMetric.ABANDON_RATE, 100.0 * kpis.abandonedToday() / outcomes));
        }
        return out;
    }
}
