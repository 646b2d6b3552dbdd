package io.cccpexplorer.dashboard.config;

import java.util.Objects;
import java.util.regex.Pattern;

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

    /**
     * A project name ends up in URLs, log lines, page titles and SQL-free lookups: letters (any script), digits and
     * {@code _ . -}, starting with a letter or digit, at most 64 characters.
     */
    private static final Pattern PROJECT = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,63}");
    /** A DNS name (RFC 1123 labels) or a dotted IPv4 address. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,"
            + "61}[A-Za-z0-9])?)*");
    /** An IPv6 literal, without brackets (hexadecimal groups, colons, an optional trailing dotted IPv4). */
    private static final Pattern IPV6 = Pattern.compile("(?=.{2,45}$)[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

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
        if (!PROJECT.matcher(project).matches()) {
            throw new IllegalArgumentException("project '" + project + "' (expected: 1 to 64 letters, digits, '_', "
                    + "'.' or '-', starting with a letter or digit)");
        }
        if (!isHost(cccip)) {
            throw new IllegalArgumentException("host '" + cccip + "' of project " + project
                    + " (expected: a DNS name, an IPv4 address or an IPv6 address)");
        }
        if (dispatchPort < 0 || dispatchPort > 65535) {
            throw new IllegalArgumentException("dispatch port " + dispatchPort + " of project " + project
                    + " (expected: 1..65535)");
        }
        if (proxyPort < 0 || proxyPort > 65535) {
            throw new IllegalArgumentException("proxy port " + proxyPort + " of project " + project
                    + " (expected: 0..65535)");
        }
    }

    /** Whether {@code host} is a DNS name, a dotted IPv4 address or an IPv6 literal (no brackets). */
    public static boolean isHost(String host) {
        return HOST_NAME.matcher(host).matches() || IPV6.matcher(host).matches();
    }
}
