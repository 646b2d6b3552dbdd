package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code select_and_query_object} (10044, client → server): queries the first object of a list that matches a
 * filter.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record SelectAndQueryObject(int sessionId, int systemId, String path, int objectId, String field,
                                   String filter, int formatId, int listSystemId)
        implements ExplorerMessage {

    public static final int ID = 10044;

    public SelectAndQueryObject {
        path = Objects.requireNonNullElse(path, "");
        field = Objects.requireNonNullElse(field, "");
        filter = Objects.requireNonNullElse(filter, "");
    }

    static SelectAndQueryObject read(ArgumentReader in) {
        return new SelectAndQueryObject(
                in.u32(),
                in.u32(),
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.u32(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId)
                .u32(systemId)
                .str(path)
                .u32(objectId)
                .str(field)
                .str(filter)
                .u32(formatId)
                .u32(listSystemId);
    }
}
