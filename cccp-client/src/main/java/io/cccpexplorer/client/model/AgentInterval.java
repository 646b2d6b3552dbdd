package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A closed stretch of one agent session in one status, reported by
 * {@link ContactCenterListener#onAgentInterval} when the status changes or the session ends: what a durable
 * history stores. Dates are the server's (the start and end of the statuses); when the data does not date a change
 * (an agent the model saw leave without a date), the end is the latest server date the model has seen in any row
 * (so a day read from logs later ends it as it was watched live); the model's clock only before any dated row.
 *
 * @param login         the agent's login
 * @param sessionId     the agent session
 * @param status        the status of the stretch (never {@link AgentStatus#LOGGED_OUT})
 * @param reason        for {@link AgentStatus#PAUSE} the pause reason, else {@code null}
 * @param callSessionId for RINGING, TALKING and WRAP_UP the call concerned, else {@code null}
 * @param queue         that call's queue (full name), else {@code null}
 * @param start         when it began ({@code null} when the model connected while it was running and the server
 *                      did not date it)
 * @param end           when it ended
 */
public record AgentInterval(String login, String sessionId, AgentStatus status, String reason, String callSessionId,
                            String queue, OffsetDateTime start, OffsetDateTime end) {

    /** {@return the time from start to end; zero when the start is unknown} */
    public Duration duration() {
        return start == null ? Duration.ZERO : Durations.between(start, end.toInstant());
    }
}
