package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;

/** The decoder of every {@code ccxml_logger} record id (62 ids), as one switch. */
public final class CcxmlRecords {

    private CcxmlRecords() {
    }

    /**
     * Decodes the arguments of one {@code ccxml_logger} record.
     *
     * @param id the record id (the frame's message id)
     * @param in the reader over the frame's arguments
     * @return the record, or {@code null} when the ccxml logger interface has no such id
     * @throws io.cccpexplorer.protocol.CccpCodecException if the arguments break the wire format
     */
    public static CcxmlRecord decode(int id, ArgumentReader in) {
        return switch (id) {
            case ProcessStart.ID -> ProcessStart.read(in);
            case ProcessStop.ID -> ProcessStop.read(in);
            case Alive.ID -> Alive.read(in);
            case SessionCreate.ID -> SessionCreate.read(in);
            case SessionTerminate.ID -> SessionTerminate.read(in);
            case SessionDelete.ID -> SessionDelete.read(in);
            case SessionEvent.ID -> SessionEvent.read(in);
            case SessionLog.ID -> SessionLog.read(in);
            case SessionEnterItem.ID -> SessionEnterItem.read(in);
            case SessionAddStatistic.ID -> SessionAddStatistic.read(in);
            case SessionSetEntryPoint.ID -> SessionSetEntryPoint.read(in);
            case SessionServiceStatus.ID -> SessionServiceStatus.read(in);
            case ConnectionCreate.ID -> ConnectionCreate.read(in);
            case ConnectionTerminate.ID -> ConnectionTerminate.read(in);
            case ConnectionDisconnected.ID -> ConnectionDisconnected.read(in);
            case ConnectionRecord.ID -> ConnectionRecord.read(in);
            case ConnectionStopRecord.ID -> ConnectionStopRecord.read(in);
            case ConnectionConnected.ID -> ConnectionConnected.read(in);
            case LoginFailed.ID -> LoginFailed.read(in);
            case LoginOk.ID -> LoginOk.read(in);
            case Logout.ID -> Logout.read(in);
            case UserState.ID -> UserState.read(in);
            case UserTaskCreate.ID -> UserTaskCreate.read(in);
            case UserTaskState.ID -> UserTaskState.read(in);
            case UserTaskLock.ID -> UserTaskLock.read(in);
            case UserTaskLocked.ID -> UserTaskLocked.read(in);
            case UserTaskManage.ID -> UserTaskManage.read(in);
            case UserTaskManagementEffective.ID -> UserTaskManagementEffective.read(in);
            case UserTaskManaged.ID -> UserTaskManaged.read(in);
            case UserTaskFailed.ID -> UserTaskFailed.read(in);
            case SetUserMode.ID -> SetUserMode.read(in);
            case SetInstancesCount.ID -> SetInstancesCount.read(in);
            case UserTaskPostManaging.ID -> UserTaskPostManaging.read(in);
            case UserTaskTransferred.ID -> UserTaskTransferred.read(in);
            case UserTaskTransferDetails.ID -> UserTaskTransferDetails.read(in);
            case UserTaskTemporizationEnded.ID -> UserTaskTemporizationEnded.read(in);
            case UserPhoneNumber.ID -> UserPhoneNumber.read(in);
            case UserPhoneState.ID -> UserPhoneState.read(in);
            case UserStillLogged.ID -> UserStillLogged.read(in);
            case UserStillInState.ID -> UserStillInState.read(in);
            case UserTaskRedirected.ID -> UserTaskRedirected.read(in);
            case UserRegister.ID -> UserRegister.read(in);
            case DialogCreate.ID -> DialogCreate.read(in);
            case DialogTerminate.ID -> DialogTerminate.read(in);
            case TaskStart.ID -> TaskStart.read(in);
            case TaskResult.ID -> TaskResult.read(in);
            case TaskFailed.ID -> TaskFailed.read(in);
            case TaskAlerting.ID -> TaskAlerting.read(in);
            case TaskLocked.ID -> TaskLocked.read(in);
            case TaskManaging.ID -> TaskManaging.read(in);
            case TaskManagementEffective.ID -> TaskManagementEffective.read(in);
            case TaskManagementFailed.ID -> TaskManagementFailed.read(in);
            case TaskEstimatedWaitingTime.ID -> TaskEstimatedWaitingTime.read(in);
            case TaskNotManageable.ID -> TaskNotManageable.read(in);
            case DialogEnterItem.ID -> DialogEnterItem.read(in);
            case DialogInput.ID -> DialogInput.read(in);
            case TaskPostManaging.ID -> TaskPostManaging.read(in);
            case TaskDisplayName.ID -> TaskDisplayName.read(in);
            case TaskOverflowing.ID -> TaskOverflowing.read(in);
            case DialogEvent.ID -> DialogEvent.read(in);
            case TaskAddScriptingValue.ID -> TaskAddScriptingValue.read(in);
            case SessionSemanticError.ID -> SessionSemanticError.read(in);
            default -> null;
        };
    }
}
