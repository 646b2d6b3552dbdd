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
 */
public record ClientEvent(int sessionId, String path, String source, String target, double delay,
                          String eventName, NamedObject object)
        implements ExplorerMessage {

    public static final int ID = 10014;

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
