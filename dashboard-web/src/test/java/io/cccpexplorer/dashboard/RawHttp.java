package io.cccpexplorer.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, for requests no well-behaved client sends (a forged {@code Host}, a
 * backslash in the path, invalid UTF-8, a huge chunked body). One request per connection.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /** A parsed answer; {@code reset} when the server closed the connection without any answer. */
    public record Answer(int status, Map<String, String> headers, String body, boolean reset) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String errorCode() {
            return json().path("error").path("code").asText(null);
        }
    }

    /** Sends {@code head} (request line and headers, CRLF-separated, without the final blank line) and a body. */
    public static Answer send(int port, String head, byte[] body) {
        return send(port, head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    public static Answer send(int port, byte[] head, byte[] body) {
        return send(port, head, out -> out.write(body));
    }

    /** Writes the body from another thread while the answer is read, as a browser does (it may answer early). */
    public static Answer send(int port, byte[] head, BodyWriter body) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(head);
            out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before the whole body was sent
                }
            }, "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            return parse(readAll(s.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a request body. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                b.write(buf, 0, n);
            }
        } catch (SocketException e) {
            // reset after (or instead of) the answer
        }
        return b.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(0, Map.of(), text, true);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return new Answer(status, headers, text.substring(end + 4), false);
    }
}
