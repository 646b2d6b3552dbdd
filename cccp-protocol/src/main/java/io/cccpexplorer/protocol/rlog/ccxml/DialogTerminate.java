package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_terminate} (record 401) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param dialogId the dialog (voice application) within the session
 * @param reason the reason, as the process logs it
 */
public record DialogTerminate(String sessionId, String dialogId, String reason) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_dialog_terminate} in the {@code ccxml_logger} interface. */
    public static final int ID = 401;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param dialogId the dialog (voice application) within the session
     * @param reason the reason, as the process logs it
     */
    public DialogTerminate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        dialogId = Objects.requireNonNullElse(dialogId, "");
        reason = Objects.requireNonNullElse(reason, "");
    }

    static DialogTerminate read(ArgumentReader in) {
        return new DialogTerminate(in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(dialogId).str(reason);
    }
}
