package io.cccpexplorer.simulator.server;

import static io.cccpexplorer.simulator.server.ObjectDeltas.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ClientEvent;
import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginFailed;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.protocol.explorer.Logout;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.SelectAndQueryObject;
import io.cccpexplorer.protocol.explorer.ServerEvent;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndexOk;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEvent;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.AcmeProject;
import io.cccpexplorer.simulator.Awaits;
import io.cccpexplorer.simulator.Credentials;
import io.cccpexplorer.simulator.ExplorerTestClient;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.TestRecords;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The explorer server over real loopback sockets, driven by cccp-protocol codecs. */
class ExplorerServerTest {

    private final TestRecords records = new TestRecords();
    @RegisterExtension
    final AcmeProject acme = new AcmeProject(b -> b.maxPendingMessages(500));

    private ExplorerTestClient client() throws Exception {
        return ExplorerTestClient.loggedIn(acme.project().port());
    }

    private int objectId(String sessionId) {
        return acme.project().database().read(db -> db.root().list("sessions").items().stream()
                .filter(s -> s.string("session_id").equals(sessionId)).findFirst().orElseThrow().id());
    }

    private static FormatField node(int index, String name, FormatField... children) {
        return new FormatField(index, name, null, List.of(children));
    }

    @Test
    void handshakeAnswersLikeTheDispatch() throws Exception {
        try (ExplorerTestClient c = ExplorerTestClient.connect(acme.project().port())) {
            c.send(new Login(1, "early", "x", 1, false));   // before initialize: ignored
            c.send(new Initialize(0x020A008C, false));
            ConnectionOk ok = c.next(ConnectionOk.class);
            assertThat(ok.serverVersion()).isEqualTo(0x020A008C);
            assertThat(ok.serverDate()).isEqualTo(CccpDate.of(acme.clock().instant(), TestRecords.OFFSET));

            c.send(new Login(1, "admin", "anything", 1, false));
            assertThat(c.next(LoginOk.class)).isEqualTo(new LoginOk(1, "", ""));
            c.send(new Login(1, "admin", "anything", 1, false));
            assertThat(c.next(LoginFailed.class)).isEqualTo(new LoginFailed(1, "Login d\u00e9j\u00e0 effectu\u00e9"));
            c.send(new Login(2, "other", "", 1, false));
            assertThat(c.next(LoginOk.class).sessionId()).isEqualTo(2);

            c.send(UseDefaultNamespacesIndex.INSTANCE);
            assertThat(c.next(UseDefaultNamespacesIndexOk.class)).isNotNull();
            c.assertNothingPending();   // the next blob carries the 38 default namespaces and still decodes
        }
    }

    @Test
    void configuredCredentialsRefuseOthers() throws Exception {
        try (RunningSimulator guarded = Simulator.start(SimulatorConfig.builder()
                .credentials(Credentials.of("sup", "secret")).project(ProjectConfig.empty("X", 0)).build());
             ExplorerTestClient c = ExplorerTestClient.connect(guarded.project("X").port())) {
            c.send(new Initialize(1234, true));
            c.next(ConnectionOk.class);
            c.send(new Login(1, "sup", "wrong", 1, false));
            assertThat(c.next(LoginFailed.class).reason()).isEqualTo("bad login or password");
            c.send(new Login(1, "sup", "secret", 1, false));
            assertThat(c.next(LoginOk.class).sessionId()).isEqualTo(1);
        }
    }

    @Test
    void listQuerySendsASnapshotThenOneResponsePerChange() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_1", "jdoe", "Jane", 41, "Agent")
                .callArrives("session_9", "0199000001", "0199000999").take());
        try (ExplorerTestClient c = client()) {
            int agents = c.newSystemId();
            c.send(new QueryList(1, agents, "/dispatch", 0, "sessions",
                    ".[session_type eq 3 and terminate_date eq '']", 0, "", 0));
            assertThat(c.next(ListResponse.class).list().items())
                    .containsExactly(ListItem.added(objectId("user_1"), 0));
            int all = c.newSystemId();
            c.send(new QueryList(1, all, "/ccxml", 0, "sessions", "", 0, "", 0));
            assertThat(c.next(ListResponse.class).list().items()).extracting(ListItem::rank).containsExactly(0, 1);

            acme.project().database().apply(records.after(5).agentLogsIn("user_2", "asmith", "Al", 42, "Agent").take());
            ListResponse addedToAgents = c.next(ListResponse.class);
            ListResponse addedToAll = c.next(ListResponse.class);
            assertThat(List.of(addedToAgents.systemId(), addedToAll.systemId())).containsExactly(agents, all);
            assertThat(addedToAgents.list().items()).containsExactly(ListItem.added(objectId("user_2"), 2));

            acme.project().database().apply(records.after(5).agentLogsOut("user_1", 41).take());
            ListResponse filteredOut = c.next(ListResponse.class);
            assertThat(filteredOut.systemId()).isEqualTo(agents);
            assertThat(filteredOut.list().items())
                    .containsExactly(new ListItem(ListItem.FILTERED_OUT, null, objectId("user_1"), 0));

            int call = objectId("session_9");
            acme.project().database().apply(records.callDeleted("session_9").after(3600)
                    // deleted sessions go after an hour
                    .add(new io.cccpexplorer.protocol.rlog.ccxml.Alive()).take());
            ListResponse removed = c.next(ListResponse.class);
            assertThat(removed.systemId()).isEqualTo(all);
            assertThat(removed.list().items()).containsExactly(new ListItem(ListItem.REMOVED, null, call, 1));
            c.assertNothingPending();
        }
    }

    @Test
    void emptyListStillGetsItsSnapshot() throws Exception {
        try (ExplorerTestClient c = client()) {
            c.send(new QueryList(1, 7, "/dispatch", 0, "queues", "", 0, "", 0));
            ListResponse r = c.next(ListResponse.class);
            assertThat(r.systemId()).isEqualTo(7);
            assertThat(r.list().items()).isEmpty();
        }
    }

    @Test
    void objectQuerySendsAllLeavesThenOnlyChangedOnes() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_1", "jdoe", "Jane", 41, "Agent").take());
        ObjectFormat format = new ObjectFormat(5, List.of(
                node(0, "object_id"), node(1, "object_class"),
                node(2, "user", node(3, "login"), node(4, "group", node(5, "path"))),
                node(6, "states", node(7, "last", node(8, "display_name")), node(9, "count")),
                node(10, "father", node(11, "object_id")), node(12, "rank"), node(13, "priority"),
                node(14, "terminate_date"), node(15, "logged"), node(16, "session_type")));
        int id = objectId("user_1");
        try (ExplorerTestClient c = client()) {
            c.send(new SetObjectFormat(1, format));
            c.send(new QueryObject(1, 50, "/dispatch", id, 5, 4242));
            ObjectResponse first = c.next(ObjectResponse.class);
            assertThat(first.systemId()).isEqualTo(50);
            assertThat(first.listSystemId()).isEqualTo(4242);
            // no value for "father" / "rank" (no pseudo fields of the vendor's dispatch) nor the unknown "priority"
            assertThat(values(first)).containsOnly(
                    Map.entry(0, new FieldValue.U32(id)),
                    Map.entry(1, new FieldValue.Str("ccenter_dispatch_db_user_session")),
                    Map.entry(3, new FieldValue.Str("jdoe")),
                    Map.entry(5, new FieldValue.Str("/default")),
                    Map.entry(8, new FieldValue.Str("Disponible")),
                    Map.entry(9, new FieldValue.U32(1)),
                    Map.entry(14, new FieldValue.Date(CccpDate.NIL)),
                    Map.entry(15, FieldValue.Bool.TRUE),
                    Map.entry(16, new FieldValue.U32(3)));

            acme.project().database().apply(records.after(10).agentState("user_1", 2, "pause", "Pause").take());
            ObjectResponse delta = c.next(ObjectResponse.class);
            assertThat(values(delta))
                    .containsOnly(Map.entry(8, new FieldValue.Str("Pause")), Map.entry(9, new FieldValue.U32(2)));
            assertThat(delta.listSystemId()).isEqualTo(4242);

            // a field outside the format
            acme.project().database()
                    .apply(records.add(new io.cccpexplorer.protocol.rlog.ccxml.SetUserMode("user_1", "x")).take());
            // another object
            acme.project().database().apply(records.after(10).callArrives("session_9", "01", "02").take());
            c.assertNothingPending();
        }
    }

    @Test
    void selectAndQueryObjectQueriesTheFirstMatch() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_1", "jdoe", "Jane", 41, "Agent")
                .agentLogsIn("user_2", "asmith", "Al", 42, "Agent").take());
        try (ExplorerTestClient c = client()) {
            c.send(new SetObjectFormat(1, new ObjectFormat(1, List.of(node(0, "session_id")))));
            c.send(new SelectAndQueryObject(1, 9, "/dispatch", 0, "sessions", ".[user/login eq 'asmith']", 1, 0));
            assertThat(values(c.next(ObjectResponse.class))).containsOnly(Map.entry(0, new FieldValue.Str("user_2")));
        }
    }

    @Test
    void listsOfAnyObjectAndDottedFieldsAreServed() throws Exception {
        acme.project().database().apply(records.callArrives("session_9", "01", "02").take());
        int call = objectId("session_9");
        try (ExplorerTestClient c = client()) {
            c.send(new QueryList(1, 3, "/dispatch", call, "events", "", 0, "", 0));
            assertThat(c.next(ListResponse.class).list().items()).hasSize(1);
            acme.project().database().apply(records.add(new SessionEvent("session_9", "a", "b", "CONNECTED",
                    "connection.connected", "", null)).take());
            assertThat(c.next(ListResponse.class).list().items()).extracting(ListItem::action, ListItem::rank)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ListItem.ADDED, 1));
        }
    }

    @Test
    void stopQueryAndLogoutEndPushes() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_1", "jdoe", "Jane", 41, "Agent").take());
        int id = objectId("user_1");
        try (ExplorerTestClient c = client()) {
            c.send(new SetObjectFormat(1, new ObjectFormat(1, List.of(node(0, "current_mode")))));
            c.send(new QueryObject(1, 11, "/dispatch", id, 1, 0));
            c.next(ObjectResponse.class);
            c.send(new QueryList(1, 12, "/dispatch", 0, "sessions", "", 0, "", 0));
            c.next(ListResponse.class);
            c.send(new StopQuery(1, 11));
            c.send(new StopQuery(1, 12));
            c.assertNothingPending();   // a round trip: the server has handled both stops
            acme.project().database().apply(records.add(new io.cccpexplorer.protocol.rlog.ccxml.SetUserMode("user_1",
                    "unplugged")).take());
            acme.project().database().apply(records.callArrives("session_9", "01", "02").take());
            c.assertNothingPending();

            c.send(new Logout(1));
            c.send(new QueryList(1, 13, "/dispatch", 0, "sessions", "", 0, "", 0));   // session 1 is gone: silence
            c.send(new Login(1, "admin", "admin", 1, false));
            assertThat(c.next(LoginOk.class).sessionId()).as("no logout_ok, no list for the dead session").isEqualTo(1);
        }
    }

    @Test
    void unknownTargetsGetSilence() throws Exception {
        try (ExplorerTestClient c = client()) {
            c.send(new QueryList(1, 1, "/dispatch", 0, "no_such_list", "", 0, "", 0));
            c.send(new QueryList(1, 2, "/dispatch", 999_999, "events", "", 0, "", 0));
            c.send(new QueryList(7, 3, "/dispatch", 0, "sessions", "", 0, "", 0));
            c.send(new QueryList(1, 4, "/dispatch", 0, "sessions", "row.x == 1", 0, "", 0));
            assertThat(c.next(ListResponse.class).list().items()).as("unparsable filter: an empty list").isEmpty();
            c.send(new QueryObject(1, 5, "/dispatch", 0, 99, 0));
            c.send(new QueryObject(1, 6, "/dispatch", 123_456, 99, 0));
            c.send(new StopQuery(1, 404));
            c.assertNothingPending();
        }
    }

    @Test
    void loadDayIsAnsweredWithTheVendorsEventShape() throws Exception {
        try (ExplorerTestClient c = client()) {
            c.send(new ClientEvent(1, "", "13171.1795513794.ccenter_update.vm", "", 0,
                    "com.consistent.ccenter.dispatch.load_day.2026_02_08", null));
            ServerEvent loaded = c.next(ServerEvent.class);
            assertThat(loaded.eventName()).isEqualTo("com.consistent.ccenter.dispatch.day_loaded");
            assertThat(loaded.target()).isEqualTo("13171.1795513794.ccenter_update.vm");
            assertThat(loaded.source()).matches("\\d+\\.\\d+\\.\\..+");
            assertThat(loaded.object()).isNull();

            for (String bad : List.of("2026_2_08", "2026_02_30", "yesterday")) {
                c.send(new ClientEvent(1, "", "me", "", 0, "com.consistent.ccenter.dispatch.load_day." + bad, null));
                assertThat(c.next(ServerEvent.class).eventName()).as(bad)
                        .isEqualTo("com.consistent.ccenter.dispatch.bad_day");
            }
            c.send(new ClientEvent(1, "", "me", "", 0, "com.consistent.process.stop", null));
            c.assertNothingPending();
        }
    }

    @Test
    void timeWindowDropsAgedMembers() throws Exception {
        acme.project().database().apply(records.callArrives("session_9", "01", "02").take());   // event dated START
        int call = objectId("session_9");
        try (ExplorerTestClient c = client()) {
            c.send(new QueryList(1, 8, "/dispatch", call, "events", "", 0, "date", 60));
            assertThat(c.next(ListResponse.class).list().items()).hasSize(1);
            acme.clock().advance(Duration.ofSeconds(60));
            ListResponse aged = c.next(ListResponse.class);   // the window tick runs within a second
            assertThat(aged.list().items()).extracting(ListItem::action).containsExactly(ListItem.FILTERED_OUT);
        }
    }

    @Test
    void malformedFrameClosesOnlyThatConnection() throws Exception {
        try (ExplorerTestClient bad = client(); ExplorerTestClient good = client()) {
            bad.sendRaw(Unpooled.wrappedBuffer(new byte[] {4, 0, 0, 0, 0x1b, 0x27, 0, 0}));   // length 4 < 8
            assertThat(bad.awaitClosed(ExplorerTestClient.TIMEOUT)).isTrue();
            good.assertNothingPending();
            assertThat(good.isOpen()).isTrue();
        }
    }

    @Test
    void slowReaderIsDisconnectedInsteadOfGrowingMemory() throws Exception {
        acme.project().database().apply(records.callArrives("session_9", "01", "02").take());
        int call = objectId("session_9");
        try (ExplorerTestClient slow = client(); ExplorerTestClient fast = client()) {
            slow.send(new QueryList(1, 1, "/dispatch", call, "events", "", 0, "", 0));
            slow.next(ListResponse.class);
            slow.stopReading();
            for (int round = 0; round < 60 && acme.project().connectionCount() > 1; round++) {
                for (int i = 0; i < 5000; i++) {
                    records.add(new SessionEvent("session_9", "a", "b", "S", "flood", "x".repeat(100), null));
                }
                acme.project().database().apply(records.take());
            }
            assertThat(acme.project().connectionCount()).as("the slow reader was cut off").isEqualTo(1);
            slow.resumeReading();
            assertThat(slow.awaitClosed(ExplorerTestClient.TIMEOUT)).isTrue();
            fast.assertNothingPending();
        }
    }

    @Test
    void disconnectFreesEveryQuery() throws Exception {
        acme.project().database().apply(records.agentLogsIn("user_1", "jdoe", "Jane", 41, "Agent").take());
        try (ExplorerTestClient c = client()) {
            c.send(new SetObjectFormat(1, new ObjectFormat(1, List.of(node(0, "current_mode")))));
            c.send(new QueryObject(1, 11, "/dispatch", objectId("user_1"), 1, 0));
            c.next(ObjectResponse.class);
            c.send(new QueryList(1, 12, "/dispatch", 0, "sessions", ".[logged]", 0, "", 0));
            c.next(ListResponse.class);
            assertThat(acme.project().liveQueryCount()).isEqualTo(2);
        }
        assertThat(Awaits.until(() -> acme.project().connectionCount() == 0, ExplorerTestClient.TIMEOUT)).isTrue();
        assertThat(acme.project().liveQueryCount()).isZero();
    }
}
