package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_event} (record 417) as the CCXML process logs it.
 */
public record DialogEvent(String sessionId, String dialogId, String formId, String itemId, int event)
        implements CcxmlRecord {

    public static final int ID = 417;

    public DialogEvent {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        dialogId = Objects.requireNonNullElse(dialogId, "");
        formId = Objects.requireNonNullElse(formId, "");
        itemId = Objects.requireNonNullElse(itemId, "");
    }

    static DialogEvent read(ArgumentReader in) {
        return new DialogEvent(in.str(), in.str(), in.str(), in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(dialogId).str(formId).str(itemId).u32(event);
    }
}
