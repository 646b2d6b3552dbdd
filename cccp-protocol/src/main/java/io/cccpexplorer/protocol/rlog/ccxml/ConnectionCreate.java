package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_connection_create} (record 200) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param connectionId the call leg (connection) within the session
 * @param callId the telephony call id
 * @param remoteName the remote party's name
 * @param remoteAddress the remote party's address (number or URI)
 * @param remoteContact the remote party's contact
 * @param localName the local party's name
 * @param localAddress the local party's address (the number called)
 * @param aai the application-to-application information carried by the call
 * @param sessionInstanceId the instance of the session
 * @param hiddenNumber whether the caller's number is hidden
 * @param incomingCall whether the connection is an incoming call
 * @param statName the name the connection counts under in the statistics
 */
public record ConnectionCreate(String sessionId, int connectionId, String callId, String remoteName,
                               String remoteAddress, String remoteContact, String localName,
                               String localAddress, String aai, int sessionInstanceId, boolean hiddenNumber,
                               boolean incomingCall, String statName)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_connection_create} in the {@code ccxml_logger} interface. */
    public static final int ID = 200;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param connectionId the call leg (connection) within the session
     * @param callId the telephony call id
     * @param remoteName the remote party's name
     * @param remoteAddress the remote party's address (number or URI)
     * @param remoteContact the remote party's contact
     * @param localName the local party's name
     * @param localAddress the local party's address (the number called)
     * @param aai the application-to-application information carried by the call
     * @param sessionInstanceId the instance of the session
     * @param hiddenNumber whether the caller's number is hidden
     * @param incomingCall whether the connection is an incoming call
     * @param statName the name the connection counts under in the statistics
     */
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
