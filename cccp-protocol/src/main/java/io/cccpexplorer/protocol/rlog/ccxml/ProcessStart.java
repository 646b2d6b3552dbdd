package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code ccxml_logger_process_start} (record 1) as the CCXML process logs it.
 */
public record ProcessStart() implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_process_start} in the {@code ccxml_logger} interface. */
    public static final int ID = 1;

    /** The only instance: the record has no arguments. */
    public static final ProcessStart INSTANCE = new ProcessStart();

    static ProcessStart read(ArgumentReader in) {
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
