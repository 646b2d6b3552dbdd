package io.cccpexplorer.dashboard.alerts;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.QueueFigures;
import io.cccpexplorer.client.model.QueueNames;
import io.cccpexplorer.client.model.QueueStats;
import io.cccpexplorer.dashboard.screens.Headline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures the alert rules read, taken from one project's model snapshot; the only place that knows where each
 * figure comes from. Calls waiting and the longest wait are the server's own queue counters (always there); service
 * level, abandon rate and agents available are the model's day figures ({@link QueueFigures}, absent from feeds
 * without a model); agent times are the model's agent status and its start. Rates are read as percentages
 * (thresholds say {@code service_level warn 80}).
 */
public final class LiveReadings {

    private LiveReadings() {
    }

    public static List<Reading> of(ContactCenterSnapshot s, Instant now) {
        List<Reading> out = new ArrayList<>();
        for (QueueStats q : s.queues()) {
            if (q.virtualQueue()) {
                continue;   // a virtual queue repeats its real queues' calls
            }
            Subject queue = Subject.queue(QueueNames.shortName(q.name()));
            long wait = q.longestWait(now).toSeconds();
            out.add(new Reading(queue, AlertMetric.WAITING, q.waiting()));
            out.add(new Reading(queue, AlertMetric.LONGEST_WAIT_S, wait));
            figures(out, queue, s.queueFigures().get(q.name()));
        }
        Headline project = Headline.project(s, now);
        out.add(new Reading(Subject.PROJECT, AlertMetric.WAITING, project.waiting()));
        out.add(new Reading(Subject.PROJECT, AlertMetric.LONGEST_WAIT_S, project.longestWaitSeconds()));
        figures(out, Subject.PROJECT, s.projectFigures());
        for (Agent a : s.agents()) {
            if (a.status() == AgentStatus.PAUSE) {
                out.add(new Reading(Subject.agent(a.login()), AlertMetric.PAUSE_S, a.timeInStatus(now).toSeconds()));
            } else if (a.status() == AgentStatus.WRAP_UP) {
                out.add(new Reading(Subject.agent(a.login()), AlertMetric.WRAP_UP_S, a.timeInStatus(now).toSeconds()));
            }
        }
        return out;
    }

    private static void figures(List<Reading> out, Subject subject, QueueFigures f) {
        if (f == null) {
            return;
        }
        out.add(new Reading(subject, AlertMetric.AGENTS_AVAILABLE, f.agentsAvailable()));
        if (f.serviceLevel() != null) {
            out.add(new Reading(subject, AlertMetric.SERVICE_LEVEL, 100 * f.serviceLevel()));
        }
        if (f.abandonRate() != null) {
            out.add(new Reading(subject, AlertMetric.ABANDON_RATE, 100 * f.abandonRate()));
        }
    }
}
