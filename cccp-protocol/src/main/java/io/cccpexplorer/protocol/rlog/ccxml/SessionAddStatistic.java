package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_session_add_statistic} (record 106) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param name the statistic's name
 * @param value the statistic's value
 */
public record SessionAddStatistic(String sessionId, String name, String value) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_session_add_statistic} in the {@code ccxml_logger} interface. */
    public static final int ID = 106;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param name the statistic's name
     * @param value the statistic's value
     */
    public SessionAddStatistic {
        sessionId = Objects.requireNonNullElse(sessionId, "");
        name = Objects.requireNonNullElse(name, "");
        value = Objects.requireNonNullElse(value, "");
    }

    static SessionAddStatistic read(ArgumentReader in) {
        return new SessionAddStatistic(in.str(), in.str(), in.str());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).str(name).str(value);
    }
}
