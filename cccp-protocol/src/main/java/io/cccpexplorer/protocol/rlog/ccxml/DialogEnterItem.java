package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_enter_item} (record 412) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param dialogId the dialog (voice application) within the session
 * @param formId the form of the dialog
 * @param itemId the item of the form
 * @param promptCounter how many times the item prompted
 * @param rank the rank, as the process logs it
 * @param computeDuration whether the time spent in the item counts in the statistics
 */
public record DialogEnterItem(String sessionId, String dialogId, String formId, String itemId,
                              int promptCounter, int rank, boolean computeDuration)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_dialog_enter_item} in the {@code ccxml_logger} interface. */
    public static final int ID = 412;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param dialogId the dialog (voice application) within the session
     * @param formId the form of the dialog
     * @param itemId the item of the form
     * @param promptCounter how many times the item prompted
     * @param rank the rank, as the process logs it
     * @param computeDuration whether the time spent in the item counts in the statistics
     */
    public DialogEnterItem {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        dialogId = Objects.requireNonNullElse(dialogId, "");
        formId = Objects.requireNonNullElse(formId, "");
        itemId = Objects.requireNonNullElse(itemId, "");
    }

    static DialogEnterItem read(ArgumentReader in) {
        return new DialogEnterItem(in.str(), in.str(), in.str(), in.str(), in.u32(), in.u32(), in.bool());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(dialogId).str(formId).str(itemId).u32(promptCounter).u32(rank).bool(computeDuration);
    }
}
