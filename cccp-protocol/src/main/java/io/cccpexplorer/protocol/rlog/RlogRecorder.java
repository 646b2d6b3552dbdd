package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.wire.CccpDate;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;

/**
 * Records a live stream of logger records into the CCenter layout of one {@link LogSource}, the way the vendor's
 * logger does: one file per UTC hour ({@code log_YYYY_MM_DD__HH_00_00.log}), records numbered 1, 2, 3... per file.
 *
 * <p>A file rolls when a record's date enters a later UTC hour; a record dated earlier than the open file's hour
 * (a clock step back) goes into the open file, as it would with the vendor, which writes in arrival order. If the
 * hour's file already exists (a restart within the hour), recording appends to it and continues its numbering.
 *
 * <p>Not thread-safe; feed it from one thread.
 */
public final class RlogRecorder implements Closeable, Flushable {

    private final Path root;
    private final LogSource source;
    private RlogWriter writer;
    private Instant openHour;
    private Path openFile;
    private int lastNumber;

    /**
     * @param root   the logger root (the folder that holds the project folders)
     * @param source whose files are written
     */
    public RlogRecorder(Path root, LogSource source) {
        this.root = Objects.requireNonNull(root, "root");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Records {@code record} stamped {@code date}, in the file of its UTC hour.
     *
     * @param date the date to stamp
     * @param record the record
     * @return the entry as written, with its number in its file
     * @throws IOException if the file system fails
     */
    public RlogEntry record(CccpDate date, LoggerRecord record) throws IOException {
        Objects.requireNonNull(record, "record");
        if (date.isNil()) {
            throw new IllegalArgumentException("date: nil (expected: a real date; it decides the file)");
        }
        Instant hour = LogFile.hourOf(date.toInstant());
        if (writer == null || hour.isAfter(openHour)) {
            roll(hour);
        }
        RlogEntry entry = new RlogEntry(date, lastNumber + 1, record);
        writer.write(entry);
        lastNumber++;
        return entry;
    }

    /**
     * Records the record of {@code entry} at its date; the entry's own number is replaced by the file's.
     *
     * @param entry the entry to record
     * @return the entry as written
     * @throws IOException if the file system fails
     */
    public RlogEntry record(RlogEntry entry) throws IOException {
        return record(entry.date(), entry.record());
    }

    /**
     * The file being written.
     *
     * @return its path, or {@code null} before the first record
     */
    public Path currentFile() {
        return openFile;
    }

    @Override
    public void flush() throws IOException {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    private void roll(Instant hour) throws IOException {
        close();
        Path folder = source.folder(root);
        Files.createDirectories(folder);
        Path file = folder.resolve(LogFile.fileName(hour));
        lastNumber = Files.exists(file) ? lastNumberIn(file) : 0;
        writer = RlogWriter.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        openHour = hour;
        openFile = file;
    }

    /** Strict read: appending after a damaged tail would hide the damage inside the file. */
    private static int lastNumberIn(Path file) throws IOException {
        int last = 0;
        try (RlogReader reader = new RlogReader(Files.newInputStream(file), file.toString(), LoggerInterface.UNKNOWN,
                RlogReadOptions.STRICT)) {
            while (reader.hasNext()) {
                last = reader.next().recordNumber();
            }
        }
        return last;
    }
}
