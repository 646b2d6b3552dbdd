package io.cccpexplorer.dashboard.project;

import io.cccpexplorer.dashboard.config.ServerEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every project the dashboard can show: MySQL's active projects when MySQL is configured, then the servers of the
 * configuration file, then the embedded simulator's projects. The first source naming a project wins.
 */
public final class ProjectCatalog implements AutoCloseable {

    private final Optional<MysqlProjects> mysql;
    private final List<ServerEntry> fixed;

    public ProjectCatalog(Optional<MysqlProjects> mysql, List<ServerEntry> configured, List<ServerEntry> simulated) {
        this.mysql = mysql;
        List<ServerEntry> all = new ArrayList<>(configured);
        all.addAll(simulated);
        this.fixed = List.copyOf(all);
    }

    /**
     * @throws DirectoryUnavailableException when MySQL is configured but cannot be read
     */
    public List<ServerEntry> servers() {
        Map<String, ServerEntry> byName = new LinkedHashMap<>();
        mysql.ifPresent(m -> m.servers().forEach(s -> byName.putIfAbsent(s.project(), s)));
        fixed.forEach(s -> byName.putIfAbsent(s.project(), s));
        return List.copyOf(byName.values());
    }

    /** Exact, case-sensitive lookup, like the original's {@code /cst_explorer/<project>}. */
    public Optional<ServerEntry> find(String project) {
        for (ServerEntry s : fixed) {
            if (s.project().equals(project)) {
                return Optional.of(s);
            }
        }
        return servers().stream().filter(s -> s.project().equals(project)).findFirst();
    }

    public Optional<MysqlProjects> mysql() {
        return mysql;
    }

    @Override
    public void close() {
        mysql.ifPresent(MysqlProjects::close);
    }
}
