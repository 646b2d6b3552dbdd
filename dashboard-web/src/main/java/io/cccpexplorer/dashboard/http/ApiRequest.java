package io.cccpexplorer.dashboard.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.Map;

/** One request as an endpoint sees it: its parameters, its bounded JSON body, its browser session, its answer. */
public final class ApiRequest {

    private final HttpServerExchange exchange;
    private final BrowserSession session;
    private final ObjectMapper json;
    private final int maxBodyBytes;
    private final Map<String, String> pathParams;
    private JsonNode body;

    ApiRequest(HttpServerExchange exchange, BrowserSession session, ObjectMapper json, int maxBodyBytes,
               Map<String, String> pathParams) {
        this.exchange = exchange;
        this.session = session;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
        this.pathParams = pathParams;
    }

    public HttpServerExchange exchange() {
        return exchange;
    }

    public BrowserSession session() {
        return session;
    }

    public String path(String name) {
        return pathParams.get(name);
    }

    /** First value of a query parameter, or {@code null}. */
    public String query(String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.peekFirst();
    }

    /** An integer query parameter within bounds; anything else is a 400 {@code bad_parameter}. */
    public int intQuery(String name, int fallback, int min, int max) {
        String raw = query(name);
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad_parameter",
                    "Parameter '" + name + "' must be an integer between " + min + " and " + max);
        }
    }

    /** A text field of the JSON body, or {@code null} when absent or JSON null. */
    public String bodyText(String field) {
        JsonNode v = body().get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw ApiException.badRequest("bad_parameter", "Field '" + field + "' must be a string or a number");
        }
        return v.asText();
    }

    /** The request body as a JSON object; empty body = empty object. Bounded by {@code maxBodyBytes}. */
    public JsonNode body() {
        if (body != null) {
            return body;
        }
        byte[] bytes = readBody();
        if (bytes.length == 0) {
            body = json.createObjectNode();
            return body;
        }
        try {
            JsonNode parsed = json.readTree(bytes);
            if (parsed == null || !parsed.isObject()) {
                throw ApiException.badRequest("malformed_json", "The request body must be a JSON object");
            }
            body = parsed;
            return body;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("malformed_json", "The request body is not valid JSON");
        } catch (IOException e) {
            throw ApiException.badRequest("malformed_json", "The request body could not be read");
        }
    }

    private byte[] readBody() {
        long declared = exchange.getRequestContentLength();
        boolean chunked = exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
        if ((declared > 0 || chunked) && !isJson(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE))) {
            // also a CSRF defence: a cross-site form can send text/plain, never application/json
            throw new ApiException(415, "unsupported_media_type", "Send the body as application/json");
        }
        if (declared > maxBodyBytes) {
            throw new ApiException(413, "payload_too_large", "The request body exceeds " + maxBodyBytes + " bytes");
        }
        if (!exchange.isBlocking()) {
            exchange.startBlocking();
        }
        // not closed here: closing reads the rest of the body, and a body over the limit must not be read, but
        // answered (413) first; Undertow drains or drops the rest when the exchange ends
        InputStream in = exchange.getInputStream();
        try {
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                exchange.setPersistent(false);
                throw new ApiException(413, "payload_too_large", "The request body exceeds " + maxBodyBytes
                        + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            exchange.setPersistent(false);
            throw ApiException.badRequest("malformed_json", "The request body could not be read");
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.equalsIgnoreCase("application/json");
    }

    /** Answers with a JSON document. */
    public void json(int status, Object value) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
        }
        send(status, "application/json; charset=UTF-8", bytes);
    }

    /**
     * Answers with a shared encoding ({@link SharedAnswers}): its gzip bytes when the browser accepts gzip, a 304
     * when the browser already holds it ({@code If-None-Match}), its JSON otherwise.
     */
    void shared(EncodedAnswer answer) {
        var headers = exchange.getResponseHeaders();
        headers.put(Headers.ETAG, answer.etag());
        headers.put(Headers.VARY, Headers.ACCEPT_ENCODING_STRING);
        headers.put(Headers.CACHE_CONTROL, "no-cache");   // may be kept, but asked again (a 304 when unchanged)
        if (answer.matches(exchange.getRequestHeaders().getFirst(Headers.IF_NONE_MATCH))) {
            exchange.setStatusCode(304);
            exchange.endExchange();
            return;
        }
        boolean gzip = GzipStream.accepted(exchange.getRequestHeaders().getFirst(Headers.ACCEPT_ENCODING));
        if (gzip) {
            headers.put(Headers.CONTENT_ENCODING, "gzip");
        }
        send(200, "application/json; charset=UTF-8", gzip ? answer.gzip() : answer.json());
    }

    public void html(int status, String html) {
        send(status, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public void send(int status, String contentType, byte[] bytes) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
        if ("HEAD".equals(exchange.getRequestMethod().toString())) {
            exchange.endExchange();
            return;
        }
        if (exchange.isBlocking()) {
            // written and flushed before the exchange ends, which may first drain (or give up on) a request body
            // the endpoint did not read: the client gets its answer either way
            try (var out = exchange.getOutputStream()) {
                out.write(bytes);
            } catch (IOException e) {
                exchange.setPersistent(false);
            }
            return;
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }
}
