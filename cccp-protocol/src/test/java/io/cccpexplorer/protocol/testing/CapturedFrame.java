package io.cccpexplorer.protocol.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One frame of a {@code *.frames.txt} capture: its direction and bytes. The file is a hex dump per frame:
 * {@code C->S len=13 id=103 (0x0067)} followed by {@code 0000: 0d 00 ...  ascii} lines.
 */
public record CapturedFrame(boolean fromClient, int declaredLength, int declaredId, byte[] bytes) {

    private static final Pattern HEADER = Pattern.compile("^(C->S|S->C) len=(\\d+) id=(\\d+) .*$");
    private static final Pattern DUMP = Pattern.compile("^\\s+[0-9a-f]{4}: ((?:[0-9a-f]{2} )*[0-9a-f]{2})");

    public static List<CapturedFrame> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CapturedFrame> frames = new ArrayList<>();
        Matcher header = null;
        StringBuilder hex = new StringBuilder();
        for (String line : lines) {
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                if (header != null) {
                    frames.add(of(header, hex));
                }
                header = h;
                hex.setLength(0);
                continue;
            }
            Matcher d = DUMP.matcher(line);
            if (d.find()) {
                hex.append(d.group(1)).append(' ');
            }
        }
        if (header != null) {
            frames.add(of(header, hex));
        }
        return frames;
    }

    private static CapturedFrame of(Matcher header, CharSequence hex) {
        return new CapturedFrame(header.group(1).equals("C->S"), Integer.parseInt(header.group(2)),
                Integer.parseInt(header.group(3)), Hex.bytes(hex.toString()));
    }
}
