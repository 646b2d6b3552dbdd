package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code needs_naming_space} (10017, client → server).
 * Strings are never {@code null}: on the wire a NULL string and "" are the same bytes.
 *
 * @param classPath the namespace whose definition the client wants
 */
public record NeedsNamingSpace(String classPath) implements ExplorerMessage {

    /** The id of {@code needs_naming_space} on the wire. */
    public static final int ID = 10017;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param classPath the namespace whose definition the client wants
     */
    public NeedsNamingSpace {
        classPath = Objects.requireNonNullElse(classPath, "");
    }

    static NeedsNamingSpace read(ArgumentReader in) {
        return new NeedsNamingSpace(in.str());
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
