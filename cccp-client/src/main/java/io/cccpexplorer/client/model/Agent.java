package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A logged-in agent: one live user session (session_type 3, no terminate_date). Immutable. Dates keep the
 * server's UTC offset. Absent values are {@code null}, for text as for dates (see the module README).
 *
 * @param objectId      the session's object id
 * @param sessionId     the session id ({@code user_…@…})
 * @param login         {@code user.login}
 * @param name          {@code user.name}
 * @param project       {@code project_name}
 * @param profile       {@code profile_name}
 * @param mode          {@code current_mode} ("unplug" modes mean unavailable)
 * @param status        what the agent is doing, from the server state and the agent's calls ({@link AgentStatusRule})
 * @param statusSince   when the agent entered {@code status} (a server date), {@code null} when the data does not say
 * @param pauseReason   for {@link AgentStatus#PAUSE}: the server state's display name (or the mode when unplugged)
 * @param stateName     the server's state display name ({@code states.last.display_name}), for display only
 * @param stateSince    {@code states.last.start_date}
 * @param phone         {@code phone_contact_uri}, else {@code phone_uri}
 * @param queues        the queues the agent serves ({@code active_queues}), full names like {@link QueueStats#name()}
 * @param currentCall   the call the agent is ringing with, talking on or wrapping up; {@code null} when none
 * @param loggedInSince {@code login_date}, else {@code create_date}
 */
public record Agent(int objectId, String sessionId, String login, String name, String project, String profile,
                    String mode, AgentStatus status, OffsetDateTime statusSince, String pauseReason,
                    String stateName, OffsetDateTime stateSince, String phone, List<String> queues,
                    CurrentCall currentCall, OffsetDateTime loggedInSince) {

    /** The platform's technical login: its sessions are kept apart from the agents (the original hid it too). */
    public static final String TECHNICAL_LOGIN = "consistent";

    /**
     * Copies the queue names.
     *
     * @param objectId      the session's object id
     * @param sessionId     the session id ({@code user_…@…})
     * @param login         {@code user.login}
     * @param name          {@code user.name}
     * @param project       {@code project_name}
     * @param profile       {@code profile_name}
     * @param mode          {@code current_mode} ("unplug" modes mean unavailable)
     * @param status        what the agent is doing, from the server state and the agent's calls ({@link
     *                      AgentStatusRule})
     * @param statusSince   when the agent entered {@code status} (a server date), {@code null} when the data does not
     *                      say
     * @param pauseReason   for {@link AgentStatus#PAUSE}: the server state's display name (or the mode when unplugged)
     * @param stateName     the server's state display name ({@code states.last.display_name}), for display only
     * @param stateSince    {@code states.last.start_date}
     * @param phone         {@code phone_contact_uri}, else {@code phone_uri}
     * @param queues        the queues the agent serves ({@code active_queues}), full names like {@link
     *                      QueueStats#name()}
     * @param currentCall   the call the agent is ringing with, talking on or wrapping up; {@code null} when none
     * @param loggedInSince {@code login_date}, else {@code create_date}
     */
    public Agent {
        queues = List.copyOf(queues);
    }

    /** {@return true for the platform's technical login ({@value #TECHNICAL_LOGIN}), which is not a person} */
    public boolean technical() {
        return isTechnicalLogin(login);
    }

    /**
     * The rule behind {@link #technical()}, for callers that only have a login.
     *
     * @param login a login
     * @return true for the technical login
     */
    public static boolean isTechnicalLogin(String login) {
        return TECHNICAL_LOGIN.equals(login);
    }

    /** {@return true when the mode says the agent is unplugged (not counted in queues by the dashboards)} */
    public boolean unplugged() {
        return mode != null && mode.toLowerCase(Locale.ROOT).contains("unplug");
    }

    /**
     * @param now the current instant
     * @return time in {@link #status()} at {@code now}; zero when the status date is unknown or in the future
     */
    public Duration timeInStatus(Instant now) {
        return Durations.between(statusSince, now);
    }
}
