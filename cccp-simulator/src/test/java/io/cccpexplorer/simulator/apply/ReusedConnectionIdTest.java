package io.cccpexplorer.simulator.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import org.junit.jupiter.api.Test;

/**
 * A transfer's second agent leg reuses its session's connection id (observed on the vendor's dispatch following
 * our own recording across midnight): it is listed, but moves no global connection statistic.
 */
class ReusedConnectionIdTest {

    private final DispatchDatabase db = new DispatchDatabase();
    private final RecordApplier applier = new RecordApplier(db, "ACME");
    private final TestRecords records = new TestRecords();

    private static ConnectionCreate agentLeg(String sessionId) {
        return new ConnectionCreate(sessionId, 2, "leg_" + sessionId, "", "tel:+33199050004", "tel:+33199050004", "",
                "sip:+33199004978@192.0.2.10", "", 0, false, false, "");
    }

    private int outgoings() {
        for (DbObject stat : db.root().list("array_statistics").items()) {
            if (stat.string("name").equals("outgoings")) {
                return stat.u32("current");
            }
        }
        return -1;
    }

    @Test
    void aSecondLegWithTheSameIdIsListedButNotCounted() {
        applier.applyAll(records.callArrives("call_1", "01", "02").add(new ConnectionConnected("call_1", 1))
                .after(5).add(agentLeg("call_1")).add(new ConnectionConnected("call_1", 2)).take());
        assertThat(outgoings()).isEqualTo(1);

        applier.applyAll(records.after(30).add(new ConnectionDisconnected("call_1", 2, "transfer"))
                .after(5).add(agentLeg("call_1")).add(new ConnectionConnected("call_1", 2)).take());
        assertThat(db.root().list("sessions").first().list("connections").size()).isEqualTo(3);
        assertThat(outgoings()).as("the reused id's connect is not counted").isZero();

        applier.applyAll(records.after(30).add(new ConnectionDisconnected("call_1", 2, "hangup")).take());
        assertThat(outgoings()).as("nor its disconnect").isZero();
    }

    @Test
    void legsWithTheirOwnIdsAreCounted() {
        applier.applyAll(records.callArrives("call_1", "01", "02").add(new ConnectionConnected("call_1", 1))
                .after(5).add(agentLeg("call_1")).add(new ConnectionConnected("call_1", 2)).take());
        applier.applyAll(records.callArrives("call_2", "03", "02").add(new ConnectionConnected("call_2", 1))
                .after(5).add(agentLeg("call_2")).add(new ConnectionConnected("call_2", 2)).take());
        assertThat(outgoings()).isEqualTo(2);
    }
}
