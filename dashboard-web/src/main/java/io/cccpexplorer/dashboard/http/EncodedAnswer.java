package io.cccpexplorer.dashboard.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One API answer encoded once for every request that shares it: its JSON, the same gzipped, and an entity tag
 * naming its content (equal content, equal tag, so a browser revalidating an unchanged answer gets a 304).
 *
 * @param asOf when the data was read (the answer's age is counted from here)
 */
record EncodedAnswer(byte[] json, byte[] gzip, String etag, Instant asOf) {

    static EncodedAnswer of(byte[] json, Instant asOf) {
        return new EncodedAnswer(json, gzip(json), etag(json), asOf);
    }

    /** Whether an {@code If-None-Match} header names this answer ({@code *}, or one of its tags, weak or not). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fastest deflate level: a 5,000-agent answer (≈ 4 MB) takes a fraction of the default level's CPU and is still
     * about 15 times smaller; it is compressed once per encoding, not per request.
     */
    private static byte[] gzip(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, json.length / 8));
        try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            z.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // in memory: cannot happen
        }
        return out.toByteArray();
    }

    /** A strong tag from the content's SHA-256 (128 bits of it): equal JSON, equal tag, across rebuilds. */
    private static String etag(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
