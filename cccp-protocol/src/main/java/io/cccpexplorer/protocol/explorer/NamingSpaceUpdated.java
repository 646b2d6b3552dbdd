package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code naming_space_updated} (20011, server → client).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param classPath the namespace that changed
 */
public record NamingSpaceUpdated(String classPath) implements ExplorerMessage {

    /** The id of {@code naming_space_updated} on the wire. */
    public static final int ID = 20011;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param classPath the namespace that changed
     */
    public NamingSpaceUpdated {
        classPath = Objects.requireNonNullElse(classPath, "");
    }

    static NamingSpaceUpdated read(ArgumentReader in) {
        return new NamingSpaceUpdated(in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(classPath);
    }
}
