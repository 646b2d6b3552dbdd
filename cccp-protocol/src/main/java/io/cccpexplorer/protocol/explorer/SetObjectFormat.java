package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code set_object_format} (10010, client → server): stores an object format in the login session (no answer).
 * {@code format} is a {@code consistent_protocol_object_format} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param format the format: a tree of wanted fields under its format id
 */
public record SetObjectFormat(int sessionId, ObjectFormat format) implements ExplorerMessage {

    /** The id of {@code set_object_format} on the wire. */
    public static final int ID = 10010;

    static SetObjectFormat read(ArgumentReader in) {
        return new SetObjectFormat(in.u32(), in.object(ObjectFormat::read));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).object(format, ObjectFormat::write);
    }
}
