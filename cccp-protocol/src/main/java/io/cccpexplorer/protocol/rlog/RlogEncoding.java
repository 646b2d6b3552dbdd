package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;

/** The byte layout of one log-file entry (wire spec §4.8), shared by the reader's self-check and the writer. */
final class RlogEncoding {

    /** 12-byte date + u32 record number, before the frame. */
    static final int ENTRY_PREFIX_LENGTH = 16;

    private RlogEncoding() {
    }

    /** Writes date, record number and frame of {@code entry}; object arguments use {@code outbound}. */
    static void writeEntry(ByteBuf out, RlogEntry entry, NamespaceTable outbound) {
        out.writeIntLE((int) entry.date().seconds());
        out.writeIntLE((int) entry.date().microseconds());
        out.writeIntLE(entry.date().offsetSeconds());
        out.writeIntLE(entry.recordNumber());
        writeFrame(out, entry.record(), outbound);
    }

    /** Writes the record as a frame: u32 size, u32 id, arguments. */
    static void writeFrame(ByteBuf out, LoggerRecord record, NamespaceTable outbound) {
        int start = Frames.start(out, record.id());
        record.writeArguments(new ArgumentWriter(out, outbound));
        Frames.finish(out, start);
    }
}
