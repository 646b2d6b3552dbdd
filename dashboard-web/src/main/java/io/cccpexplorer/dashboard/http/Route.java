package io.cccpexplorer.dashboard.http;

import java.util.HashMap;
import java.util.Map;

/**
 * One entry of the route table.
 *
 * @param method HTTP method ({@code GET} routes also answer {@code HEAD})
 * @param pattern a path where {@code {name}} matches one segment and a trailing {@code /**} the rest (as
 *                {@code rest})
 * @param name the route's label in metrics and logs
 * @param kind how errors are shown: JSON for the API, a small page for pages
 * @param access who may call it
 */
public record Route(String method, String pattern, String name, Kind kind, Access access, Endpoint endpoint) {

    /** How a route answers. */
    public enum Kind { API, PAGE, STREAM, STATIC }

    /** Who may call a route when authentication is on. */
    public enum Access { PUBLIC, VIEWER, OPERATOR }

    /** The code behind a route. */
    @FunctionalInterface
    public interface Endpoint {
        void handle(ApiRequest request) throws Exception;
    }

    /** The path parameters when {@code path} matches, else {@code null}. */
    Map<String, String> match(String path) {
        String[] want = pattern.split("/", -1);
        String[] got = path.split("/", -1);
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.length; i++) {
            if (want[i].equals("**") && i == want.length - 1) {
                if (got.length <= i) {
                    return null;
                }
                params.put("rest", String.join("/", java.util.Arrays.copyOfRange(got, i, got.length)));
                return params;
            }
            if (i >= got.length) {
                return null;
            }
            if (want[i].startsWith("{") && want[i].endsWith("}")) {
                if (got[i].isEmpty()) {
                    return null;
                }
                params.put(want[i].substring(1, want[i].length() - 1), got[i]);
            } else if (!want[i].equals(got[i])) {
                return null;
            }
        }
        return got.length == want.length ? params : null;
    }
}
