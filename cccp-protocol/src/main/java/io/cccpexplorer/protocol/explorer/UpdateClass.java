package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code update_class} (10001, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 * {@code objectClass} is a {@code consistent_class} object, {@code null} for the NULL object.
 *
 * @param sessionId the login session: the number the client chose at {@code login}
 * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
 * @param classPath the namespace (class path) concerned
 * @param className the name of the class concerned
 * @param objectClass the class definition, as a generic object blob
 */
public record UpdateClass(int sessionId, int systemId, String classPath, String className,
                          CdepObject objectClass)
        implements ExplorerMessage {

    /** The id of {@code update_class} on the wire. */
    public static final int ID = 10001;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the login session: the number the client chose at {@code login}
     * @param systemId the client-chosen id of the query or tree request; answers and live updates carry it back
     * @param classPath the namespace (class path) concerned
     * @param className the name of the class concerned
     * @param objectClass the class definition, as a generic object blob
     */
    public UpdateClass {
        classPath = Objects.requireNonNullElse(classPath, "");
        className = Objects.requireNonNullElse(className, "");
    }

    static UpdateClass read(ArgumentReader in) {
        return new UpdateClass(in.u32(), in.u32(), in.str(), in.str(), in.object(BlobReader::readObject));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.u32(sessionId).u32(systemId).str(classPath).str(className).object(objectClass, BlobWriter::object);
    }
}
