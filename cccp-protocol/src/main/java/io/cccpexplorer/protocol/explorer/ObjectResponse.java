package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code object_response} (20008, server → client): the values of a live object query: all of them first, then
 * only the changed ones.
 * {@code object} is a {@code consistent_protocol_object} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param object the leaf values of the format, {@code null} for the NULL object
 * @param listSystemId the system id of the list query the object came from, or 0
 */
public record ObjectResponse(int sessionId, int systemId, ProtocolObject object, int listSystemId)
        implements ExplorerMessage {

    /** The id of {@code object_response} on the wire. */
    public static final int ID = 20008;

    static ObjectResponse read(ArgumentReader in) {
        return new ObjectResponse(in.u32(), in.u32(), in.object(ProtocolObject::read), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).object(object, ProtocolObject::write).u32(listSystemId);
    }
}
