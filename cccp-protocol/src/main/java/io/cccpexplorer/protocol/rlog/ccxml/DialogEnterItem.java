package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_enter_item} (record 412) as the CCXML process logs it.
 */
public record DialogEnterItem(String sessionId, String dialogId, String formId, String itemId,
                              int promptCounter, int rank, boolean computeDuration)
        implements CcxmlRecord {

    public static final int ID = 412;

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
