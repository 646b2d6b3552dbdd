package io.cccpexplorer.protocol.rlog;

/**
 * Why a salvage read ({@link RlogReadOptions#stopAtDamage()}) ended early.
 *
 * @param source       the file (or stream name) that was read
 * @param offset       byte offset of the first record that could not be read
 * @param goodRecords  how many records were read before it
 * @param reason       what was wrong, in the codec's {@code what: value (expected: ...)} form
 */
public record RlogDamage(String source, long offset, long goodRecords, String reason) {

    @Override
    public String toString() {
        return source + " @" + offset + " after " + goodRecords + " records: " + reason;
    }
}
