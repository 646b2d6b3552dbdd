package io.cccpexplorer.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Reads an SSE response frame by frame on its own thread; every wait has a deadline. */
public final class SseReader implements AutoCloseable {

    /** One SSE frame; {@code comment} holds a {@code :} line's text. */
    public record Frame(String id, String event, String data, String comment, String retry) {
    }

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final Thread reader;
    private final HttpResponse<InputStream> response;

    private SseReader(HttpResponse<InputStream> response) throws IOException {
        this.response = response;
        boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
        this.body = gzip ? liveGzip(response.body()) : response.body();
        this.reader = new Thread(this::read, "sse-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    public static SseReader open(TestBrowser browser, String path, String lastEventId) {
        return open(browser, path, lastEventId, null);
    }

    /**
     * @param acceptEncoding the request's {@code Accept-Encoding}, or null; a gzip answer is decoded as it
     *                       arrives (each frame must be readable on its own, before the stream ends)
     */
    public static SseReader open(TestBrowser browser, String path, String lastEventId, String acceptEncoding) {
        HttpRequest.Builder b = HttpRequest.newBuilder(browser.uri(path)).header("Accept", "text/event-stream");
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseReader(browser.http().send(b.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A gzip decoder that hands over each flushed event at once: {@code GZIPInputStream.available()} always says 1,
     * which makes {@code InputStreamReader} block for more bytes before returning the ones it has.
     */
    private static InputStream liveGzip(InputStream raw) throws IOException {
        return new java.io.FilterInputStream(new java.util.zip.GZIPInputStream(raw, 512)) {
            @Override
            public int available() {
                return 0;
            }
        };
    }

    public HttpResponse<InputStream> response() {
        return response;
    }

    /** The next frame, or an AssertionError after {@code within}. */
    public Frame next(Duration within) {
        try {
            Frame f = frames.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            if (f == null) {
                throw new AssertionError("no SSE frame within " + within);
            }
            return f;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Skips frames until one matches. */
    public Frame until(Predicate<Frame> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching SSE frame within " + within);
            }
            Frame f = next(Duration.ofNanos(left));
            if (wanted.test(f)) {
                return f;
            }
        }
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            String comment = null;
            String retry = null;
            StringBuilder data = null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    if (id != null || event != null || data != null || comment != null || retry != null) {
                        frames.add(new Frame(id, event, data == null ? null : data.toString(), comment, retry));
                    }
                    id = null;
                    event = null;
                    comment = null;
                    retry = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comment = line.substring(1).trim();
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("retry: ")) {
                    retry = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = data == null ? new StringBuilder(line.substring(6)) : data.append('\n')
                            .append(line.substring(6));
                }
            }
        } catch (IOException e) {
            // stream closed
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        reader.interrupt();
    }
}
