package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_set_instances_count} (record 313) as the CCXML process logs it.
 *
 * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
 * @param instancesCount how many instances of the agent's client run
 */
public record SetInstancesCount(String sessionId, int instancesCount) implements CcxmlRecord {

    /** The record id of {@code ccxml_logger_set_instances_count} in the {@code ccxml_logger} interface. */
    public static final int ID = 313;

    /**
     * Reads {@code null} strings as "": on the wire they are the same bytes.
     *
     * @param sessionId the CCXML session the record is about (a call, an agent's session or another CCXML session)
     * @param instancesCount how many instances of the agent's client run
     */
    public SetInstancesCount {
        sessionId = Objects.requireNonNullElse(sessionId, "");
    }

    static SetInstancesCount read(ArgumentReader in) {
        return new SetInstancesCount(in.str(), in.u32());
    }

    @Override
    public int id() {
        return ID;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.str(sessionId).u32(instancesCount);
    }
}
