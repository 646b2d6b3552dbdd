package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * A record a CCenter process streams to its logger (wire spec §4.8): a framed message whose id belongs to the
 * process's logger interface ({@code ccxml_logger}, {@code queues_logger}, ...). The dispatch builds its database
 * by decoding these; log files are their concatenation.
 */
public interface LoggerRecord {

    /**
     * The record id on the wire (the frame's message id).
     *
     * @return the id within the record's logger interface
     */
    int id();

    /**
     * Writes the arguments in wire order (method-level encoding).
     *
     * @param out the writer of the frame being encoded
     */
    void writeArguments(ArgumentWriter out);
}
