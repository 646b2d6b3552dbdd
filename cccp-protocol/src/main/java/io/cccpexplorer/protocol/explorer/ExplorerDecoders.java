package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;

/**
 * The decoder of every record {@link ExplorerMessage} permits, as one switch on the id: no boxing, no table, and no
 * record class loaded before its first frame. (A table built from {@code getPermittedSubclasses()} with
 * {@code LambdaMetafactory} cost about 300 ms of start-up on the shared machine against about 10 ms for the switch,
 * which a one-query {@code cccp-report} process pays every time.) The switch is not trusted by hand:
 * {@code ProtocolSpecConsistencyTest} decodes every id 0-65,535 and fails unless exactly the permitted records, which
 * are exactly protocol-spec's explorer messages, come out of it.
 */
final class ExplorerDecoders {

    private ExplorerDecoders() {
    }

    /** The message for {@code id}, or {@code null} when the explorer interface has no such id. */
    static ExplorerMessage decode(int id, ArgumentReader in) {
        return switch (id) {
            case ServerAskToDisconnect.ID -> ServerAskToDisconnect.read(in);
            case Initialize.ID -> Initialize.read(in);
            case Login.ID -> Login.read(in);
            case UpdateClass.ID -> UpdateClass.read(in);
            case UpdateNamingSpace.ID -> UpdateNamingSpace.read(in);
            case CreateNode.ID -> CreateNode.read(in);
            case UpdateNodeObject.ID -> UpdateNodeObject.read(in);
            case UpdateNodeBinary.ID -> UpdateNodeBinary.read(in);
            case QueryNodeHeader.ID -> QueryNodeHeader.read(in);
            case QueryNodeObjectContent.ID -> QueryNodeObjectContent.read(in);
            case QueryNodeChildren.ID -> QueryNodeChildren.read(in);
            case SetObjectFormat.ID -> SetObjectFormat.read(in);
            case QueryList.ID -> QueryList.read(in);
            case QueryObject.ID -> QueryObject.read(in);
            case StopQuery.ID -> StopQuery.read(in);
            case ClientEvent.ID -> ClientEvent.read(in);
            case ClientLog.ID -> ClientLog.read(in);
            case ClientLogEvent.ID -> ClientLogEvent.read(in);
            case NeedsNamingSpace.ID -> NeedsNamingSpace.read(in);
            case StartUpdateNodeBinary.ID -> StartUpdateNodeBinary.read(in);
            case AddUpdateNodeBinary.ID -> AddUpdateNodeBinary.read(in);
            case EndUpdateNodeBinary.ID -> EndUpdateNodeBinary.read(in);
            case DeleteNode.ID -> DeleteNode.read(in);
            case QueryNodeObjectContentRemoveField.ID -> QueryNodeObjectContentRemoveField.read(in);
            case QueryNodeObjectContentUpdateFieldReal.ID -> QueryNodeObjectContentUpdateFieldReal.read(in);
            case QueryNodeObjectContentUpdateFieldString.ID -> QueryNodeObjectContentUpdateFieldString.read(in);
            case QueryNodeObjectContentUpdateFieldBoolean.ID -> QueryNodeObjectContentUpdateFieldBoolean.read(in);
            case QueryNodeObjectContentUpdateFieldDate.ID -> QueryNodeObjectContentUpdateFieldDate.read(in);
            case QueryNodeBinaryContent.ID -> QueryNodeBinaryContent.read(in);
            case QueryNodeBinaryContentAck.ID -> QueryNodeBinaryContentAck.read(in);
            case Logout.ID -> Logout.read(in);
            case QueryNodeObjectContentUpdateFieldUint32.ID -> QueryNodeObjectContentUpdateFieldUint32.read(in);
            case QueryNodeObjectContentUpdateFieldInt32.ID -> QueryNodeObjectContentUpdateFieldInt32.read(in);
            case QueryNodeObjectContentUpdateFieldNumber.ID -> QueryNodeObjectContentUpdateFieldNumber.read(in);
            case QueryNodeObjectContentUpdateFieldUint64.ID -> QueryNodeObjectContentUpdateFieldUint64.read(in);
            case QueryNodeObjectContentUpdateFieldListInsertBefore.ID ->
                    QueryNodeObjectContentUpdateFieldListInsertBefore.read(in);
            case QueryNodeObjectContentUpdateFieldListInsertAfter.ID ->
                    QueryNodeObjectContentUpdateFieldListInsertAfter.read(in);
            case QueryNodeObjectContentUpdateFieldListRemove.ID -> QueryNodeObjectContentUpdateFieldListRemove.read(in);
            case QueryNodeObjectContentUpdateFieldInternalReference.ID ->
                    QueryNodeObjectContentUpdateFieldInternalReference.read(in);
            case QueryNodeObjectContentUpdateFieldExternalReference.ID ->
                    QueryNodeObjectContentUpdateFieldExternalReference.read(in);
            case QueryNodeObjectContentUpdateFieldDirectReference.ID ->
                    QueryNodeObjectContentUpdateFieldDirectReference.read(in);
            case QueryNodeObjectContentCreateObject.ID -> QueryNodeObjectContentCreateObject.read(in);
            case QueryObjectAddField.ID -> QueryObjectAddField.read(in);
            case QueryListAddField.ID -> QueryListAddField.read(in);
            case SelectAndQueryObject.ID -> SelectAndQueryObject.read(in);
            case MoveNode.ID -> MoveNode.read(in);
            case UpdateNodeAttributes.ID -> UpdateNodeAttributes.read(in);
            case QueryNodeObjectContentUpdate.ID -> QueryNodeObjectContentUpdate.read(in);
            case ClientVoid.ID -> ClientVoid.read(in);
            case UseDefaultNamespacesIndex.ID -> UseDefaultNamespacesIndex.read(in);
            case ConnectionOk.ID -> ConnectionOk.read(in);
            case LoginOk.ID -> LoginOk.read(in);
            case LoginFailed.ID -> LoginFailed.read(in);
            case Result.ID -> Result.read(in);
            case NodeHeaderResponse.ID -> NodeHeaderResponse.read(in);
            case NodeObjectContentResponse.ID -> NodeObjectContentResponse.read(in);
            case NodeChildrenResponse.ID -> NodeChildrenResponse.read(in);
            case ListResponse.ID -> ListResponse.read(in);
            case ObjectResponse.ID -> ObjectResponse.read(in);
            case ServerEvent.ID -> ServerEvent.read(in);
            case ClassUpdated.ID -> ClassUpdated.read(in);
            case NamingSpaceUpdated.ID -> NamingSpaceUpdated.read(in);
            case StartResult.ID -> StartResult.read(in);
            case NodeObjectContentResponseRemoveField.ID -> NodeObjectContentResponseRemoveField.read(in);
            case NodeObjectContentResponseUpdateFieldReal.ID -> NodeObjectContentResponseUpdateFieldReal.read(in);
            case NodeObjectContentResponseUpdateFieldString.ID -> NodeObjectContentResponseUpdateFieldString.read(in);
            case NodeObjectContentResponseUpdateFieldBoolean.ID -> NodeObjectContentResponseUpdateFieldBoolean.read(in);
            case NodeObjectContentResponseUpdateFieldDate.ID -> NodeObjectContentResponseUpdateFieldDate.read(in);
            case NodeBinaryContentResponse.ID -> NodeBinaryContentResponse.read(in);
            case NodeBinaryContentResponseUpdate.ID -> NodeBinaryContentResponseUpdate.read(in);
            case LogoutOk.ID -> LogoutOk.read(in);
            case NodeObjectContentResponseUpdateFieldUint32.ID -> NodeObjectContentResponseUpdateFieldUint32.read(in);
            case NodeRawObjectContentResponse.ID -> NodeRawObjectContentResponse.read(in);
            case NodeObjectContentResponseUpdateFieldInt32.ID -> NodeObjectContentResponseUpdateFieldInt32.read(in);
            case NodeObjectContentResponseUpdateFieldUint64.ID -> NodeObjectContentResponseUpdateFieldUint64.read(in);
            case NodeObjectContentResponseUpdateFieldListInsertBefore.ID ->
                    NodeObjectContentResponseUpdateFieldListInsertBefore.read(in);
            case NodeObjectContentResponseUpdateFieldListInsertAfter.ID ->
                    NodeObjectContentResponseUpdateFieldListInsertAfter.read(in);
            case NodeObjectContentResponseUpdateFieldListRemove.ID ->
                    NodeObjectContentResponseUpdateFieldListRemove.read(in);
            case NodeObjectContentResponseUpdateFieldInternalReference.ID ->
                    NodeObjectContentResponseUpdateFieldInternalReference.read(in);
            case NodeObjectContentResponseUpdateFieldExternalReference.ID ->
                    NodeObjectContentResponseUpdateFieldExternalReference.read(in);
            case NodeObjectContentResponseUpdateFieldDirectReference.ID ->
                    NodeObjectContentResponseUpdateFieldDirectReference.read(in);
            case NodeObjectContentResponseCreateObject.ID -> NodeObjectContentResponseCreateObject.read(in);
            case NodeBinaryContentSize.ID -> NodeBinaryContentSize.read(in);
            case ListObjectResponse.ID -> ListObjectResponse.read(in);
            case NodeObjectContentUpdateResult.ID -> NodeObjectContentUpdateResult.read(in);
            case ServerVoid.ID -> ServerVoid.read(in);
            case RestartConnection.ID -> RestartConnection.read(in);
            case UseDefaultNamespacesIndexOk.ID -> UseDefaultNamespacesIndexOk.read(in);
            default -> null;
        };
    }
}
