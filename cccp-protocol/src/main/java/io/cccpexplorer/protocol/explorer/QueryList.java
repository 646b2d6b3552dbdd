package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_list} (10011, client → server): opens a live list query; the server answers with the list snapshot,
 * then one list_response per change.
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryList(int sessionId, int systemId, String path, int objectId, String field, String filter,
                        int pageSize, String windowField, int windowDuration)
        implements ExplorerMessage {

    public static final int ID = 10011;

    public QueryList {
        path = Objects.requireNonNullElse(path, "");
        field = Objects.requireNonNullElse(field, "");
        filter = Objects.requireNonNullElse(filter, "");
        windowField = Objects.requireNonNullElse(windowField, "");
    }

    static QueryList read(ArgumentReader in) {
        return new QueryList(
                in.u32(),
                in.u32(),
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.u32(),
                in.str(),
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
                .u32(pageSize)
                .str(windowField)
                .u32(windowDuration);
    }
}
