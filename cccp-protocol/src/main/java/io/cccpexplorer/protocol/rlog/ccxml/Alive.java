package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code ccxml_logger_alive} (record 3) as the CCXML process logs it.
 */
public record Alive() implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_alive} in the {@code ccxml_logger} interface. */
    public static final int ID = 3;

    /** The only instance: the record has no arguments. */
    public static final Alive INSTANCE = new Alive();

    static Alive read(ArgumentReader in) {
        return INSTANCE;
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
    }
}
