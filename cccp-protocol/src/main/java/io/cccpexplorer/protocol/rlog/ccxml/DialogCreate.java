package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_dialog_create} (record 400) as the CCXML process logs it.
 */
public record DialogCreate(String sessionId, String dialogId, String type, String pathName) implements CcxmlRecord {

    public static final int ID = 400;

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
