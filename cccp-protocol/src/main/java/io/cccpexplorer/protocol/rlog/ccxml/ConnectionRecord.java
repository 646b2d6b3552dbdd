package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_record} (record 203) as the CCXML process logs it.
 */
public record ConnectionRecord(String sessionId, int connectionId, String source, String mode, String type,
                               String compression, String uri, boolean append)
        implements CcxmlRecord {

    public static final int ID = 203;

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
