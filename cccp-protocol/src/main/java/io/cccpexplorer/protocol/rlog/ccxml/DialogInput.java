package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_input} (record 413) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param dialogId the dialog (voice application) within the session
 * @param formId the form of the dialog
 * @param itemId the item of the form
 * @param input what the caller entered
 */
public record DialogInput(String sessionId, String dialogId, String formId, String itemId, String input)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_dialog_input} in the {@code ccxml_logger} interface. */
    public static final int ID = 413;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param dialogId the dialog (voice application) within the session
     * @param formId the form of the dialog
     * @param itemId the item of the form
     * @param input what the caller entered
     */
    public DialogInput {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        dialogId = Objects.requireNonNullElse(dialogId, "");
        formId = Objects.requireNonNullElse(formId, "");
        itemId = Objects.requireNonNullElse(itemId, "");
        input = Objects.requireNonNullElse(input, "");
    }

    static DialogInput read(ArgumentReader in) {
        return new DialogInput(in.str(), in.str(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(dialogId).str(formId).str(itemId).str(input);
    }
}
