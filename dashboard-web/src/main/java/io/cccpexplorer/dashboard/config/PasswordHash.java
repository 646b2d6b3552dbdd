package io.cccpexplorer.dashboard.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes from the JDK, stored as {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}.
 * No character of that format is a comma, colon or whitespace, so hashes fit in {@code DASHBOARD_USERS}.
 */
public final class PasswordHash {

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int DEFAULT_ITERATIONS = 210_000;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** Hashes a password with a fresh random salt. */
    public static String hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    static String hash(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /** Checks a password against a stored hash, in time independent of where they differ. */
    public static boolean matches(char[] password, String stored) {
        String[] parts = requireWellFormed(stored);
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    static String[] requireWellFormed(String stored) {
        if (stored == null) {
            throw new IllegalArgumentException("password hash: missing (expected: " + PREFIX
                    + "$iterations$salt$hash)");
        }
        String[] parts = stored.split("\\$");
        boolean ok = parts.length == 4 && parts[0].equals(PREFIX) && parts[1].matches("[0-9]{1,7}")
                && Integer.parseInt(parts[1]) >= 1_000;
        if (ok) {
            try {
                Base64.getDecoder().decode(parts[2]);
                Base64.getDecoder().decode(parts[3]);
            } catch (IllegalArgumentException e) {
                ok = false;
            }
        }
        if (!ok) {
            throw new IllegalArgumentException("password hash: not in " + PREFIX
                    + "$iterations$salt$hash format (create one with: java -jar dashboard-web.jar hash-password)");
        }
        return parts;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
