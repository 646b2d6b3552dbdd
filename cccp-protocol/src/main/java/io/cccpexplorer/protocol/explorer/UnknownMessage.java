package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A frame whose id the explorer interface does not define. The vendor logs and ignores these; we decode them
 * to this record (never an exception) and re-encode them byte for byte.
 *
 * @param id the frame's message id
 * @param payload the frame's argument bytes, kept as they came
 */
public record UnknownMessage(int id, byte[] payload) implements ExplorerMessage {

    /**
     * Copies the payload, so that the record stays immutable.
     *
     * @param id the frame's message id
     * @param payload the frame's argument bytes, kept as they came
     */
    public UnknownMessage {
        payload = payload.clone();
    }

    /**
     * The frame's argument bytes.
     *
     * @return a copy of the bytes after the 8-byte header
     */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.rawBytes(payload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownMessage u && u.id == id && Arrays.equals(u.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * id + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "UnknownMessage[id=" + Integer.toUnsignedString(id) + ", payload="
                + HexFormat.of().formatHex(payload) + "]";
    }
}
