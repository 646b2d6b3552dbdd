package io.cccpexplorer.dashboard.project;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cccpexplorer.dashboard.config.MysqlSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.protocol.LogText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active projects and their dispatch servers, read from the portal database with the original dashboard's
 * schema ({@code interactivportal.Projects}, {@code interactivportal.Global_referential},
 * {@code interactivdbmaster.master_vocalnodes}), pooled. Every call is a round trip: request threads never call
 * it, they read {@link ProjectDirectory}, which calls {@link #load()} from its own thread.
 */
public final class MysqlProjects implements ProjectDirectory.Source {

    public static final String PORTAL = "interactivportal";
    public static final String MASTER = "interactivdbmaster";
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Logger LOG = LoggerFactory.getLogger(MysqlProjects.class);

    private final HikariDataSource pool;
    private final String query;
    /** Rows already reported as unusable: each is logged once, not at every refresh. */
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /**
     * @param portal schema holding Projects and Global_referential (tests use throwaway names)
     * @param master schema holding master_vocalnodes
     */
    public MysqlProjects(MysqlSettings settings, String portal, String master) {
        this.query = "SELECT p.name AS project, v.cccip AS cccip, g.ccc_dispatch_port AS ccc_dispatch_port,"
                + " g.ccc_proxy_port AS ccc_proxy_port, v.vocalnode AS vocal_node"
                + " FROM " + schema(portal) + ".Global_referential g"
                + " JOIN " + schema(portal) + ".Projects p ON g.customer_id = p.id"
                + " JOIN " + schema(master) + ".master_vocalnodes v ON g.cst_node = v.vocalnode"
                + " WHERE p.active = ? ORDER BY p.name";
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(settings.jdbcUrl());
        hc.setUsername(settings.user());
        hc.setPassword(settings.password());
        hc.setMaximumPoolSize(4);
        hc.setMinimumIdle(0);
        hc.setConnectionTimeout(3_000);
        hc.setValidationTimeout(2_000);
        hc.setInitializationFailTimeout(-1);   // start even when MySQL is down; report per request instead
        hc.setPoolName("portal-mysql");
        hc.setReadOnly(true);
        this.pool = new HikariDataSource(hc);
    }

    public MysqlProjects(MysqlSettings settings) {
        this(settings, PORTAL, MASTER);
    }

    /**
     * Active projects, sorted by name, read from MySQL now. Rows whose name, host or port is not valid are left out
     * (and logged once): a database row is configuration like any other.
     *
     * @throws DirectoryUnavailableException when MySQL cannot be reached or read
     */
    @Override
    public List<ServerEntry> load() {
        try (Connection c = pool.getConnection(); PreparedStatement st = c.prepareStatement(query)) {
            st.setQueryTimeout(10);
            st.setInt(1, 1);
            List<ServerEntry> list = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String project = rs.getString("project");
                    String host = rs.getString("cccip");
                    if (project == null || project.isBlank() || host == null || host.isBlank()) {
                        continue;   // half-filled referential rows cannot be connected to
                    }
                    try {
                        list.add(new ServerEntry(project, host.trim(), rs.getInt("ccc_dispatch_port"),
                                rs.getInt("ccc_proxy_port"), rs.getString("vocal_node"), ServerEntry.Source.MYSQL));
                    } catch (IllegalArgumentException e) {
                        if (reported.add(e.getMessage())) {
                            LOG.warn("MySQL project row left out: {}", LogText.escape(e.getMessage()));
                        }
                    }
                }
            }
            return List.copyOf(list);
        } catch (SQLException | RuntimeException e) {
            throw new DirectoryUnavailableException("MySQL unavailable: " + rootMessage(e), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String schema(String name) {
        if (!SCHEMA.matcher(name).matches()) {
            throw new IllegalArgumentException("schema: '" + name + "' (expected: [A-Za-z0-9_]{1,64})");
        }
        return "`" + name + "`";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
