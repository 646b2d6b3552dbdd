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
 */
public record ClassUpdated(String classPath, String className, CdepObject objectClass) implements ExplorerMessage {

    public static final int ID = 20010;

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
