package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * One entry of a binary log file (wire spec §4.8): the 12-byte date the logger stamped, the record's number in
 * its file (1, 2, 3, ...), and the record itself.
 */
public record RlogEntry(CccpDate date, int recordNumber, LoggerRecord record) {

    /**
     * Checks that the date and the record are present.
     *
     * @param date the date the logger stamped
     * @param recordNumber the record's number in its file, from 1
     * @param record the record
     * @throws NullPointerException if the date or the record is {@code null}
     */
    public RlogEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(record, "record");
    }
}
