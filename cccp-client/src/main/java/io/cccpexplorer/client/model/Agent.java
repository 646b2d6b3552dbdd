package io.cccpexplorer.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A logged-in agent: one live user session (session_type 3, no terminate_date). Immutable. Dates keep the
 * server's UTC offset; absent values are "" or {@code null} (dates).
 *
 * @param objectId             the session's object id
 * @param sessionId            the session id ({@code user_…@…})
 * @param login                {@code user.login}
 * @param name                 {@code user.name}
 * @param project              {@code project_name}
 * @param profile              {@code profile_name}
 * @param mode                 {@code current_mode} ("unplug" modes mean unavailable)
 * @param state                {@code states.last.display_name}
 * @param stateSince           {@code states.last.start_date}
 * @param phone                {@code phone_contact_uri}, else {@code phone_uri}
 * @param queues               queue names from {@code active_queues} without their {@code PROJECT__} prefix
 * @param currentCallSessionId session id of the call this agent manages now, "" when none
 * @param loggedInSince        {@code login_date}, else {@code create_date}
 */
public record Agent(int objectId, String sessionId, String login, String name, String project, String profile,
                    String mode, String state, OffsetDateTime stateSince, String phone, List<String> queues,
                    String currentCallSessionId, OffsetDateTime loggedInSince) {

    public Agent {
        queues = List.copyOf(queues);
    }

    /** True when the mode says the agent is unplugged (not counted in queues by the dashboards). */
    public boolean unplugged() {
        return mode.contains("unplug");
    }
}
