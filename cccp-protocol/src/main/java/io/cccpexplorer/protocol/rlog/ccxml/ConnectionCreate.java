package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_create} (record 200) as the CCXML process logs it.
 */
public record ConnectionCreate(String sessionId, int connectionId, String callId, String remoteName,
                               String remoteAddress, String remoteContact, String localName,
                               String localAddress, String aai, int sessionInstanceId, boolean hiddenNumber,
                               boolean incomingCall, String statName)
        implements CcxmlRecord {

    public static final int ID = 200;

    public ConnectionCreate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        callId = Objects.requireNonNullElse(callId, "");
        remoteName = Objects.requireNonNullElse(remoteName, "");
        remoteAddress = Objects.requireNonNullElse(remoteAddress, "");
        remoteContact = Objects.requireNonNullElse(remoteContact, "");
        localName = Objects.requireNonNullElse(localName, "");
        localAddress = Objects.requireNonNullElse(localAddress, "");
        aai = Objects.requireNonNullElse(aai, "");
        statName = Objects.requireNonNullElse(statName, "");
    }

    static ConnectionCreate read(ArgumentReader in) {
        return new ConnectionCreate(
                in.str(),
                in.u32(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.str(),
                in.u32(),
                in.bool(),
                in.bool(),
                in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId)
                .u32(connectionId)
                .str(callId)
                .str(remoteName)
                .str(remoteAddress)
                .str(remoteContact)
                .str(localName)
                .str(localAddress)
                .str(aai)
                .u32(sessionInstanceId)
                .bool(hiddenNumber)
                .bool(incomingCall)
                .str(statName);
    }
}
