package io.cccpexplorer.simulator.server;

import static io.cccpexplorer.simulator.server.ObjectDeltas.leaf;
import static io.cccpexplorer.simulator.server.ObjectDeltas.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.SetUserMode;
import io.cccpexplorer.simulator.AcmeProject;
import io.cccpexplorer.simulator.ExplorerTestClient;
import io.cccpexplorer.simulator.TestRecords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code LiveDatabase.applyUntilNewRow} (the log import's hand-over): records handed over together still reach a
 * follower one commit each, and the hand-over stops after the record that makes a row enter a followed list.
 */
class ApplyUntilNewRowTest {

    private static final String AGENTS = ".[session_type eq 3 and terminate_date eq '']";
    private static final ObjectFormat MODE = new ObjectFormat(3, List.of(leaf(0, "current_mode")));

    private final TestRecords records = new TestRecords();
    @RegisterExtension
    final AcmeProject acme = new AcmeProject();

    @Test
    void eachRecordIsPushedAndTheHandOverStopsAtANewRow() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_1", "ann", "Ann", 1, "Agent").take());
        int ann = acme.project().database().read(db -> db.root().list("sessions").first().id());
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(acme.project().port())) {
            c.send(new QueryList(1, 10, "/dispatch", 0, "sessions", AGENTS, 0, "", 0));
            assertThat(c.next(ListResponse.class).list().items()).containsExactly(ListItem.added(ann, 0));
            c.send(new SetObjectFormat(1, MODE));
            c.send(new QueryObject(1, 11, "/dispatch", ann, 3, 0));
            c.next(ObjectResponse.class);

            List<RlogEntry> day = records.after(5).add(new SetUserMode("user_1", "pause"))
                    .after(1).add(new SetUserMode("user_1", "ready"))
                    .after(1).agentLogsIn("user_2", "bob", "Bob", 2, "Agent")
                    .after(1).add(new SetUserMode("user_1", "pause")).take();
            // both modes, then bob's session_create, which makes a row enter the followed list
            assertThat(acme.project().database().applyUntilNewRow(day)).isEqualTo(3);
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, new FieldValue.Str("pause")));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, new FieldValue.Str("ready")));
            ListResponse bob = c.next(ListResponse.class);
            assertThat(bob.list().items()).extracting(ListItem::action).containsExactly(ListItem.ADDED);

            // the rest: no row enters the list any more (the probe below follows the users list: last)
            assertThat(acme.project().database().applyUntilNewRow(day.subList(3, day.size())))
                    .isEqualTo(day.size() - 3);
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, new FieldValue.Str("pause")));
            c.assertNothingPending();
        }
    }
}
