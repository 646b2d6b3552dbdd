package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.objects.NamedObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code client_log_event} (10016, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 * {@code object} is a {@code consistent_protocol_named_object} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 * @param source the sender's name for itself
 * @param target who the event is meant for
 * @param eventName the event's name (for example {@code load_day.2026_02_08})
 * @param managed whether the event was handled
 * @param object the event's named-object payload, {@code null} for none
 */
public record ClientLogEvent(int sessionId, String path, String source, String target, String eventName,
                             boolean managed, NamedObject object)
        implements ExplorerMessage {

    /** The id of {@code client_log_event} on the wire. */
    public static final int ID = 10016;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     * @param source the sender's name for itself
     * @param target who the event is meant for
     * @param eventName the event's name (for example {@code load_day.2026_02_08})
     * @param managed whether the event was handled
     * @param object the event's named-object payload, {@code null} for none
     */
    public ClientLogEvent {
        path = Objects.requireNonNullElse(path, "");
        source = Objects.requireNonNullElse(source, "");
        target = Objects.requireNonNullElse(target, "");
        eventName = Objects.requireNonNullElse(eventName, "");
    }

    static ClientLogEvent read(ArgumentReader in) {
        return new ClientLogEvent(
                in.u32(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.bool(),
                in.object(NamedObject::read));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId)
                .str(path)
                .str(source)
                .str(target)
                .str(eventName)
                .bool(managed)
                .object(object, NamedObject::write);
    }
}
