package io.cccpexplorer.dashboard.feed;

import java.time.OffsetDateTime;

/**
 * One event of a session, as listed by the session console. {@code data} is the complete text.
 * Mirrors {@code client.model.SessionEvent}.
 */
public record ConsoleEvent(int objectId, OffsetDateTime date, String source, String target, String state, String name,
                           String data) {
}
