package io.cccpexplorer.dashboard.check;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.config.MysqlSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.project.DirectoryUnavailableException;
import io.cccpexplorer.dashboard.project.MysqlProjects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dashboard-web check}: MySQL (connect, query the project list) and every configured CCCP server (the
 * configuration's and MySQL's), one result each.
 */
public final class ConnectivityCheck {

    private final DashboardConfig config;
    private final ServerProbe probe;
    private final Duration deadline;

    public ConnectivityCheck(DashboardConfig config, ServerProbe probe, Duration deadline) {
        this.config = config;
        this.probe = probe;
        this.deadline = deadline;
    }

    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        List<ServerEntry> servers = new ArrayList<>(config.servers());
        if (config.mysql().isPresent()) {
            MysqlSettings m = config.mysql().get();
            String target = "mysql " + m.user() + "@" + m.host() + ":" + m.port();
            try (MysqlProjects projects = new MysqlProjects(m)) {
                List<ServerEntry> listed = projects.load();
                results.add(CheckResult.ok(target, listed.size() + " active project(s) listed"));
                servers.addAll(listed);
            } catch (DirectoryUnavailableException e) {
                results.add(CheckResult.fail(target, e.getMessage()));
            }
        }
        if (servers.isEmpty()) {
            results.add(CheckResult.ok("cccp", "no CCCP server configured"
                    + (config.simulator() ? " (the embedded simulator needs no check)" : "")));
        }
        for (ServerEntry s : servers) {
            results.add(probe.probe(s, deadline));
        }
        return results;
    }
}
