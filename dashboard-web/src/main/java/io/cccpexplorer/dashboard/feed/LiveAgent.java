package io.cccpexplorer.dashboard.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One logged-in agent (an open user session) as the dashboard sees it. Mirrors {@code client.model.Agent}
 * field for field so that binding the live model is a plain copy.
 *
 * @param objectId the dispatch object id of the user session
 * @param loggedInSince login date, with the server's own UTC offset
 */
public record LiveAgent(int objectId, String sessionId, String login, String name, String project, String profile,
                        String mode, String state, OffsetDateTime stateSince, String phone, List<String> queues,
                        String currentCallSessionId, OffsetDateTime loggedInSince) {

    public LiveAgent {
        queues = queues == null ? List.of() : List.copyOf(queues);
    }
}
