package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code object_response} (20008, server → client): the values of a live object query: all of them first, then
 * only the changed ones.
 * {@code object} is a {@code consistent_protocol_object} object, {@code null} for the NULL object.
 */
public record ObjectResponse(int sessionId, int systemId, ProtocolObject object, int listSystemId)
        implements ExplorerMessage {

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
