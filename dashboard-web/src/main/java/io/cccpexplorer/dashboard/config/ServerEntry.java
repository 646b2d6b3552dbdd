package io.cccpexplorer.dashboard.config;

import java.util.Objects;

/**
 * One project's CCCP server, as listed by {@code /api/servers}.
 *
 * @param cccip host of the dispatch server
 * @param dispatchPort the explorer (dispatch) port the dashboard connects to
 * @param proxyPort shown only, never used
 * @param source where the entry comes from
 */
public record ServerEntry(String project, String cccip, int dispatchPort, int proxyPort, String vocalNode,
                          Source source) {

    /** Origin of a server entry. */
    public enum Source {
        MYSQL, SIMULATOR, CONFIG;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ServerEntry {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(cccip, "cccip");
        Objects.requireNonNull(source, "source");
        if (project.isBlank()) {
            throw new IllegalArgumentException("project: blank (expected: a name)");
        }
        if (dispatchPort < 0 || dispatchPort > 65535) {
            throw new IllegalArgumentException("dispatchPort: " + dispatchPort + " (expected: 0..65535)");
        }
    }
}
