package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.QueueFigures;
import io.cccpexplorer.client.model.QueueNames;
import io.cccpexplorer.client.model.QueueStats;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/** JSON of one queue ({@code Queue} in API.md); counters are the server's own. */
public record QueueView(String name, @JsonProperty("full_name") String fullName,
                        @JsonProperty("object_id") String objectId, String type,
                        @JsonProperty("display_name") String displayName, int logged, int working,
                        int waiting, @JsonProperty("longest_wait_seconds") long longestWaitSeconds,
                        @JsonProperty("oldest_waiting_iso") String oldestWaitingIso,
                        @JsonProperty("calls_in_progress") int callsInProgress,
                        @JsonProperty("virtual") boolean virtualQueue, boolean hidden,
                        @JsonProperty("agents_logged") Integer agentsLogged,
                        @JsonProperty("agents_available") Integer agentsAvailable,
                        @JsonProperty("agents_ringing") Integer agentsRinging,
                        @JsonProperty("agents_talking") Integer agentsTalking,
                        @JsonProperty("agents_wrap_up") Integer agentsWrapUp,
                        @JsonProperty("agents_pause") Integer agentsPause,
                        @JsonProperty("longest_wait_s") Long longestWaitS, Integer offered, Integer answered,
                        Integer abandoned, @JsonProperty("short_abandoned") Integer shortAbandoned,
                        Integer overflowed, @JsonProperty("abandon_rate") Double abandonRate,
                        @JsonProperty("service_level") Double serviceLevel,
                        @JsonProperty("service_level_target_s") Long serviceLevelTargetS,
                        @JsonProperty("asa_s") Long asaS, @JsonProperty("aht_s") Long ahtS,
                        @JsonProperty("max_wait_s") Long maxWaitS, List<String> teams) {

    /**
     * @param figures the model's figures of this queue ({@code ContactCenterSnapshot.queueFigures()}), or
     *                {@code null} when the model has none: the figure fields are then {@code null}
     * @param teams   the teams the queue is in ({@code FigureSettings.teamsOf})
     */
    public static QueueView of(QueueStats q, QueueFigures figures, OffsetDateTime now, List<String> teams) {
        String name = q.name() == null ? "-" : QueueNames.shortName(q.name());
        QueueFigures f = figures;
        return new QueueView(name, q.name(), Integer.toString(q.objectId()), q.type() == null ? "queue" : q.type(),
                q.displayName() == null || q.displayName().isEmpty() ? name : q.displayName(),
                q.logged(), q.working(), q.waiting(), q.longestWait(now.toInstant()).toSeconds(),
                IsoTime.iso(q.oldestWaiting()),
                q.callsInProgress(), q.virtualQueue() || name.startsWith("VQ_"), q.hiddenInViews(),
                f == null ? null : f.agentsLogged(), f == null ? null : f.agentsAvailable(),
                f == null ? null : f.agentsRinging(), f == null ? null : f.agentsTalking(),
                f == null ? null : f.agentsWrapUp(), f == null ? null : f.agentsPause(),
                f == null ? null : seconds(f.longestWait()), f == null ? null : f.offered(),
                f == null ? null : f.answered(), f == null ? null : f.abandoned(),
                f == null ? null : f.shortAbandoned(), f == null ? null : f.overflowed(),
                f == null ? null : f.abandonRate(), f == null ? null : f.serviceLevel(),
                f == null ? null : seconds(f.serviceLevelTarget()), f == null ? null : seconds(f.asa()),
                f == null ? null : seconds(f.aht()), f == null ? null : seconds(f.maxWait()), List.copyOf(teams));
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }
}
