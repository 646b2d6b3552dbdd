package io.cccpexplorer.dashboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.spec.ProtocolSpec;
import io.cccpexplorer.spec.ReadableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /api/protocol} (the protocol-spec data as JSON, the machine-readable form) and
 * {@code GET /api/protocol/readable} (the spec's prose, Markdown). The readable page {@code /protocol}
 * ({@link PageEndpoints}) is drawn in the browser from these two.
 */
final class ProtocolEndpoints {

    private volatile JsonNode spec;
    private volatile Map<String, Object> readable;

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/protocol", "protocol", Route.Kind.API, Route.Access.PUBLIC,
                        r -> r.json(200, spec())),
                new Route("GET", "/api/protocol/readable", "protocol_readable", Route.Kind.API,
                        Route.Access.PUBLIC, r -> r.json(200, readable())));
    }

    private JsonNode spec() {
        JsonNode s = spec;
        if (s == null) {
            s = loaded(() -> ProtocolSpec.load().toJson());
            spec = s;
        }
        return s;
    }

    private Map<String, Object> readable() {
        Map<String, Object> r = readable;
        if (r == null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("format", "markdown");
            body.put("text", loaded(ReadableSpec::markdown));
            r = Map.copyOf(body);
            readable = r;
        }
        return r;
    }

    /** Both come from the protocol-spec jar: a broken jar is the server's fault, said without a stack trace. */
    private static <T> T loaded(Supplier<T> load) {
        try {
            return load.get();
        } catch (RuntimeException e) {
            throw new ApiException(503, "protocol_spec_unavailable", "The protocol description cannot be "
                    + "loaded: " + e.getMessage());
        }
    }
}
