package io.cccpexplorer.protocol.rlog.ccxml;

import io.cccpexplorer.protocol.arguments.ArgumentReader;
import io.cccpexplorer.protocol.arguments.ArgumentWriter;

import java.util.Objects;

/**
 * {@code ccxml_logger_set_instances_count} (record 313) as the CCXML process logs it.
 */
public record SetInstancesCount(String sessionId, int instancesCount) implements CcxmlRecord {

    public static final int ID = 313;

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
