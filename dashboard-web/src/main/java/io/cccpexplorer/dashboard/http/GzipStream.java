package io.cccpexplorer.dashboard.http;

import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The gzip member around one browser's event stream (RFC 1952): a fixed header, then the frames' own deflate
 * blocks ({@link io.cccpexplorer.dashboard.project.SseFrame#deflated()}), and, when the stream ends cleanly, an
 * empty final block with the CRC-32 and length of everything sent. Only the checksum is per browser; the
 * compressed bytes are shared. Confined to the connection's I/O thread.
 */
final class GzipStream {

    /** Magic, deflate, no flags, no time, no extra flags, unknown OS. */
    static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** A final, empty block with fixed codes: ends the deflate data on a byte boundary. */
    private static final byte[] FINAL_BLOCK = {0x03, 0x00};

    private final CRC32 crc = new CRC32();
    private long size;

    /** Accounts for a frame's uncompressed bytes, in the order the frames are sent. */
    void sent(byte[] plain) {
        crc.update(plain);
        size += plain.length;
    }

    /** The bytes that close the member: final block, CRC-32 and length modulo 2^32, little-endian. */
    byte[] trailer() {
        byte[] t = new byte[FINAL_BLOCK.length + 8];
        System.arraycopy(FINAL_BLOCK, 0, t, 0, FINAL_BLOCK.length);
        long c = crc.getValue();
        for (int i = 0; i < 4; i++) {
            t[2 + i] = (byte) (c >>> (8 * i));
            t[6 + i] = (byte) (size >>> (8 * i));
        }
        return t;
    }

    /** True when an {@code Accept-Encoding} header accepts gzip ({@code gzip} or {@code *}, without {@code q=0}). */
    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.trim().toLowerCase(Locale.ROOT).split(";");
            String name = fields[0].trim();
            if (!name.equals("gzip") && !name.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].replace(" ", "");
                if (f.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(f.substring(2)) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }
}
