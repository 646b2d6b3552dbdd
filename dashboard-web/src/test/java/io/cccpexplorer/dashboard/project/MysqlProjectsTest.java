package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.DashboardServer;
import io.cccpexplorer.dashboard.TestBrowser;
import io.cccpexplorer.dashboard.config.MysqlSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against the real MariaDB on 127.0.0.1:3306 (root, empty password; {@code .ci/run} starts it). Each run creates
 * its own throwaway schemas and drops them.
 */
class MysqlProjectsTest {

    private static final MysqlSettings DB = new MysqlSettings("127.0.0.1", 3306, "root", "", "");
    private static final String SUFFIX = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    private static final String PORTAL = "cccp_test_portal_" + SUFFIX;
    private static final String MASTER = "cccp_test_master_" + SUFFIX;

    @BeforeAll
    static void createSchemas() {
        try (Connection c = DriverManager.getConnection(DB.jdbcUrl(), DB.user(), DB.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + PORTAL);
            st.execute("CREATE DATABASE " + MASTER);
            st.execute("CREATE TABLE " + PORTAL + ".Projects (id INT PRIMARY KEY, name VARCHAR(64), active TINYINT)");
            st.execute("CREATE TABLE " + PORTAL + ".Global_referential (customer_id INT, cst_node VARCHAR(64), "
                    + "ccc_dispatch_port INT, ccc_proxy_port INT)");
            st.execute("CREATE TABLE " + MASTER + ".master_vocalnodes (vocalnode VARCHAR(64), cccip VARCHAR(64), "
                    + "hostname VARCHAR(64))");
            st.execute("INSERT INTO " + PORTAL + ".Projects VALUES (1,'ACME',1),(2,'OLDCO',0),(3,'Zébra',1),"
                    + "(4,'<svg/onload=alert(9)>',1),(5,'BADPORT',1)");
            st.execute("INSERT INTO " + PORTAL + ".Global_referential VALUES (1,'cst-fr-1',20263,20264),"
                    + "(2,'cst-fr-1',20363,20364),(3,'cst-fr-2',20463,20464),(4,'cst-fr-1',20563,0),"
                    + "(5,'cst-fr-1',70000,0)");
            st.execute("INSERT INTO " + MASTER + ".master_vocalnodes VALUES ('cst-fr-1','192.0.2.10','svc-1'),"
                    + "('cst-fr-2','192.0.2.11','svc-2')");
        } catch (SQLException e) {
            fail("MariaDB is not reachable at 127.0.0.1:3306 as root (start it with scripts/ensure-mariadb.sh "
                    + "or .ci/run): " + e.getMessage());
        }
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        try (Connection c = DriverManager.getConnection(DB.jdbcUrl(), DB.user(), DB.password());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + PORTAL);
            st.execute("DROP DATABASE IF EXISTS " + MASTER);
        }
    }

    @Test
    void listsOnlyActiveProjectsWithTheirDispatchServers() {
        try (MysqlProjects projects = new MysqlProjects(DB, PORTAL, MASTER)) {
            List<ServerEntry> servers = projects.load();
            assertThat(servers).extracting(ServerEntry::project).containsExactly("ACME", "Zébra");
            ServerEntry acme = servers.get(0);
            assertThat(acme.cccip()).isEqualTo("192.0.2.10");
            assertThat(acme.dispatchPort()).isEqualTo(20263);
            assertThat(acme.proxyPort()).isEqualTo(20264);
            assertThat(acme.vocalNode()).isEqualTo("cst-fr-1");
            assertThat(acme.source()).isEqualTo(ServerEntry.Source.MYSQL);
        }
    }

    @Test
    void rowsWithAnInvalidNameHostOrPortAreLeftOut() {
        // the rows of projects 4 ('<svg/onload=alert(9)>') and 5 (port 70000) are active: the list above omits them
        try (MysqlProjects projects = new MysqlProjects(DB, PORTAL, MASTER)) {
            assertThat(projects.load()).extracting(ServerEntry::project).doesNotContain("<svg/onload=alert(9)>",
                    "BADPORT");
        }
    }

    @Test
    void theListIsCachedBriefly() throws SQLException {
        try (ProjectDirectory directory = new ProjectDirectory(new MysqlProjects(DB, PORTAL, MASTER),
                Clock.systemUTC(), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(10))) {
            assertThat(directory.current().servers()).hasSize(2);
            try (Connection c = DriverManager.getConnection(DB.jdbcUrl(), DB.user(), DB.password());
                 Statement st = c.createStatement()) {
                st.execute("UPDATE " + PORTAL + ".Projects SET active = 1 WHERE id = 2");
            }
            try {
                assertThat(directory.current().servers()).hasSize(2);
                try (MysqlProjects uncached = new MysqlProjects(DB, PORTAL, MASTER)) {
                    assertThat(uncached.load()).hasSize(3);
                }
            } finally {
                try (Connection c = DriverManager.getConnection(DB.jdbcUrl(), DB.user(), DB.password());
                     Statement st = c.createStatement()) {
                    st.execute("UPDATE " + PORTAL + ".Projects SET active = 0 WHERE id = 2");
                }
            }
        }
    }

    @Test
    void schemaNamesCannotInjectSql() {
        assertThatThrownBy(() -> new MysqlProjects(DB, "x; DROP DATABASE y", MASTER))
                .hasMessageContaining("schema");
    }

    @Test
    void anUnreachableDatabaseIsA503ForServersAndDegradedHealth() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        DashboardConfig config = DashboardConfig.builder().port(0).simulator(false)
                .mysql(new MysqlSettings("127.0.0.1", closedPort, "root", "", ""))
                .feedOpener(s -> new InMemoryFeed(s.project(), Clock.systemUTC())).build();
        try (DashboardServer server = DashboardServer.start(config)) {
            TestBrowser b = new TestBrowser(server.uri());
            TestBrowser.Answer servers = b.get("/api/servers");
            assertThat(servers.status()).isEqualTo(503);
            assertThat(servers.errorCode()).isEqualTo("mysql_unavailable");
            assertThat(servers.body()).doesNotContain("Exception").doesNotContain("at com.");
            assertThat(b.get("/health").json().path("status").asText()).isEqualTo("DEGRADED");
            assertThat(b.get("/health").json().path("checks").path("mysql").path("status").asText())
                    .isEqualTo("DOWN");
        }
    }

    @Test
    void aDeadDatabaseFailsManyConcurrentRequestsFastWhileConfiguredProjectsAnswer() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        DashboardConfig config = DashboardConfig.builder().port(0).simulator(false)
                .mysql(new MysqlSettings("127.0.0.1", closedPort, "root", "", ""))
                .server(new ServerEntry("EXT", "192.0.2.20", 20103, 0, null, ServerEntry.Source.CONFIG))
                .feedOpener(s -> new InMemoryFeed(s.project(), Clock.systemUTC())).build();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(40);
        try (DashboardServer server = DashboardServer.start(config)) {
            TestBrowser b = new TestBrowser(server.uri());
            List<java.util.concurrent.Future<TestBrowser.Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String path = i % 2 == 0 ? "/api/users?project=NOPE" : "/api/servers";
                answers.add(pool.submit(() -> b.get(path)));
            }
            answers.add(pool.submit(() -> b.get("/api/status?project=EXT")));
            for (java.util.concurrent.Future<TestBrowser.Answer> f : answers.subList(0, 40)) {
                TestBrowser.Answer a = f.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(a.status()).isEqualTo(503);
                assertThat(a.errorCode()).isEqualTo("mysql_unavailable");
            }
            assertThat(answers.get(40).get(30, java.util.concurrent.TimeUnit.SECONDS).status())
                    .as("a configured project needs no MySQL").isEqualTo(200);
            // the directory's one attempt fails (Hikari gives up after 3 s) and is remembered: answers from memory
            ProjectDirectory directory = server.hubs().catalog().directory().orElseThrow();
            for (int i = 0; i < 200 && directory.peek().error() == null; i++) {
                Thread.sleep(50);
            }
            assertThat(directory.peek().error()).contains("MySQL unavailable");
            assertThat(b.get("/api/users?project=NOPE").errorCode()).isEqualTo("mysql_unavailable");
            assertThat(b.get("/api/status?project=EXT").status()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDashboardListsMysqlProjects() {
        try (ProjectCatalog catalog = new ProjectCatalog(java.util.Optional.of(ProjectDirectory.of(
                new MysqlProjects(DB, PORTAL, MASTER), Clock.systemUTC())), List.of(),
                     List.of(new ServerEntry("DEMO", "127.0.0.1", 0, 0, "embedded", ServerEntry.Source.SIMULATOR)))) {
            assertThat(catalog.servers()).extracting(ServerEntry::project).containsExactly("ACME", "Zébra", "DEMO");
            assertThat(catalog.find("ACME")).isPresent();
            assertThat(catalog.find("acme")).isEmpty();
            assertThat(catalog.find("OLDCO")).isEmpty();
        }
    }
}
