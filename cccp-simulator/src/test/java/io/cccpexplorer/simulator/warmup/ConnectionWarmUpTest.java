package io.cccpexplorer.simulator.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.simulator.MutableClock;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningProject;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DbObject;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The connection warm-up runs real report sessions, and leaves nothing a client could see: the project's object ids
 * (#15: they must follow the dispatch's allocation order), its objects, queries and connections are those of a
 * simulator started without it.
 */
class ConnectionWarmUpTest {

    private final MutableClock clock = new MutableClock(TestRecords.START);

    @Test
    void runsTheDashboardQueriesOfAReportScriptOneSessionAfterTheOther() throws Exception {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            ConnectionWarmUp.Result r = ConnectionWarmUp.run((EventLoop) group.next(), clock, TestRecords.OFFSET, 8,
                    Duration.ofSeconds(60));

            assertThat(r.stopped()).isEmpty();
            assertThat(r.sessions()).isEqualTo(8);
            assertThat(r.objects()).as("the lists of the throwaway database were answered object by object")
                    .isPositive();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    @Test
    void theProjectAllocatesTheSameIdsAsWithoutTheWarmUp() throws Exception {
        List<String> without = objectsAfterTheSameRecords(0);

        assertThat(without).startsWith("1 ccenter_dispatch_db_user_session");
        assertThat(objectsAfterTheSameRecords(25)).isEqualTo(without);
    }

    @Test
    void noQueryNorConnectionIsLeftOpenOnTheProject() throws Exception {
        try (RunningSimulator sim = start(25)) {
            RunningProject p = sim.project("ACME");

            assertThat(p.connectionCount()).isZero();
            assertThat(p.liveQueryCount()).isZero();
            int sessions = p.database().read(db -> db.root().list("sessions").size());
            assertThat(sessions).isZero();
        }
    }

    private RunningSimulator start(int warmSessions) throws Exception {
        return Simulator.start(SimulatorConfig.builder().clock(clock).serverOffset(TestRecords.OFFSET)
                .project(ProjectConfig.empty("ACME", 0)).warmSessions(warmSessions).build());
    }

    /** "id class" of every object after one agent's login and state, the first objects of the project. */
    private List<String> objectsAfterTheSameRecords(int warmSessions) throws Exception {
        try (RunningSimulator sim = start(warmSessions)) {
            sim.project("ACME").database().apply(new TestRecords()
                    .add(new SessionCreate("user_1", 3, false, "", ""))
                    .add(new LoginOk("user_1", "ann", "Ann", 7, "room_active", 1, "agents", 3, "default", "",
                            "/default", "", 1))
                    .add(new UserState("user_1", 5, "ready", "Ready", "free", "", 0, "inbound", "", 0)).take());
            return sim.project("ACME").database().read(db -> {
                List<String> out = new ArrayList<>();
                for (int id = 1; id < 100; id++) {
                    DbObject o = db.find(id);
                    if (o != null) {
                        out.add(id + " " + o.classDef().name());
                    }
                }
                return out;
            });
        }
    }
}
