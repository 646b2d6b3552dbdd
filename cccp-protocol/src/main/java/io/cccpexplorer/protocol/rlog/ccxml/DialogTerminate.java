package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_terminate} (record 401) as the CCXML process logs it.
 */
public record DialogTerminate(String sessionId, String dialogId, String reason) implements CcxmlRecord {

    public static final int ID = 401;

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
