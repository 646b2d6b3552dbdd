package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.wire.CccpDate;

import java.util.Objects;

/**
 * One entry of a binary log file (wire spec §4.8): the 12-byte date the logger stamped, the record's number in
 * its file (1, 2, 3, ...), and the record itself.
 */
public record RlogEntry(CccpDate date, int recordNumber, LoggerRecord record) {

    public RlogEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(record, "record");
    }
}
