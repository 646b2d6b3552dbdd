package io.cccpexplorer.simulator.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes of {@code com.consistent.ccenter.dispatch_db} and the protocol classes it embeds, read once from
 * {@code dispatch-classes.txt} (the class tables of wire spec Appendix A, one class per line).
 */
public final class Schema {

    private static final Schema DISPATCH = load("dispatch-classes.txt");

    private final Map<String, ClassDef> byName;

    private Schema(Map<String, ClassDef> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The dispatch database schema. */
    public static Schema dispatch() {
        return DISPATCH;
    }

    /** The class called {@code name}; an error if unknown. */
    public ClassDef classNamed(String name) {
        ClassDef c = byName.get(name);
        if (c == null) {
            throw new IllegalArgumentException("unknown class: " + name);
        }
        return c;
    }

    private static Schema load(String resource) {
        try (InputStream in = Schema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // classes are listed base-first within the tables, but be safe: resolve superclasses lazily
            Map<String, String[]> lines = new java.util.LinkedHashMap<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\\|", 2);
                    String[] head = parts[0].trim().split(" ");
                    lines.put(head[1], new String[] {head[0], head[2], parts[1].trim()});
                }
            }
            Map<String, ClassDef> built = new HashMap<>();
            for (String name : lines.keySet()) {
                build(name, lines, built);
            }
            return new Schema(built);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassDef build(String name, Map<String, String[]> lines, Map<String, ClassDef> built) {
        ClassDef done = built.get(name);
        if (done != null) {
            return done;
        }
        String[] line = lines.get(name);
        ClassDef superclass = "-".equals(line[1]) ? null : build(line[1], lines, built);
        List<FieldDef> fields = new ArrayList<>();
        if (!line[2].isEmpty()) {
            for (String spec : line[2].split(";")) {
                String[] f = spec.trim().split(" ");
                FieldKind kind = FieldKind.parse(f[2]);
                String item = f[2].contains("<") ? f[2].substring(f[2].indexOf('<') + 1, f[2].length() - 1) : null;
                fields.add(new FieldDef(Integer.parseInt(f[0]), f[1], kind, item, 0));
            }
        }
        ClassDef c = new ClassDef(Integer.parseUnsignedInt(line[0].substring(2), 16), name, superclass, fields);
        built.put(name, c);
        return c;
    }
}
