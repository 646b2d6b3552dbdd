package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_object_add_field} (10042, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryObjectAddField(int sessionId, int systemId, String path, int objectId, int fatherFieldIndex,
                                  int fieldIndex, String fieldName, String fieldQuery)
        implements ExplorerMessage {

    public static final int ID = 10042;

    public QueryObjectAddField {
        path = Objects.requireNonNullElse(path, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
        fieldQuery = Objects.requireNonNullElse(fieldQuery, "");
    }

    static QueryObjectAddField read(ArgumentReader in) {
        return new QueryObjectAddField(
                in.u32(),
                in.u32(),
                in.str(),
                in.u32(),
                in.u32(),
                in.u32(),
                in.str(),
                in.str());
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
                .u32(fatherFieldIndex)
                .u32(fieldIndex)
                .str(fieldName)
                .str(fieldQuery);
    }
}
