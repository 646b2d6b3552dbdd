package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_input} (record 413) as the CCXML process logs it.
 */
public record DialogInput(String sessionId, String dialogId, String formId, String itemId, String input)
        implements CcxmlRecord {

    public static final int ID = 413;

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
