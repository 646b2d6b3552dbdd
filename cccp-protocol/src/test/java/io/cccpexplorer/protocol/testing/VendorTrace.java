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
 * What the vendor client printed in {@code -verbose} mode ({@code *.verbose.txt}): one entry per explorer message
 * it sent ({@code ->}) or received ({@code <-}), each with the object dump that follows it, plus the namespace
 * numbers its serializer ({@code seria}) and deserializer ({@code deseria}) reported.
 *
 * <p>Memory addresses are replaced by {@code <object>} / {@code (ptr)}: they are the only text that is not a
 * fact about the bytes.
 */
public record VendorTrace(List<Entry> entries, List<NamespaceNumber> namespaces) {

    /** One message line and its object dump lines (tabs kept). */
    public record Entry(boolean sent, String call, List<String> dump) {
        public List<String> lines() {
            List<String> all = new ArrayList<>();
            all.add(call);
            all.addAll(dump);
            return all;
        }
    }

    /** {@code seria ... : naming_space <path> : <number>} (sent) or {@code deseria ...} (received). */
    public record NamespaceNumber(boolean sent, String path, int number) {
    }

    private static final Pattern CALL = Pattern.compile("^explorer_client 0x[0-9a-f]+ : (->|<-) (explorer_.*)$");
    private static final Pattern NAMESPACE =
            Pattern.compile("^(seria|deseria) 0x[0-9a-f]+ : naming_space (\\S+) : (\\d+)$");

    public static VendorTrace read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        List<NamespaceNumber> namespaces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher call = CALL.matcher(lines.get(i));
            if (call.matches()) {
                List<String> dump = new ArrayList<>();
                while (i + 1 < lines.size() && lines.get(i + 1).startsWith("\t")) {
                    dump.add(lines.get(++i).replaceAll(" \\(0x[0-9a-f]+\\) =$", " (ptr) ="));
                }
                String text = call.group(2).replaceAll("=0x[0-9a-f]+([,)])", "=<object>$1");
                entries.add(new Entry(call.group(1).equals("->"), text, List.copyOf(dump)));
                continue;
            }
            Matcher ns = NAMESPACE.matcher(lines.get(i));
            if (ns.matches()) {
                namespaces.add(new NamespaceNumber(ns.group(1).equals("seria"), ns.group(2),
                        Integer.parseInt(ns.group(3))));
            }
        }
        return new VendorTrace(List.copyOf(entries), List.copyOf(namespaces));
    }

    public List<Entry> sent(boolean sent) {
        return entries.stream().filter(e -> e.sent == sent).toList();
    }
}
