package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_enter_item} (record 105) as the CCXML process logs it.
 */
public record SessionEnterItem(String sessionId, String name, int rank, boolean computeDuration,
                               String itemName, String result, String resultName)
        implements CcxmlRecord {

    public static final int ID = 105;

    public SessionEnterItem {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        name = Objects.requireNonNullElse(name, "");
        itemName = Objects.requireNonNullElse(itemName, "");
        result = Objects.requireNonNullElse(result, "");
        resultName = Objects.requireNonNullElse(resultName, "");
    }

    static SessionEnterItem read(ArgumentReader in) {
        return new SessionEnterItem(in.str(), in.str(), in.u32(), in.bool(), in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(name).u32(rank).bool(computeDuration).str(itemName).str(result).str(resultName);
    }
}
