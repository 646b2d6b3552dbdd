package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code list_response} (20007, server → client): a list snapshot, or one change of a live list.
 * {@code list} is a {@code consistent_protocol_list} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param list the list's items or the one change, {@code null} for the NULL object
 */
public record ListResponse(int sessionId, int systemId, ProtocolList list) implements ExplorerMessage {

    /** The id of {@code list_response} on the wire. */
    public static final int ID = 20007;

    static ListResponse read(ArgumentReader in) {
        return new ListResponse(in.u32(), in.u32(), in.object(ProtocolList::read));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).object(list, ProtocolList::write);
    }
}
