package io.cccpexplorer.protocol.rlog;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The entries of several log sources in one stream ordered by record date: a k-way merge over one cursor per
 * {@link LogSource}. A cursor reads its source's files in hour order, one open file at a time, and holds one entry
 * ahead, so memory does not grow with file sizes. Made by {@link LoggerDirectory#merge}.
 *
 * <p>Within one source the file order is kept as written, even when a date steps backwards (a clock adjustment):
 * the merge orders sources against each other, it never reorders a file.
 */
public final class RlogMerge implements Iterator<MergedEntry>, Closeable {

    private final PriorityQueue<Cursor> heads = new PriorityQueue<>(
            Comparator.<Cursor, RlogEntry>comparing(c -> c.head, Comparator.comparing(RlogEntry::date))
                    .thenComparingInt(c -> c.rank));
    private final List<Cursor> cursors = new ArrayList<>();
    private final List<RlogDamage> damages = new ArrayList<>();

    RlogMerge(List<LogFile> files, RlogReadOptions options) {
        Map<LogSource, Deque<LogFile>> bySource = new LinkedHashMap<>();
        for (LogFile f : files) {
            bySource.computeIfAbsent(f.source(), s -> new ArrayDeque<>()).add(f);
        }
        int rank = 0;
        for (Deque<LogFile> sourceFiles : bySource.values()) {
            List<LogFile> sorted = new ArrayList<>(sourceFiles);
            sorted.sort(Comparator.comparing(LogFile::hour));
            cursors.add(new Cursor(new ArrayDeque<>(sorted), options, rank++));
        }
        try {
            for (Cursor cursor : cursors) {
                if (cursor.advance()) {
                    heads.add(cursor);
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public MergedEntry next() {
        Cursor cursor = heads.poll();
        if (cursor == null) {
            throw new NoSuchElementException("merge exhausted");
        }
        MergedEntry out = new MergedEntry(cursor.file, cursor.head);
        if (cursor.advance()) {
            heads.add(cursor);
        }
        return out;
    }

    /**
     * The remaining entries as a stream; closing it closes every open file.
     *
     * @return a sequential stream in record-date order
     */
    public Stream<MergedEntry> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Damage reports of salvage reads so far, one per damaged file (empty in strict mode).
     *
     * @return the reports
     */
    public List<RlogDamage> damages() {
        return List.copyOf(damages);
    }

    @Override
    public void close() {
        heads.clear();
        for (Cursor c : cursors) {
            c.close();
        }
    }

    private final class Cursor {
        private final Deque<LogFile> pending;
        private final RlogReadOptions options;
        private final int rank;
        private LogFile file;
        private RlogReader reader;
        private RlogEntry head;

        Cursor(Deque<LogFile> pending, RlogReadOptions options, int rank) {
            this.pending = pending;
            this.options = options;
            this.rank = rank;
        }

        /** Loads the next entry into {@link #head}; false when the source is exhausted (and then closed). */
        boolean advance() {
            try {
                while (true) {
                    if (reader != null && reader.hasNext()) {
                        head = reader.next();
                        return true;
                    }
                    if (reader != null) {
                        reader.damage().ifPresent(damages::add);
                        reader.close();
                        reader = null;
                    }
                    file = pending.poll();
                    if (file == null) {
                        head = null;
                        return false;
                    }
                    reader = RlogReader.open(file.path(), options);
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException((file == null ? "" : file.path() + ": ") + e.getMessage(), e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        void close() {
            pending.clear();
            head = null;
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException ignored) {
                    // read-only file: nothing can be lost by a failed close
                }
                reader = null;
            }
        }
    }
}
