package io.cccpexplorer.dashboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.dashboard.BindRule;
import io.cccpexplorer.dashboard.DashboardConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardSettingsTest {

    @TempDir
    Path dir;

    @Test
    void flagBeatsEnvBeatsFileBeatsDefault() throws Exception {
        Path file = dir.resolve("dashboard.properties");
        Files.writeString(file, "port=6001\nhost=10.0.0.1\nsimulator=off\nsession.ttl=30m\n");
        // a non-loopback host needs users (BindRule)
        Map<String, String> env = Map.of("DASHBOARD_PORT", "6002", "DASHBOARD_HOST", "10.0.0.2",
                "DASHBOARD_USERS", "alice:operator:" + PasswordHash.hash("pw".toCharArray()));
        Map<String, String> flags = new HashMap<>();
        flags.put("port", "6003");
        DashboardConfig c = DashboardSettings.resolve(flags, env, file).toConfig();
        assertThat(c.port()).isEqualTo(6003);
        assertThat(c.host()).isEqualTo("10.0.0.2");
        assertThat(c.simulator()).isFalse();
        assertThat(c.sessionTtl()).isEqualTo(Duration.ofMinutes(30));
        DashboardConfig defaults = DashboardSettings.resolve(Map.of(), Map.of(), null).toConfig();
        assertThat(defaults.port()).isEqualTo(5000);
        assertThat(defaults.simulator()).isTrue();
        assertThat(defaults.mysql()).isEmpty();
        assertThat(defaults.authEnabled()).isFalse();
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void withoutUsersOnlyALoopbackHostStarts() {
        assertThatThrownBy(() -> DashboardSettings.resolve(Map.of(), Map.of("DASHBOARD_HOST", "0.0.0.0"), null)
                .toConfig())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("host 0.0.0.0 is not a loopback address")
                .hasMessageContaining("DASHBOARD_USERS=name:role:hash", "hash-password", "127.0.0.1");
        for (String loopback : List.of("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]")) {
            assertThat(DashboardSettings.resolve(Map.of(), Map.of("DASHBOARD_HOST", loopback), null).toConfig()
                    .host()).isEqualTo(loopback);
        }
        for (String other : List.of("0.0.0.0", "::", "192.0.2.7", "dashboard.example", "127.0.0.1.example")) {
            assertThat(BindRule.isLoopback(other)).as(other).isFalse();
        }
    }

    @Test
    void theOriginalFlaskAndMysqlVariablesAreUnderstood() {
        Map<String, String> env = Map.of("FLASK_HOST", "0.0.0.0", "FLASK_PORT", "5050", "MYSQL_HOST", "db",
                "MYSQL_USER", "portal", "MYSQL_PASSWORD", "s3cret", "MYSQL_DATABASE", "interactivportal",
                "CCCP_LOGIN", "supervisor", "CCCP_PASSWORD", "pw", "DASHBOARD_USERS",
                "alice:operator:" + PasswordHash.hash("pw".toCharArray()));
        DashboardConfig c = DashboardSettings.resolve(Map.of(), env, null).toConfig();
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.port()).isEqualTo(5050);
        MysqlSettings m = c.mysql().orElseThrow();
        assertThat(m.host()).isEqualTo("db");
        assertThat(m.port()).isEqualTo(3306);
        assertThat(m.user()).isEqualTo("portal");
        assertThat(m.toString()).doesNotContain("s3cret");
        assertThat(c.cccpLogin()).isEqualTo("supervisor");
        // DASHBOARD_PORT wins over its FLASK_PORT alias
        assertThat(DashboardSettings.resolve(Map.of(), Map.of("FLASK_PORT", "1", "DASHBOARD_PORT", "2"), null)
                .toConfig().port()).isEqualTo(2);
    }

    @Test
    void usersAndServersParse() throws Exception {
        String hash = PasswordHash.hash("pw".toCharArray());
        Map<String, String> env = Map.of("DASHBOARD_USERS", "alice:operator:" + hash + ", bob:viewer:" + hash);
        Path json = dir.resolve("dashboard.json");
        Files.writeString(json, "{\"servers\":[{\"project\":\"ACME\",\"cccip\":\"192.0.2.10\","
                + "\"ccc_dispatch_port\":20263}],\"cors.origins\":[\"https://a.example\"]}");
        DashboardConfig c = DashboardSettings.resolve(Map.of(), env, json).toConfig();
        assertThat(c.users()).extracting(UserAccount::name).containsExactly("alice", "bob");
        assertThat(c.users().get(1).role()).isEqualTo(Role.VIEWER);
        assertThat(c.authEnabled()).isTrue();
        assertThat(c.servers()).singleElement().satisfies(s -> {
            assertThat(s.project()).isEqualTo("ACME");
            assertThat(s.dispatchPort()).isEqualTo(20263);
            assertThat(s.source()).isEqualTo(ServerEntry.Source.CONFIG);
        });
        assertThat(c.corsOrigins()).containsExactly("https://a.example");
        assertThat(DashboardSettings.servers("X=h:1:2 Y=k:3")).hasSize(2);
    }

    @Test
    void badValuesNameTheSettingAndNeverEchoSecrets() {
        assertThatThrownBy(() -> DashboardSettings.resolve(Map.of("port", "http"), Map.of(), null).toConfig())
                .hasMessageContaining("port: 'http'");
        assertThatThrownBy(() -> DashboardSettings.resolve(Map.of("simulator", "maybe"), Map.of(), null).toConfig())
                .hasMessageContaining("on or off");
        assertThatThrownBy(() -> DashboardSettings.users("alice:admin:x"))
                .hasMessageContaining("role: 'admin'");
        assertThatThrownBy(() -> DashboardSettings.users("alice:operator:plaintext-password"))
                .hasMessageContaining("hash-password").hasMessageNotContaining("plaintext-password");
        assertThatThrownBy(() -> DashboardSettings.servers("ACME=nohostport"))
                .hasMessageContaining("PROJECT=host:port");
    }

    @Test
    void everyServerEntryIsValidatedAndTheErrorNamesTheEntry() throws Exception {
        assertThatThrownBy(() -> DashboardSettings.servers("<svg/onload=alert(9)>=127.0.0.1:21001"))
                .hasMessageContaining("entry '<svg/onload=alert(9)>=127.0.0.1:21001'")
                .hasMessageContaining("project '<svg/onload'");
        assertThatThrownBy(() -> DashboardSettings.servers("ACME=bad_host!:21001"))
                .hasMessageContaining("host 'bad_host!'");
        assertThatThrownBy(() -> DashboardSettings.servers("ACME=127.0.0.1:0"))
                .hasMessageContaining("entry 'ACME=127.0.0.1:0'").hasMessageContaining("port '0'");
        assertThatThrownBy(() -> DashboardSettings.servers("ACME=127.0.0.1:21001:99999"))
                .hasMessageContaining("proxy port '99999'");
        assertThatThrownBy(() -> DashboardSettings.servers("ACME=h:1:2:3"))
                .hasMessageContaining("PROJECT=host:port[:proxyPort]");
        assertThat(DashboardSettings.servers("V6=[::1]:20103 Zébra-2.fr=cccp-1.example.org:20103:20104"))
                .extracting(ServerEntry::cccip).containsExactly("::1", "cccp-1.example.org");

        Path json = dir.resolve("bad-servers.json");
        Files.writeString(json, "{\"servers\":[{\"project\":\"a b\",\"cccip\":\"192.0.2.10\","
                + "\"ccc_dispatch_port\":20263}]}");
        assertThatThrownBy(() -> DashboardSettings.resolve(Map.of(), Map.of(), json).toConfig())
                .hasMessageContaining("servers: entry 'a'");
        Path props = dir.resolve("bad-servers.properties");
        Files.writeString(props, "servers=ACME=127.0.0.1:port\n");
        assertThatThrownBy(() -> DashboardSettings.resolve(Map.of(), Map.of(), props).toConfig())
                .hasMessageContaining("entry 'ACME=127.0.0.1:port'");
    }

    @Test
    void figureRulesReachTheModelsSettingsPerProject() throws Exception {
        Map<String, String> env = Map.of("DASHBOARD_TIMEZONE", "Europe/Paris", "DASHBOARD_DAY_START", "06:00",
                "DASHBOARD_SL_TARGET", "30", "DASHBOARD_SL_TARGETS", "DEMO__VIP=10s, ACME__SAV=45",
                "DASHBOARD_SHORT_ABANDON", "0",
                "DASHBOARD_TEAMS", "DEMO/Front=SALES+SUPPORT DEMO/Back=BILLING+DEMO__SALES ACME/All=SAV");
        DashboardConfig c = DashboardSettings.resolve(Map.of("sl.target", "25"), env, null).toConfig();
        var demo = c.figureSettings("DEMO");
        assertThat(demo.zone()).isEqualTo(java.time.ZoneId.of("Europe/Paris"));
        assertThat(demo.dayStart()).isEqualTo(java.time.LocalTime.of(6, 0));
        assertThat(demo.serviceLevelTarget()).isEqualTo(Duration.ofSeconds(25));   // the flag wins
        assertThat(demo.targetOf("DEMO__VIP")).isEqualTo(Duration.ofSeconds(10));
        assertThat(demo.targetOf("DEMO__SALES")).isEqualTo(Duration.ofSeconds(25));
        assertThat(demo.shortAbandon()).isZero();
        // a queue without project prefix is the team's project's; teams keep their order
        assertThat(demo.teams()).containsExactly(Map.entry("Front", List.of("DEMO__SALES", "DEMO__SUPPORT")),
                Map.entry("Back", List.of("DEMO__BILLING", "DEMO__SALES")));
        assertThat(demo.teamsOf(List.of("DEMO__SALES"))).containsExactly("Front", "Back");
        assertThat(c.figureSettings("ACME").teams()).containsOnlyKeys("All");
        assertThat(c.figureSettings("OTHER").teams()).isEmpty();

        DashboardConfig defaults = DashboardSettings.resolve(Map.of(), Map.of(), null).toConfig();
        assertThat(defaults.figureSettings("DEMO").serviceLevelTarget()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.figureSettings("DEMO").shortAbandon()).isEqualTo(Duration.ofSeconds(5));

        Path json = dir.resolve("dashboard.json");
        Files.writeString(json, "{\"teams\": {\"DEMO\": {\"Front\": [\"SALES\", \"SUPPORT\"]}},"
                + " \"sl.targets\": {\"DEMO__VIP\": 15}}");
        DashboardConfig fromFile = DashboardSettings.resolve(Map.of(), Map.of(), json).toConfig();
        assertThat(fromFile.figureSettings("DEMO").teams().get("Front"))
                .containsExactly("DEMO__SALES", "DEMO__SUPPORT");
        assertThat(fromFile.figureSettings("DEMO").targetOf("DEMO__VIP")).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void zoneAndDayStartPerProject() {
        Map<String, String> env = Map.of("DASHBOARD_TIMEZONE", "Europe/Paris, ACME=America/New_York",
                "DASHBOARD_DAY_START", "ACME=07:30 06:00");
        DashboardConfig c = DashboardSettings.resolve(Map.of(), env, null).toConfig();
        assertThat(c.zone()).isEqualTo(java.time.ZoneId.of("Europe/Paris"));   // the value for every project
        assertThat(c.figureSettings("DEMO").zone()).isEqualTo(java.time.ZoneId.of("Europe/Paris"));
        assertThat(c.figureSettings("DEMO").dayStart()).isEqualTo(java.time.LocalTime.of(6, 0));
        assertThat(c.figureSettings("ACME").zone()).isEqualTo(java.time.ZoneId.of("America/New_York"));
        assertThat(c.figureSettings("ACME").dayStart()).isEqualTo(java.time.LocalTime.of(7, 30));
        // only per-project entries: the others keep the defaults (midnight)
        DashboardConfig only = DashboardSettings.resolve(Map.of("day.start", "ACME=05:00"), Map.of(), null).toConfig();
        assertThat(only.figureSettings("ACME").dayStart()).isEqualTo(java.time.LocalTime.of(5, 0));
        assertThat(only.figureSettings("DEMO").dayStart()).isEqualTo(java.time.LocalTime.MIDNIGHT);
    }

    @Test
    void badZonesAndDayStartsNameTheEntry() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("timezone=Mars/Base", "timezone: entry 'Mars/Base' (expected: a zone id such as Europe/Paris");
        cases.put("timezone=UTC ACME=Mars/Base", "timezone: entry 'ACME=Mars/Base' (expected: a zone id");
        cases.put("timezone==UTC", "timezone: entry '=UTC' (expected: PROJECT=VALUE)");
        cases.put("timezone=UTC Europe/Paris", "timezone: entry 'Europe/Paris': a second value for every project");
        cases.put("day.start=ACME=06:00 ACME=07:00", "day.start: entry 'ACME=07:00': project ACME has two values");
        cases.put("day.start=ACME=6h", "day.start: entry 'ACME=6h' (expected: HH:MM on a quarter hour, e.g. 06:00 "
                + "or 07:30, after PROJECT=)");
        // the call history files its rows in 15-minute slots: a day of whole slots
        cases.put("day.start=06:10", "day.start: entry '06:10' (expected: HH:MM on a quarter hour");
        cases.forEach((setting, message) -> {
            int eq = setting.indexOf('=');
            assertThatThrownBy(() -> DashboardSettings.resolve(Map.of(setting.substring(0, eq),
                    setting.substring(eq + 1)), Map.of(), null).toConfig()).as(setting)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
        });
    }

    @Test
    void badFigureRulesNameTheEntry() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("sl.target=0", "sl.target: '0' (expected: 1..3600 seconds)");
        cases.put("sl.target=fast", "sl.target: 'fast'");
        cases.put("short.abandon=-1", "short.abandon: '-1' (expected: 0..3600 seconds)");
        cases.put("sl.targets=DEMO__VIP", "sl.targets: entry 'DEMO__VIP' (expected: QUEUE=SECONDS");
        cases.put("sl.targets=DEMO__VIP=0", "sl.targets: entry 'DEMO__VIP=0': '0' (expected: 1..3600 seconds)");
        cases.put("sl.targets=DEMO__VIP=10,DEMO__VIP=20", "sl.targets: entry 'DEMO__VIP=20': queue DEMO__VIP has two");
        cases.put("teams=Front=SALES", "teams: entry 'Front=SALES': expected PROJECT/TEAM=QUEUE+QUEUE");
        cases.put("teams=DEMO/=SALES", "teams: entry 'DEMO/=SALES': expected PROJECT/TEAM=QUEUE+QUEUE");
        cases.put("teams=DEMO/Front=", "teams: entry 'DEMO/Front=': empty queue name");
        cases.put("teams=DEMO/Front=SALES++VIP", "teams: entry 'DEMO/Front=SALES++VIP': empty queue name");
        cases.put("teams=DEMO/<b>=SALES", "teams: entry 'DEMO/<b>=SALES': '<b>' (expected: 1 to 64 letters");
        cases.put("teams=DEMO/Front=SALES DEMO/Front=VIP",
                "teams: entry 'DEMO/Front=VIP': team Front of project DEMO is defined twice");
        cases.forEach((setting, message) -> {
            int eq = setting.indexOf('=');
            assertThatThrownBy(() -> DashboardSettings.resolve(Map.of(setting.substring(0, eq),
                    setting.substring(eq + 1)), Map.of(), null).toConfig()).as(setting)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
        });
    }
}
