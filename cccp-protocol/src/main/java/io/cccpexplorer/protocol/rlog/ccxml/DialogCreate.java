package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_create} (record 400) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param dialogId the dialog (voice application) within the session
 * @param type the dialog type, as logged
 * @param pathName the dialog's application path
 */
public record DialogCreate(String sessionId, String dialogId, String type, String pathName) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_dialog_create} in the {@code ccxml_logger} interface. */
    public static final int ID = 400;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param dialogId the dialog (voice application) within the session
     * @param type the dialog type, as logged
     * @param pathName the dialog's application path
     */
    public DialogCreate {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        dialogId = Objects.requireNonNullElse(dialogId, "");
        type = Objects.requireNonNullElse(type, "");
        pathName = Objects.requireNonNullElse(pathName, "");
    }

    static DialogCreate read(ArgumentReader in) {
        return new DialogCreate(in.str(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(dialogId).str(type).str(pathName);
    }
}
