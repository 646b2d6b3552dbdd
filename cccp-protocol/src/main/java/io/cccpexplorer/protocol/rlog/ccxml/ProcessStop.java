package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * {@code ccxml_logger_process_stop} (record 2) as the CCXML process logs it.
 */
public record ProcessStop() implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_process_stop} in the {@code ccxml_logger} interface. */
    public static final int ID = 2;

    /** The only instance: the record has no arguments. */
    public static final ProcessStop INSTANCE = new ProcessStop();

    static ProcessStop read(ArgumentReader in) {
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
