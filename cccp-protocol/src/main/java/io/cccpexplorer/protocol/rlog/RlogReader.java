package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.wire.Bytes;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the entries of one binary log file (wire spec §4.8): per entry a 12-byte date, a u32 record number and a
 * frame ({@code u32 size, u32 id, arguments}). One entry is in memory at a time; the file is never loaded whole.
 *
 * <p>Records of the file's {@link LoggerInterface} that have a typed model decode to it (e.g. the ccxml records);
 * everything else, and any typed record whose bytes would not re-encode identically, is a {@link RawLoggerRecord}.
 * So {@link RlogWriter} given the entries of a file writes that file again, byte for byte.
 *
 * <p>A truncated last entry or an impossible frame size is a {@link CccpCodecException} naming the source and the
 * byte offset, or, with {@link RlogReadOptions#stopAtDamage()}, the end of the stream and a {@link #damage()} report.
 * Object arguments are decoded with one inbound namespace table per file.
 *
 * <p>Not thread-safe. Close it (or the {@link #stream()}) to close the underlying input.
 */
public final class RlogReader implements Iterator<RlogEntry>, Closeable {

    private static final int HEADER_LENGTH = RlogEncoding.ENTRY_PREFIX_LENGTH + Frames.HEADER_LENGTH;
    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final String source;
    private final LoggerInterface loggerInterface;
    private final RlogReadOptions options;
    private final NamespaceTable inbound = new NamespaceTable();
    /** Mirrors the table an {@link RlogWriter} would use, to check that typed records re-encode identically. */
    private NamespaceTable shadowOutbound = new NamespaceTable();
    private final ByteBuf scratch = Unpooled.buffer(256);
    private final byte[] header = new byte[HEADER_LENGTH];

    private long offset;
    private long records;
    private RlogEntry next;
    private boolean ended;
    private RlogDamage damage;

    /**
     * @param in              the file's bytes from its first byte; buffered here
     * @param source          a name for error messages (normally the file path)
     * @param loggerInterface which logger interface the records belong to
     * @param options         size bound and damage policy
     */
    public RlogReader(InputStream in, String source, LoggerInterface loggerInterface, RlogReadOptions options) {
        this.in = new BufferedInputStream(Objects.requireNonNull(in, "in"), BUFFER_SIZE);
        this.source = Objects.requireNonNull(source, "source");
        this.loggerInterface = Objects.requireNonNull(loggerInterface, "loggerInterface");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * A reader over a channel (for example a {@link java.nio.channels.FileChannel} at position 0).
     *
     * @param channel the file's bytes from its start
     * @param source a name for error messages (normally the file path)
     * @param loggerInterface which logger interface the records belong to
     * @param options size bound and damage policy
     * @return the reader
     */
    public static RlogReader of(ReadableByteChannel channel, String source, LoggerInterface loggerInterface,
                                RlogReadOptions options) {
        return new RlogReader(Channels.newInputStream(channel), source, loggerInterface, options);
    }

    /**
     * Opens a log file strictly; its interface follows from its folder ({@link LoggerInterface#ofFile}).
     *
     * @param file the log file
     * @return the reader; close it
     * @throws IOException if the file cannot be opened
     */
    public static RlogReader open(Path file) throws IOException {
        return open(file, RlogReadOptions.STRICT);
    }

    /**
     * Opens a log file; its interface follows from its folder ({@link LoggerInterface#ofFile}). A {@code .bz2} file
     * is decompressed as it is read (Apache Commons Compress, an optional dependency the application adds;
     * concatenated streams too, as parallel bzip2 writes them).
     *
     * @param file the log file
     * @param options size bound and damage policy
     * @return the reader; close it
     * @throws IOException if the file cannot be opened
     */
    public static RlogReader open(Path file, RlogReadOptions options) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (LogFile.isCompressed(file)) {
            try {
                in = new BZip2CompressorInputStream(new java.io.BufferedInputStream(in, BUFFER_SIZE), true);
            } catch (IOException e) { // not bzip2 at all: say which file
                in.close();
                throw new IOException(file + ": not a bzip2 file (" + e.getMessage() + ")", e);
            } catch (NoClassDefFoundError e) { // commons-compress is optional: the application did not add it
                in.close();
                throw new IOException(file + ": reading .bz2 files needs org.apache.commons:commons-compress on the "
                        + "class path", e);
            }
        }
        return new RlogReader(in, file.toString(), LoggerInterface.ofFile(file), options);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            try {
                next = readEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(source + " at offset " + offset + ": " + e.getMessage(), e);
            }
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public RlogEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException(source + ": no more records");
        }
        RlogEntry entry = next;
        next = null;
        return entry;
    }

    /**
     * The remaining entries as a sequential stream; closing the stream closes this reader.
     *
     * @return the entries in file order
     */
    public Stream<RlogEntry> stream() {
        Spliterator<RlogEntry> split = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).onClose(this::closeQuietly);
    }

    /**
     * The byte offset of the next entry (after the last one returned or looked ahead at).
     *
     * @return the offset from the start of the file
     */
    public long offset() {
        return offset;
    }

    /**
     * Why a salvage read stopped early.
     *
     * @return the damage; empty while reading and after a clean end
     */
    public Optional<RlogDamage> damage() {
        return Optional.ofNullable(damage);
    }

    /**
     * The logger interface the records are decoded with.
     *
     * @return the interface
     */
    public LoggerInterface loggerInterface() {
        return loggerInterface;
    }

    @Override
    public void close() throws IOException {
        ended = true;
        next = null;
        in.close();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RlogEntry readEntry() throws IOException {
        int got = in.readNBytes(header, 0, HEADER_LENGTH);
        if (got == 0) {
            return null;
        }
        if (got < HEADER_LENGTH) {
            return damaged("truncated record header: " + got + " bytes (expected: " + HEADER_LENGTH + ")");
        }
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        CccpDate date = new CccpDate(Integer.toUnsignedLong(h.getInt(0)), Integer.toUnsignedLong(h.getInt(4)),
                h.getInt(8));
        int recordNumber = h.getInt(12);
        long size = Integer.toUnsignedLong(h.getInt(16));
        int id = h.getInt(20);
        if (size < Frames.HEADER_LENGTH || size > options.maxRecordSize()) {
            return damaged("record size: " + size + " (expected: " + Frames.HEADER_LENGTH + ".."
                    + options.maxRecordSize() + ")");
        }
        int argumentLength = (int) size - Frames.HEADER_LENGTH;
        byte[] arguments = in.readNBytes(argumentLength);
        if (arguments.length < argumentLength) {
            return damaged("truncated record " + Integer.toUnsignedString(recordNumber) + " (id " + id + "): "
                    + arguments.length + " argument bytes (expected: " + argumentLength + ")");
        }
        offset += RlogEncoding.ENTRY_PREFIX_LENGTH + size;
        records++;
        return new RlogEntry(date, recordNumber, decode(id, arguments));
    }

    private RlogEntry damaged(String reason) {
        RlogDamage found = new RlogDamage(source, offset, records, reason);
        ended = true; // nothing after damage is trustworthy: the stream ends here either way
        if (!options.stopAtDamage()) {
            throw new CccpCodecException(source + " at offset " + offset + ": " + reason);
        }
        damage = found;
        return null;
    }

    private LoggerRecord decode(int id, byte[] arguments) {
        LoggerRecord typed;
        try {
            typed = loggerInterface.decode(id, new ArgumentReader(Unpooled.wrappedBuffer(arguments), inbound));
        } catch (CccpCodecException | IllegalArgumentException e) {
            // The framing is sound, only the arguments do not fit the signature: keep the bytes, lose nothing.
            typed = null;
        }
        if (typed != null && reencodesIdentically(typed, arguments)) {
            return typed;
        }
        return new RawLoggerRecord(id, Bytes.of(arguments));
    }

    private boolean reencodesIdentically(LoggerRecord record, byte[] arguments) {
        int knownPaths = shadowOutbound.size();
        boolean same;
        scratch.clear();
        try {
            RlogEncoding.writeFrame(scratch, record, shadowOutbound);
            same = scratch.readableBytes() == Frames.HEADER_LENGTH + arguments.length
                    && Arrays.equals(arguments, 0, arguments.length, scratch.array(),
                    scratch.arrayOffset() + Frames.HEADER_LENGTH, scratch.arrayOffset() + scratch.readableBytes());
        } catch (RuntimeException e) {
            same = false;
        }
        if (!same && shadowOutbound.size() != knownPaths) {
            // The raw record a writer emits instead announces nothing: undo what the attempt numbered.
            shadowOutbound = rebuilt(shadowOutbound, knownPaths);
        }
        return same;
    }

    private static NamespaceTable rebuilt(NamespaceTable table, int paths) {
        NamespaceTable copy = new NamespaceTable();
        for (int n = 1; n <= paths; n++) {
            copy.numberFor(table.pathOf(n));
        }
        copy.drainAnnouncements();
        return copy;
    }
}
