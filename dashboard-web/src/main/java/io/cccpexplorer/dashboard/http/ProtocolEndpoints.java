package io.cccpexplorer.dashboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cccpexplorer.spec.ProtocolSpec;
import java.util.List;

/** {@code GET /api/protocol} (the protocol-spec data as JSON) and {@code GET /protocol} (the same, readable). */
final class ProtocolEndpoints {

    private volatile JsonNode spec;

    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/protocol", "protocol", Route.Kind.API, Route.Access.PUBLIC,
                        r -> r.json(200, spec())),
                new Route("GET", "/protocol", "protocol_page", Route.Kind.PAGE, Route.Access.PUBLIC,
                        r -> r.html(200, page(spec()))));
    }

    private JsonNode spec() {
        JsonNode s = spec;
        if (s == null) {
            try {
                s = ProtocolSpec.load().toJson();
            } catch (RuntimeException e) {
                throw new ApiException(503, "protocol_spec_unavailable", "The protocol description cannot be "
                        + "loaded: " + e.getMessage());
            }
            spec = s;
        }
        return s;
    }

    /** Every interface with its messages as a table; all text escaped. */
    static String page(JsonNode spec) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CCCP protocol</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/css/app.css\"></head><body class=\"protocol\">")
                .append("<main><h1>CCCP protocol</h1><p>").append(Html.escape(spec.path("source").asText("")))
                .append(" · spec ").append(Html.escape(spec.path("specVersion").asText(""))).append("</p>");
        for (JsonNode itf : spec.path("interfaces")) {
            b.append("<section><h2 id=\"").append(Html.escape(itf.path("name").asText())).append("\">")
                    .append(Html.escape(itf.path("name").asText())).append("</h2><p>")
                    .append(Html.escape(itf.path("summary").asText(""))).append("</p>")
                    .append("<table><thead><tr><th>id</th><th>name</th><th>direction</th><th>arguments</th>")
                    .append("<th>meaning</th></tr></thead><tbody>");
            for (JsonNode m : itf.path("messages")) {
                b.append("<tr><td>").append(m.path("id").asInt()).append("</td><td>")
                        .append(Html.escape(m.path("name").asText())).append("</td><td>")
                        .append(Html.escape(m.path("direction").asText(""))).append("</td><td>");
                boolean first = true;
                for (JsonNode a : m.path("arguments")) {
                    b.append(first ? "" : ", ").append(Html.escape(a.path("name").asText()))
                            .append(": ").append(Html.escape(a.path("encoding").asText()));
                    first = false;
                }
                b.append("</td><td>").append(Html.escape(m.path("summary").asText(""))).append("</td></tr>");
            }
            b.append("</tbody></table></section>");
        }
        return b.append("<p><a href=\"/api/protocol\">JSON</a></p></main></body></html>").toString();
    }
}
