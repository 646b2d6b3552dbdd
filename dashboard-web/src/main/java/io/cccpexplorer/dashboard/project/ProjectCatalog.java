package io.cccpexplorer.dashboard.project;

import io.cccpexplorer.dashboard.config.ServerEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every project the dashboard can show: MySQL's active projects when MySQL is configured, then the servers of the
 * configuration file, then the embedded simulator's projects. The first source naming a project wins. MySQL's list
 * is read through a {@link ProjectDirectory}: a request never waits on the database, and looking a name up never
 * queries it.
 */
public final class ProjectCatalog implements AutoCloseable {

    private final Optional<ProjectDirectory> directory;
    private final List<ServerEntry> fixed;

    /**
     * The projects as served now.
     *
     * @param servers every source's projects, MySQL's first
     * @param directory MySQL's part as the directory holds it (possibly stale), empty without MySQL
     */
    public record Listing(List<ServerEntry> servers, Optional<ProjectDirectory.Listing> directory) {
    }

    public ProjectCatalog(Optional<ProjectDirectory> directory, List<ServerEntry> configured,
                          List<ServerEntry> simulated) {
        this.directory = directory;
        List<ServerEntry> all = new ArrayList<>(configured);
        all.addAll(simulated);
        this.fixed = List.copyOf(all);
    }

    /**
     * @throws DirectoryUnavailableException when MySQL is configured and never answered with a list
     */
    public Listing listing() {
        Optional<ProjectDirectory.Listing> mysql = directory.map(ProjectDirectory::current);
        Map<String, ServerEntry> byName = new LinkedHashMap<>();
        mysql.ifPresent(m -> m.servers().forEach(s -> byName.putIfAbsent(s.project(), s)));
        fixed.forEach(s -> byName.putIfAbsent(s.project(), s));
        return new Listing(List.copyOf(byName.values()), mysql);
    }

    /** Every project, MySQL's first (see {@link #listing()}). */
    public List<ServerEntry> servers() {
        return listing().servers();
    }

    /**
     * Exact, case-sensitive lookup, like the original's {@code /cst_explorer/<project>}: the configured projects,
     * then MySQL's list as the directory holds it.
     *
     * @throws DirectoryUnavailableException when the name is not configured and MySQL never answered with a list
     */
    public Optional<ServerEntry> find(String project) {
        for (ServerEntry s : fixed) {
            if (s.project().equals(project)) {
                return Optional.of(s);
            }
        }
        return servers().stream().filter(s -> s.project().equals(project)).findFirst();
    }

    public Optional<ProjectDirectory> directory() {
        return directory;
    }

    @Override
    public void close() {
        directory.ifPresent(ProjectDirectory::close);
    }
}
