package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code node_object_content_response_update_field_boolean} (20016, server → client).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param selection the vendor's selection argument (which part of the node object is meant), passed through as given
 * @param fieldName the name of the object field concerned
 * @param value the field's value
 * @param requestId the client-chosen id of this edit, echoed in the server's report
 */
public record NodeObjectContentResponseUpdateFieldBoolean(int sessionId, int systemId, String selection,
                                                          String fieldName, boolean value, int requestId)
        implements ExplorerMessage {

    /** The id of {@code node_object_content_response_update_field_boolean} on the wire. */
    public static final int ID = 20016;

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
    public NodeObjectContentResponseUpdateFieldBoolean {
        selection = Objects.requireNonNullElse(selection, "");
        fieldName = Objects.requireNonNullElse(fieldName, "");
    }

    static NodeObjectContentResponseUpdateFieldBoolean read(ArgumentReader in) {
        return new NodeObjectContentResponseUpdateFieldBoolean(
                in.u32(),
                in.u32(),
                in.str(),
                in.str(),
                in.bool(),
                in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(selection).str(fieldName).bool(value).u32(requestId);
    }
}
