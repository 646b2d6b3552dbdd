package io.cccpexplorer.client.soak;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;

/**
 * Mutates a valid frame (8-byte header: u32 LE total length, u32 LE message id, then arguments) the ways a bad
 * network or a hostile peer would: flipped bits, extreme integers, cut or grown arguments with a consistent or an
 * inconsistent length, another message id, random arguments. Seeded: a run can be repeated.
 */
final class FrameMutator {

    static final int KINDS = 9;
    private static final int[] EXTREMES = {0, -1, 1, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF, 0x1_0000, 8 * 1024 * 1024};

    private final Random random;

    FrameMutator(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** One mutation of {@code frame} (never modified); the result is a whole frame unless the kind lies about it. */
    byte[] mutate(byte[] frame) {
        byte[] f = frame.clone();
        int payload = f.length - 8;
        switch (random.nextInt(KINDS)) {
            case 0 -> {   // a few flipped bits in the arguments
                for (int i = 0, n = 1 + random.nextInt(8); i < n && payload > 0; i++) {
                    int at = 8 + random.nextInt(payload);
                    f[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {   // one byte set to a boundary value
                if (payload > 0) {
                    f[8 + random.nextInt(payload)] = (byte) new int[] {0, 0xFF, 0x7F, 0x80}[random.nextInt(4)];
                }
            }
            case 2 -> {   // a 32-bit integer (a length, a count, an id) set to an extreme
                if (payload >= 4) {
                    int at = 8 + random.nextInt(payload - 3);
                    ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN)
                            .putInt(at, EXTREMES[random.nextInt(EXTREMES.length)]);
                }
            }
            case 3 -> f = withLength(Arrays.copyOf(f, 8 + (payload == 0 ? 0 : random.nextInt(payload))));   // cut
            case 4 -> {   // grown by random bytes
                byte[] tail = new byte[1 + random.nextInt(64)];
                random.nextBytes(tail);
                byte[] g = Arrays.copyOf(f, f.length + tail.length);
                System.arraycopy(tail, 0, g, f.length, tail.length);
                f = withLength(g);
            }
            case 5 -> {   // a slice of the arguments repeated
                if (payload > 0) {
                    int from = 8 + random.nextInt(payload);
                    int len = 1 + random.nextInt(Math.min(64, f.length - from));
                    byte[] g = new byte[f.length + len];
                    System.arraycopy(f, 0, g, 0, from + len);
                    System.arraycopy(f, from, g, from + len, f.length - from);
                    f = withLength(g);
                }
            }
            case 6 -> {   // the header's length lies (shorter or longer than what follows, never past 1 MiB)
                int lie = new int[] {0, 4, 7, 8, f.length - 1, f.length + 1, f.length + 4096,
                        1 << 20}[random.nextInt(8)];
                ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN).putInt(0, lie);
            }
            case 7 -> ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN)   // another message id, known or not
                    .putInt(4, random.nextBoolean() ? random.nextInt(100) : random.nextInt());
            default -> {  // random arguments of the same length
                byte[] junk = new byte[payload];
                random.nextBytes(junk);
                System.arraycopy(junk, 0, f, 8, payload);
            }
        }
        return f;
    }

    private static byte[] withLength(byte[] f) {
        ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN).putInt(0, f.length);
        return f;
    }
}
