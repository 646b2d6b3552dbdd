package io.cccpexplorer.protocol.rlog;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One hourly log file of a {@link LogSource}: {@code log_YYYY_MM_DD__HH_00_00.log}, named after the UTC hour whose
 * records it holds, or the same name with {@code .bz2} when the Logger host compressed it (read the same way).
 *
 * @param path   where the file is
 * @param source whose file it is, read from the folders above it
 * @param hour   the UTC hour in its name
 */
public record LogFile(Path path, LogSource source, Instant hour) {

    /** Chronological, then by source folder: the order a day's files are listed in. */
    public static final Comparator<LogFile> BY_HOUR = Comparator.comparing(LogFile::hour)
            .thenComparing(f -> f.source().folder(Path.of("")).toString());

    private static final Pattern NAME = Pattern.compile("log_\\d{4}_\\d{2}_\\d{2}__\\d{2}_00_00\\.log(\\.bz2)?");
    /** The suffix of a bzip2-compressed log file. */
    public static final String BZIP2_SUFFIX = ".bz2";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("'log_'yyyy_MM_dd__HH'_00_00.log'");
    private static final int LAYOUT_DEPTH = 5; // PROJECT/INSTANCE/PROCESS/CLASS/HOST above the file

    /**
     * Checks that every part is present.
     *
     * @param path where the file is
     * @param source whose file it is, read from the folders above it
     * @param hour the UTC hour in its name
     * @throws NullPointerException if a part is {@code null}
     */
    public LogFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hour, "hour");
    }

    /**
     * The file name for the UTC hour containing {@code instant}.
     *
     * @param instant any moment of the hour
     * @return {@code log_YYYY_MM_DD__HH_00_00.log}
     */
    public static String fileName(Instant instant) {
        return FORMAT.format(LocalDateTime.ofInstant(hourOf(instant), ZoneOffset.UTC));
    }

    /**
     * The start of the UTC hour containing {@code instant}.
     *
     * @param instant any moment
     * @return the hour, truncated
     */
    public static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * The log file at {@code path}, if its name has the hourly form and it sits at least five folders deep ({@code
     * PROJECT/INSTANCE/PROCESS/CLASS/HOST}).
     *
     * @param path a file path
     * @return the log file, or empty when the path is not one
     */
    public static Optional<LogFile> parse(Path path) {
        Path name = path.getFileName();
        if (name == null || !NAME.matcher(name.toString()).matches()) {
            return Optional.empty();
        }
        Path absolute = path.toAbsolutePath().normalize();
        int count = absolute.getNameCount();
        if (count < LAYOUT_DEPTH + 1) {
            return Optional.empty();
        }
        Instant hour;
        try {
            String plain = name.toString();
            if (plain.endsWith(BZIP2_SUFFIX)) {
                plain = plain.substring(0, plain.length() - BZIP2_SUFFIX.length());
            }
            hour = LocalDateTime.parse(plain, FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Optional.empty(); // matches the pattern but is no real hour, e.g. month 13
        }
        try {
            LogSource source = new LogSource(
                    absolute.getName(count - 6).toString(), absolute.getName(count - 5).toString(),
                    absolute.getName(count - 4).toString(), absolute.getName(count - 3).toString(),
                    absolute.getName(count - 2).toString());
            return Optional.of(new LogFile(path, source, hour));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the file is bzip2-compressed (its name ends with {@code .bz2}).
     *
     * @return true for {@code log_...log.bz2}
     */
    public boolean compressed() {
        return isCompressed(path);
    }

    /**
     * Whether a path names a bzip2-compressed file.
     *
     * @param path a file path
     * @return true when its name ends with {@code .bz2}
     */
    public static boolean isCompressed(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().endsWith(BZIP2_SUFFIX);
    }

    /**
     * The instant just after the last record this file may hold.
     *
     * @return the start of the next hour
     */
    public Instant endOfHour() {
        return hour.plus(1, ChronoUnit.HOURS);
    }
}
