package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_list_add_field} (10043, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param fatherFieldIndex the index of the format field under which the new field goes
 * @param fieldIndex the index the new field takes in the format
 * @param fieldName the name of the object field concerned
 * @param fieldQuery the query that computes the new field
 */
public record QueryListAddField(int sessionId, int systemId, int fatherFieldIndex, int fieldIndex,
                                String fieldName, String fieldQuery)
        implements ExplorerMessage {

    /** The id of {@code query_list_add_field} on the wire. */
    public static final int ID = 10043;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param fatherFieldIndex the index of the format field under which the new field goes
     * @param fieldIndex the index the new field takes in the format
     * @param fieldName the name of the object field concerned
     * @param fieldQuery the query that computes the new field
     */
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
