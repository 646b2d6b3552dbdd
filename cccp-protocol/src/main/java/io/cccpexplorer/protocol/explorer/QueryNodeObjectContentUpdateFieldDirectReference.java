package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code query_node_object_content_update_field_direct_reference} (10040, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param selection the vendor's selection argument (which part of the node object is meant), passed through as given
 * @param fieldName the name of the object field concerned
 * @param value the field's value
 * @param requestId the client-chosen id of this edit, echoed in the server's report
 */
public record QueryNodeObjectContentUpdateFieldDirectReference(int sessionId, int systemId, String selection,
                                                               String fieldName, int value, int requestId)
        implements ExplorerMessage {

    /** The id of {@code query_node_object_content_update_field_direct_reference} on the wire. */
    public static final int ID = 10040;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param selection the vendor's selection argument (which part of the node object is meant), passed through as
     *     given
     * @param fieldName the name of the object field concerned
     * @param value the field's value
     * @param requestId the client-chosen id of this edit, echoed in the server's report
     */
    public QueryNodeObjectContentUpdateFieldDirectReference {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
    }

    static QueryNodeObjectContentUpdateFieldDirectReference read(ArgumentReader in) {
        return new QueryNodeObjectContentUpdateFieldDirectReference(
                in.u32(),
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
        out.u32(sessionId).u32(systemId).str(selection).str(fieldName).u32(value).u32(requestId);
    }
}
