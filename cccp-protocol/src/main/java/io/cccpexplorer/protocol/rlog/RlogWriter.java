package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes entries in the binary log-file layout (wire spec §4.8), exactly as given: date, record number, frame.
 * Writing the entries an {@link RlogReader} read from a file produces that file's bytes. Object arguments are
 * encoded with one outbound namespace table per writer (= per file).
 *
 * <p>Not thread-safe. An entry is encoded completely before its first byte reaches the output, so a record that
 * cannot be encoded throws without leaving half an entry in the file.
 */
public final class RlogWriter implements Closeable, Flushable {

    private static final int BUFFER_SIZE = 64 * 1024;

    private final OutputStream out;
    private final NamespaceTable outbound = new NamespaceTable();
    private final ByteBuf scratch = Unpooled.buffer(512);
    private long bytesWritten;
    private long entriesWritten;

    /**
     * A writer onto {@code out} (buffered here), positioned at the start of a file.
     *
     * @param out where the entries go; closed with this writer
     */
    public RlogWriter(OutputStream out) {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), BUFFER_SIZE);
    }

    /**
     * Creates (or truncates) {@code file} and writes to it.
     *
     * @param file the log file
     * @return the writer; close it
     * @throws IOException if the file cannot be opened
     */
    public static RlogWriter create(Path file) throws IOException {
        return new RlogWriter(Files.newOutputStream(file));
    }

    /**
     * Opens {@code file} with explicit options, e.g. {@code CREATE, APPEND}.
     *
     * @param file the log file
     * @param options how to open it
     * @return the writer; close it
     * @throws IOException if the file cannot be opened
     */
    public static RlogWriter open(Path file, OpenOption... options) throws IOException {
        return new RlogWriter(Files.newOutputStream(file, options));
    }

    /**
     * Writes one entry exactly as given: date, record number, then the record as a frame.
     *
     * @param entry the entry
     * @throws IOException if writing fails
     * @throws io.cccpexplorer.protocol.CccpCodecException if the record cannot be encoded
     */
    public void write(RlogEntry entry) throws IOException {
        scratch.clear();
        RlogEncoding.writeEntry(scratch, entry, outbound);
        out.write(scratch.array(), scratch.arrayOffset() + scratch.readerIndex(), scratch.readableBytes());
        bytesWritten += scratch.readableBytes();
        entriesWritten++;
        if (scratch.capacity() > BUFFER_SIZE) {
            scratch.capacity(BUFFER_SIZE); // one huge record must not pin its buffer for the life of the file
        }
    }

    /**
     * Bytes written by this writer (not counting what the file held before).
     *
     * @return the byte count
     */
    public long bytesWritten() {
        return bytesWritten;
    }

    /**
     * Entries written by this writer.
     *
     * @return the entry count
     */
    public long entriesWritten() {
        return entriesWritten;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
