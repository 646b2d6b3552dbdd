package io.cccpexplorer.protocol.rlog;

/**
 * How an {@link RlogReader} treats a file.
 *
 * @param maxRecordSize  the largest frame size accepted (the frame's own u32 size, header included); a larger size
 *                       is treated as damage, never allocated
 * @param stopAtDamage   {@code false} (strict): a truncated last record or an impossible size throws a
 *                       {@code CccpCodecException}; {@code true} (salvage): reading ends after the last good
 *                       record and {@link RlogReader#damage()} reports what was wrong and where
 */
public record RlogReadOptions(int maxRecordSize, boolean stopAtDamage) {

    /** Vendor frames have no limit; 16 MiB is far above any record a ccxml process logs. */
    public static final int DEFAULT_MAX_RECORD_SIZE = 16 * 1024 * 1024;

    /** Strict reading with the default size bound. */
    public static final RlogReadOptions STRICT = new RlogReadOptions(DEFAULT_MAX_RECORD_SIZE, false);

    /** Salvage reading (stop at the last good record) with the default size bound. */
    public static final RlogReadOptions SALVAGE = new RlogReadOptions(DEFAULT_MAX_RECORD_SIZE, true);

    /**
     * Checks the size bound.
     *
     * @param maxRecordSize the largest frame size accepted, header included; at least 8
     * @param stopAtDamage {@code false} to throw on damage, {@code true} to stop after the last good record
     * @throws IllegalArgumentException if {@code maxRecordSize} is below 8
     */
    public RlogReadOptions {
        if (maxRecordSize < 8) {
            throw new IllegalArgumentException("maxRecordSize: " + maxRecordSize + " (expected: >= 8)");
        }
    }

    /**
     * The same policy with another size bound.
     *
     * @param size the largest frame size accepted, header included
     * @return the new options
     */
    public RlogReadOptions withMaxRecordSize(int size) {
        return new RlogReadOptions(size, stopAtDamage);
    }
}
