package io.cccpexplorer.client.model;

import java.time.OffsetDateTime;

/**
 * One entry of a session's {@code events} list ({@code ccenter_dispatch_db_event}); {@code data} is
 * {@code string_data}. Immutable.
 */
public record SessionEvent(int objectId, OffsetDateTime date, String source, String target, String state,
                           String name, String data) {
}
