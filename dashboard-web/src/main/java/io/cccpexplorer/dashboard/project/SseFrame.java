package io.cccpexplorer.dashboard.project;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * One SSE frame, encoded once for every browser that receives it. Its compressed form is made once too, on the
 * first browser that takes gzip: raw deflate blocks of this frame alone (no reference to earlier bytes) ending in
 * a sync flush, so the same bytes can follow any other frame's in any browser's gzip stream, and the browser can
 * decode each frame as soon as it arrives. Compressing per browser would cost CPU and a deflate state (≈ 256 KiB)
 * per stream; this costs one compression per frame whatever the number of browsers, at the price of a worse ratio
 * on small frames (a 600-byte change shrinks to about half, a multi-megabyte snapshot about tenfold).
 */
public final class SseFrame {

    private final byte[] plain;
    private volatile byte[] deflated;

    private SseFrame(byte[] plain) {
        this.plain = plain;
    }

    public static SseFrame of(String text) {
        return new SseFrame(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One numbered event: {@code id}, {@code event} and a one-line {@code data} (JSON has no raw newline). */
    public static SseFrame event(long id, String type, String data) {
        return of("id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n");
    }

    /** The frame as UTF-8 text; shared, must not be changed. */
    public byte[] plain() {
        return plain;
    }

    /** The frame as self-contained deflate blocks ending on a byte boundary; shared, must not be changed. */
    public byte[] deflated() {
        byte[] d = deflated;
        if (d == null) {
            d = deflate(plain);
            deflated = d;   // two threads may both compress once: same bytes, no lock needed
        }
        return d;
    }

    /**
     * Frames from this size on (snapshots) are compressed at the fastest level: the default level took about 15
     * times as long on a 5,000-agent snapshot (≈ 0.7 s against 45 ms for 4.9 MB here) for a result about 30 %
     * smaller, and that time came before a browser's first picture. Small frames keep the default level (cheap).
     */
    static final int FAST_FROM_BYTES = 64 * 1024;

    static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater(input.length >= FAST_FROM_BYTES ? Deflater.BEST_SPEED
                : Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, input.length / 4));
            byte[] buffer = new byte[Math.max(256, Math.min(64 * 1024, input.length + 64))];
            int n;
            do {   // SYNC_FLUSH: call again while the buffer came back full
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
