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
 */
public record UpdateClass(int sessionId, int systemId, String classPath, String className,
                          CdepObject objectClass)
        implements ExplorerMessage {

    public static final int ID = 10001;

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
