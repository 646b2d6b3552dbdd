package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code class_updated} (20010, server → client).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 * {@code objectClass} is a {@code consistent_class} object, {@code null} for the NULL object.
 *
 * @param classPath the namespace (class path) of the changed class
 * @param className the name of the class concerned
 * @param objectClass the class definition, as a generic object blob
 */
public record ClassUpdated(String classPath, String className, CdepObject objectClass) implements ExplorerMessage {

    /** The id of {@code class_updated} on the wire. */
    public static final int ID = 20010;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param classPath the namespace (class path) of the changed class
     * @param className the name of the class concerned
     * @param objectClass the class definition, as a generic object blob
     */
    public ClassUpdated {
        classPath = Objects.requireNonNullElse(classPath, "");
        className = Objects.requireNonNullElse(className, "");
    }

    static ClassUpdated read(ArgumentReader in) {
        return new ClassUpdated(in.str(), in.str(), in.object(BlobReader::readObject));
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(classPath).str(className).object(objectClass, BlobWriter::object);
    }
}
