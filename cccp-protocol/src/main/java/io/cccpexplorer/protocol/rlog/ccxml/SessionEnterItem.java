package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_enter_item} (record 105) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param name the name of the element entered
 * @param rank the rank, as the process logs it
 * @param computeDuration whether the time spent in the item counts in the statistics
 * @param itemName the item's name
 * @param result the item's result
 * @param resultName the item's result name
 */
public record SessionEnterItem(String sessionId, String name, int rank, boolean computeDuration,
                               String itemName, String result, String resultName)
        implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_enter_item} in the {@code ccxml_logger} interface. */
    public static final int ID = 105;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param name the name of the element entered
     * @param rank the rank, as the process logs it
     * @param computeDuration whether the time spent in the item counts in the statistics
     * @param itemName the item's name
     * @param result the item's result
     * @param resultName the item's result name
     */
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
