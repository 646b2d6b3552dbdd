package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.objects.NamedObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code server_event} (20009, server → client): a server event, e.g. {@code
 * com.consistent.ccenter.dispatch.day_loaded}.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 * {@code object} is a {@code consistent_protocol_named_object} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session the event is for
 * @param source the sender's name for itself
 * @param target who the event is meant for
 * @param delay a delay before the event applies, as the vendor sends it
 * @param eventName the event's name (for example {@code load_day.2026_02_08})
 * @param object the event's named-object payload, {@code null} for none
 */
public record ServerEvent(int sessionId, String source, String target, double delay, String eventName,
                          NamedObject object)
        implements ExplorerMessage {

    /** The id of {@code server_event} on the wire. */
    public static final int ID = 20009;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session the event is for
     * @param source the sender's name for itself
     * @param target who the event is meant for
     * @param delay a delay before the event applies, as the vendor sends it
     * @param eventName the event's name (for example {@code load_day.2026_02_08})
     * @param object the event's named-object payload, {@code null} for none
     */
    public ServerEvent {
        source = Objects.requireNonNullElse(source, "");
        target = Objects.requireNonNullElse(target, "");
        eventName = Objects.requireNonNullElse(eventName, "");
    }

    static ServerEvent read(ArgumentReader in) {
        return new ServerEvent(in.u32(), in.str(), in.str(), in.real(), in.str(), in.object(NamedObject::read));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).str(source).str(target).real(delay).str(eventName).object(object, NamedObject::write);
    }
}
