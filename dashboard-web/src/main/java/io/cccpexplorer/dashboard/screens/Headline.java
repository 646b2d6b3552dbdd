package io.cccpexplorer.dashboard.screens;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.QueueFigures;
import io.cccpexplorer.client.model.QueueStats;
import java.time.Instant;

/**
 * The figures a supervisor scans first, for a project or a team, under the API's names. Calls waiting and the
 * longest wait are the server's own queue counters (virtual queues left out: they repeat their real queues' calls);
 * the agent counts and the day's totals are the model's {@link QueueFigures} and are {@code null} (left out of the
 * JSON) when the feed has no model behind it.
 *
 * @param serviceLevel 0..1, {@code null} before any answered or abandoned call
 * @param abandonRate 0..1, {@code null} before any counted call
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Headline(@JsonProperty("agents_logged") int agentsLogged,
                       @JsonProperty("agents_available") Integer agentsAvailable,
                       @JsonProperty("agents_talking") Integer agentsTalking,
                       @JsonProperty("agents_wrap_up") Integer agentsWrapUp,
                       @JsonProperty("agents_pause") Integer agentsPause, int waiting,
                       @JsonProperty("longest_wait_s") long longestWaitSeconds,
                       @JsonProperty("service_level") Double serviceLevel,
                       @JsonProperty("abandon_rate") Double abandonRate, Integer offered, Integer answered,
                       Integer abandoned) {

    /** The whole project's headline at {@code now}. */
    public static Headline project(ContactCenterSnapshot s, Instant now) {
        int waiting = 0;
        long longest = 0;
        for (QueueStats q : s.queues()) {
            if (!q.virtualQueue()) {
                waiting += q.waiting();
                longest = Math.max(longest, q.longestWait(now).toSeconds());
            }
        }
        QueueFigures f = s.projectFigures();
        return f == null
                ? new Headline(s.agents().size(), null, null, null, null, waiting, longest, null, null,
                        null, null, null)
                : of(s.agents().size(), waiting, longest, f);
    }

    /** A team's headline: everything from the model's team figures. */
    public static Headline team(QueueFigures f) {
        return of(f.agentsLogged(), f.waiting(), f.longestWait().toSeconds(), f);
    }

    private static Headline of(int logged, int waiting, long longest, QueueFigures f) {
        return new Headline(logged, f.agentsAvailable(), f.agentsTalking(), f.agentsWrapUp(), f.agentsPause(),
                waiting, longest, f.serviceLevel(), f.abandonRate(), f.offered(), f.answered(), f.abandoned());
    }
}
