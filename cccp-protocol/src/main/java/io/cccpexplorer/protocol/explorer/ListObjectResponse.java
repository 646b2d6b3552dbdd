package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code list_object_response} (20034, server → client): computed columns of a list query (query_list_add_field).
 * {@code object} is a {@code consistent_protocol_object} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param object the computed columns of one list item, {@code null} for the NULL object
 */
public record ListObjectResponse(int sessionId, int systemId, ProtocolObject object) implements ExplorerMessage {

    /** The id of {@code list_object_response} on the wire. */
    public static final int ID = 20034;

    static ListObjectResponse read(ArgumentReader in) {
        return new ListObjectResponse(in.u32(), in.u32(), in.object(ProtocolObject::read));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).object(object, ProtocolObject::write);
    }
}
