package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.objects.NamedObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code client_event} (10014, client → server): a client event; the dispatch acts on {@code
 * com.consistent.ccenter.dispatch.load_day.*}.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 * {@code object} is a {@code consistent_protocol_named_object} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
 * @param source the sender's name for itself
 * @param target who the event is meant for
 * @param delay a delay before the event applies, as the vendor sends it
 * @param eventName the event's name (for example {@code load_day.2026_02_08})
 * @param object the event's named-object payload, {@code null} for none
 */
public record ClientEvent(int sessionId, String path, String source, String target, double delay,
                          String eventName, NamedObject object)
        implements ExplorerMessage {

    /** The id of {@code client_event} on the wire. */
    public static final int ID = 10014;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param path a configuration-tree path (the dispatch ignores it for list and object queries)
     * @param source the sender's name for itself
     * @param target who the event is meant for
     * @param delay a delay before the event applies, as the vendor sends it
     * @param eventName the event's name (for example {@code load_day.2026_02_08})
     * @param object the event's named-object payload, {@code null} for none
     */
    public ClientEvent {
        path = Objects.requireNonNullElse(path, "");
        source = Objects.requireNonNullElse(source, "");
        target = Objects.requireNonNullElse(target, "");
        eventName = Objects.requireNonNullElse(eventName, "");
    }

    static ClientEvent read(ArgumentReader in) {
        return new ClientEvent(
                in.u32(),
                in.str(),
                in.str(),
                in.str(),
                in.real(),
                in.str(),
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
                .real(delay)
                .str(eventName)
                .object(object, NamedObject::write);
    }
}
