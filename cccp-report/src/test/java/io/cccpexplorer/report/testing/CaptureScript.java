package io.cccpexplorer.report.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A capture's frames ({@code captures/*.frames.txt}): direction and exact bytes, in wire order. */
public record CaptureScript(List<Frame> frames) {

    /** One frame; {@code fromClient} for C->S. */
    public record Frame(boolean fromClient, byte[] bytes) {
        public int messageId() {
            return (bytes[4] & 0xFF) | (bytes[5] & 0xFF) << 8 | (bytes[6] & 0xFF) << 16 | (bytes[7] & 0xFF) << 24;
        }
    }

    public static CaptureScript read(Path file) throws IOException {
        List<Frame> frames = new ArrayList<>();
        Boolean fromClient = null;
        StringBuilder hex = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("C->S") || line.startsWith("S->C")) {
                if (fromClient != null) {
                    frames.add(new Frame(fromClient, HexFormat.of().parseHex(hex)));
                }
                fromClient = line.startsWith("C->S");
                hex.setLength(0);
            } else if (line.length() > 9 && line.charAt(7) == ':') {
                // "   0000: 0d 00 …  ascii": the hex area is 16 columns of 3 characters
                String area = line.substring(9, Math.min(line.length(), 9 + 48));
                hex.append(area.replace(" ", ""));
            }
        }
        if (fromClient != null) {
            frames.add(new Frame(fromClient, HexFormat.of().parseHex(hex)));
        }
        return new CaptureScript(List.copyOf(frames));
    }

    public List<Frame> clientFrames() {
        return frames.stream().filter(Frame::fromClient).toList();
    }

    /** The login and password of the capture's {@code login} frame. */
    public String[] credentials() {
        for (Frame f : clientFrames()) {
            if (f.messageId() == 10000) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(f.bytes()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                b.position(12);
                String login = str(b);
                String password = str(b);
                return new String[] {login, password};
            }
        }
        throw new IllegalStateException("no login frame");
    }

    private static String str(java.nio.ByteBuffer b) {
        int n = b.getInt();
        byte[] s = new byte[n];
        b.get(s);
        return new String(s, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
