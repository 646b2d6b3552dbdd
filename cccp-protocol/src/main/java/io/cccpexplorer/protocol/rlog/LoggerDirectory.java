package io.cccpexplorer.protocol.rlog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A CCenter logger folder: {@code ROOT/PROJECT/INSTANCE/PROCESS/CLASS/HOST/log_YYYY_MM_DD__HH_00_00.log}, file
 * hours in UTC. Lists projects and finds the files of one project and one day, then {@link #merge merges} several
 * hosts' (and processes') files into one time-ordered stream.
 *
 * <p>The root may also be a deeper folder (a project, or one process's folder): files are recognised by their name
 * and the five folders above them, wherever the walk starts.
 */
public final class LoggerDirectory {

    /** A root above the layout plus the layout itself; deeper trees are not a logger folder. */
    private static final int MAX_DEPTH = 8;

    private final Path root;

    /**
     * A logger folder to list and read.
     *
     * @param root the logger root (the folder that holds the project folders), or a deeper folder of the layout
     */
    public LoggerDirectory(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /**
     * Where the walk starts.
     *
     * @return the root given to the constructor
     */
    public Path root() {
        return root;
    }

    /**
     * The projects that have at least one log file, sorted.
     *
     * @return the project folder names
     * @throws IOException if the file system fails
     */
    public List<String> projects() throws IOException {
        try (Stream<LogFile> files = walk()) {
            return files.map(f -> f.source().project()).distinct().sorted().toList();
        }
    }

    /**
     * Every log file of {@code project}, oldest hour first.
     *
     * @param project the project folder name
     * @return the files
     * @throws IOException if the file system fails
     */
    public List<LogFile> files(String project) throws IOException {
        try (Stream<LogFile> files = walk()) {
            return files.filter(f -> f.source().project().equals(project)).sorted(LogFile.BY_HOUR).toList();
        }
    }

    /**
     * The files of {@code project} for the UTC day {@code day}: hours 00 to 23 of that date.
     *
     * @param project the project folder name
     * @param day the UTC date
     * @return the files, oldest hour first
     * @throws IOException if the file system fails
     */
    public List<LogFile> files(String project, LocalDate day) throws IOException {
        return files(project, day, ZoneOffset.UTC);
    }

    /**
     * The files of {@code project} whose hour overlaps the local day {@code day} at {@code offset} (a CET day starts at
     * 23:00 UTC the day before, so it spans the files of two UTC dates).
     *
     * @param project the project folder name
     * @param day the local date
     * @param offset the offset of the local day from UTC
     * @return the files, oldest hour first
     * @throws IOException if the file system fails
     */
    public List<LogFile> files(String project, LocalDate day, ZoneOffset offset) throws IOException {
        Instant from = day.atStartOfDay().toInstant(offset);
        Instant to = from.plus(Duration.ofDays(1));
        try (Stream<LogFile> files = walk()) {
            return files.filter(f -> f.source().project().equals(project))
                    .filter(f -> f.endOfHour().isAfter(from) && f.hour().isBefore(to))
                    .sorted(LogFile.BY_HOUR)
                    .toList();
        }
    }

    /**
     * Merges the entries of {@code files} into one stream ordered by record date (k-way merge). Each source's files are
     * read one after the other; memory holds one open file and one entry per source, whatever the file sizes. Entries
     * with the same date keep the order of their sources in {@code files}.
     *
     * @param files the files to merge, from any number of sources
     * @param options size bound and damage policy for each file
     * @return the merged stream; close it to close the open files
     */
    public static RlogMerge merge(List<LogFile> files, RlogReadOptions options) {
        return new RlogMerge(files, options);
    }

    private Stream<LogFile> walk() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": not a directory");
        }
        Stream<Path> paths = Files.walk(root, MAX_DEPTH);
        // an hour both plain and compressed (compressed while we list) is read once, from the plain file
        return paths.filter(p -> p.getFileName().toString().startsWith("log_"))
                .filter(Files::isRegularFile)
                .filter(p -> !LogFile.isCompressed(p) || !Files.isRegularFile(p.resolveSibling(
                        p.getFileName().toString().substring(0, p.getFileName().toString().length()
                                - LogFile.BZIP2_SUFFIX.length()))))
                .map(LogFile::parse)
                .flatMap(Optional::stream)
                .onClose(paths::close);
    }
}
