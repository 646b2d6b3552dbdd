package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_object} (10012, client → server): opens a live object query; the server answers with all values,
 * then with the values that changed.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryObject(int sessionId, int systemId, String path, int objectId, int formatId,
                          int listSystemId)
        implements ExplorerMessage {

    public static final int ID = 10012;

    public QueryObject {
        path = Objects.requireNonNullElse(path, "");
    }

    static QueryObject read(ArgumentReader in) {
        return new QueryObject(in.u32(), in.u32(), in.str(), in.u32(), in.u32(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(path).u32(objectId).u32(formatId).u32(listSystemId);
    }
}
