package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_list_add_field} (10043, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 */
public record QueryListAddField(int sessionId, int systemId, int fatherFieldIndex, int fieldIndex,
                                String fieldName, String fieldQuery)
        implements ExplorerMessage {

    public static final int ID = 10043;

    public QueryListAddField {
        fieldName = Objects.requireNonNullElse(fieldName, "");
        fieldQuery = Objects.requireNonNullElse(fieldQuery, "");
    }

    static QueryListAddField read(ArgumentReader in) {
        return new QueryListAddField(in.u32(), in.u32(), in.u32(), in.u32(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).u32(fatherFieldIndex).u32(fieldIndex).str(fieldName).str(fieldQuery);
    }
}
