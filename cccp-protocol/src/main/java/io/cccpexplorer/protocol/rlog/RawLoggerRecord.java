package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Bytes;

import java.util.Objects;

/**
 * A logger record kept as its raw argument bytes: a record of an interface whose argument lists we do not decode
 * ({@code queues_logger}, {@code call_control_logger}, ...), an id the interface does not know, or a known record
 * whose bytes would not re-encode identically (extra trailing bytes, a short frame). It re-encodes byte for byte.
 *
 * @param id        the record id (the frame's message id)
 * @param arguments the frame's bytes after its 8-byte header
 */
public record RawLoggerRecord(int id, Bytes arguments) implements LoggerRecord {

    /**
     * Checks that the bytes are present.
     *
     * @param id the record id (the frame's message id)
     * @param arguments the frame's bytes after its 8-byte header
     * @throws NullPointerException if {@code arguments} is {@code null}
     */
    public RawLoggerRecord {
        Objects.requireNonNull(arguments, "arguments");
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.rawBytes(arguments.toArray());
    }
}
