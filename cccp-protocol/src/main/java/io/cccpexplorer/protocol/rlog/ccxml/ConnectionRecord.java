package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_record} (record 203) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param connectionId the call leg (connection) within the session
 * @param source the recorded side, as the process logs it
 * @param mode the recording mode, as logged
 * @param type the recording type, as logged
 * @param compression the recording's compression
 * @param uri the URI, as the process logs it
 * @param append whether the recording is appended to an existing one
 */
public record ConnectionRecord(String sessionId, int connectionId, String source, String mode, String type,
                               String compression, String uri, boolean append)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_connection_record} in the {@code ccxml_logger} interface. */
    public static final int ID = 203;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param connectionId the call leg (connection) within the session
     * @param source the recorded side, as the process logs it
     * @param mode the recording mode, as logged
     * @param type the recording type, as logged
     * @param compression the recording's compression
     * @param uri the URI, as the process logs it
     * @param append whether the recording is appended to an existing one
     */
    public ConnectionRecord {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        source = Objects.requireNonNullElse(source, "");
        mode = Objects.requireNonNullElse(mode, "");
        type = Objects.requireNonNullElse(type, "");
        compression = Objects.requireNonNullElse(compression, "");
        uri = Objects.requireNonNullElse(uri, "");
    }

    static ConnectionRecord read(ArgumentReader in) {
        return new ConnectionRecord(
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.bool());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(connectionId).str(source).str(mode).str(type).str(compression).str(uri).bool(append);
    }
}
