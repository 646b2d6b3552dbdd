package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentWriter;

/**
 * A message of the explorer interface (module 103, wire spec §4.2): one immutable record per message id, plus
 * {@link UnknownMessage} for ids the interface does not define.
 *
 * <p>Sealed: the permitted records are the whole interface. The tests check them against {@code protocol-spec}'s
 * message list and against the decoder's switch ({@code ExplorerDecoders}), so a message added to the spec but not
 * to this list, or to this list but not to the decoder (or the reverse), fails the build. Each record keeps its decoder
 * ({@code static read(ArgumentReader)}) beside its encoder ({@link #writeArguments}) and its id ({@code ID}).
 */
public sealed interface ExplorerMessage permits
        ServerAskToDisconnect,
        Initialize,
        Login,
        UpdateClass,
        UpdateNamingSpace,
        CreateNode,
        UpdateNodeObject,
        UpdateNodeBinary,
        QueryNodeHeader,
        QueryNodeObjectContent,
        QueryNodeChildren,
        SetObjectFormat,
        QueryList,
        QueryObject,
        StopQuery,
        ClientEvent,
        ClientLog,
        ClientLogEvent,
        NeedsNamingSpace,
        StartUpdateNodeBinary,
        AddUpdateNodeBinary,
        EndUpdateNodeBinary,
        DeleteNode,
        QueryNodeObjectContentRemoveField,
        QueryNodeObjectContentUpdateFieldReal,
        QueryNodeObjectContentUpdateFieldString,
        QueryNodeObjectContentUpdateFieldBoolean,
        QueryNodeObjectContentUpdateFieldDate,
        QueryNodeBinaryContent,
        QueryNodeBinaryContentAck,
        Logout,
        QueryNodeObjectContentUpdateFieldUint32,
        QueryNodeObjectContentUpdateFieldInt32,
        QueryNodeObjectContentUpdateFieldNumber,
        QueryNodeObjectContentUpdateFieldUint64,
        QueryNodeObjectContentUpdateFieldListInsertBefore,
        QueryNodeObjectContentUpdateFieldListInsertAfter,
        QueryNodeObjectContentUpdateFieldListRemove,
        QueryNodeObjectContentUpdateFieldInternalReference,
        QueryNodeObjectContentUpdateFieldExternalReference,
        QueryNodeObjectContentUpdateFieldDirectReference,
        QueryNodeObjectContentCreateObject,
        QueryObjectAddField,
        QueryListAddField,
        SelectAndQueryObject,
        MoveNode,
        UpdateNodeAttributes,
        QueryNodeObjectContentUpdate,
        ClientVoid,
        UseDefaultNamespacesIndex,
        ConnectionOk,
        LoginOk,
        LoginFailed,
        Result,
        NodeHeaderResponse,
        NodeObjectContentResponse,
        NodeChildrenResponse,
        ListResponse,
        ObjectResponse,
        ServerEvent,
        ClassUpdated,
        NamingSpaceUpdated,
        StartResult,
        NodeObjectContentResponseRemoveField,
        NodeObjectContentResponseUpdateFieldReal,
        NodeObjectContentResponseUpdateFieldString,
        NodeObjectContentResponseUpdateFieldBoolean,
        NodeObjectContentResponseUpdateFieldDate,
        NodeBinaryContentResponse,
        NodeBinaryContentResponseUpdate,
        LogoutOk,
        NodeObjectContentResponseUpdateFieldUint32,
        NodeRawObjectContentResponse,
        NodeObjectContentResponseUpdateFieldInt32,
        NodeObjectContentResponseUpdateFieldUint64,
        NodeObjectContentResponseUpdateFieldListInsertBefore,
        NodeObjectContentResponseUpdateFieldListInsertAfter,
        NodeObjectContentResponseUpdateFieldListRemove,
        NodeObjectContentResponseUpdateFieldInternalReference,
        NodeObjectContentResponseUpdateFieldExternalReference,
        NodeObjectContentResponseUpdateFieldDirectReference,
        NodeObjectContentResponseCreateObject,
        NodeBinaryContentSize,
        ListObjectResponse,
        NodeObjectContentUpdateResult,
        ServerVoid,
        RestartConnection,
        UseDefaultNamespacesIndexOk,
        UnknownMessage {

    /**
     * The message id on the wire.
     *
     * @return the id of the frame's header: 103, 0, 10000 and up from the client, 20000 and up from the server
     */
    int id();

    /**
     * Writes the arguments, in wire order.
     *
     * @param out the writer of the frame being encoded
     */
    void writeArguments(ArgumentWriter out);

    /**
     * Tells which side sends this message.
     *
     * @return true for messages a client sends (ids 103 and 10000-19999), false for the server's
     */
    default boolean fromClient() {
        int id = id();
        return id == Initialize.ID || (id >= 10_000 && id < 20_000);
    }
}
