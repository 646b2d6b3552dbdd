package io.cccpexplorer.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every field path that the main code of any module asks a dispatch for must exist in the spec, so that a typo
 * ("connections.first.incomming") fails the build instead of printing {@code undefined} forever. Paths are
 * collected from the sources of every module of this repository (the central places where code names them):
 * the string literals of {@code RowFormat.of(...)}, the list field of {@code ListQuery.of(id, "field")}, the
 * names in {@code .filter(".[...]")} expressions and the literal paths read from rows ({@code row.text("...")}).
 * A path resolves when some class the dispatch serves (reachable from {@code ccenter_dispatch_db}) has its first field
 * (or inherits it) and every next step is a field of the class the previous one refers to (or of a subclass: lists are
 * polymorphic), {@code first}/{@code last}/ {@code count}/an index/a name on a list, or a pseudo field
 * ({@code object_id}, {@code object_class}); it must end on a value, not on a list or a reference (those send nothing).
 */
class FieldPathsInMainCodeTest {

    private static final Pattern ROW_FORMAT = Pattern.compile("RowFormat\\.of\\(([^;]*?)\\)\\s*[;,)]", Pattern.DOTALL);
    private static final Pattern LIST_QUERY = Pattern.compile("ListQuery\\.of\\([^,]+,\\s*\"([a-z_]+)\"\\s*\\)");
    private static final Pattern FILTER = Pattern.compile("\\.filter\\(\"\\.\\[([^\"]*)\\]\"");
    private static final Pattern ROW_READ =
            Pattern.compile("\\brow\\.(?:text|date|bool|number|get)\\(\"([a-z_][a-z_0-9.]*)\"");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern FILTER_NAME = Pattern.compile("'[^']*'|\"[^\"]*\"|([a-z_][a-z_0-9]*(?:/[a-z_0-9]+)*)");
    private static final Set<String> FILTER_WORDS = Set.of("eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not",
            "div", "idiv", "mod", "true", "false");
    private static final Set<String> PSEUDO = Set.of("object_id", "object_class");
    private static final Set<String> LIST_STEPS = Set.of("first", "last");

    private static ProtocolSpec spec;
    private static Map<String, List<ClassSpec>> subclasses;
    /** The classes a dispatch serves: its root class and every class its lists and references reach. */
    private static List<ClassSpec> served;

    @BeforeAll
    static void load() {
        spec = ProtocolSpec.load();
        subclasses = new LinkedHashMap<>();
        for (ClassSpec c : spec.classes()) {
            spec.parentOf(c).ifPresent(p -> subclasses.computeIfAbsent(p.qualifiedName(), k -> new ArrayList<>())
                    .add(c));
        }
        served = new ArrayList<>();
        List<ClassSpec> todo = new ArrayList<>(List.of(spec.classNamed("ccenter_dispatch_db").orElseThrow()));
        while (!todo.isEmpty()) {
            for (ClassSpec c : withSubclasses(List.of(todo.remove(todo.size() - 1)))) {
                if (served.contains(c)) {
                    continue;
                }
                served.add(c);
                for (ClassSpec k = c; k != null; k = spec.parentOf(k).orElse(null)) {
                    k.fields().stream().filter(f -> f.type().refersToClass())
                            .forEach(f -> spec.itemClassOf(f).ifPresent(todo::add));
                }
            }
        }
    }

    @Test
    void everyFieldPathOfTheMainCodeResolvesInTheSpec() throws IOException {
        Map<String, Set<String>> paths = collect();
        assertThat(paths).as("the scan found the client model's formats").containsKey("connections.first.incoming");

        List<String> unresolved = new ArrayList<>();
        paths.forEach((path, where) -> {
            if (!resolves(path)) {
                unresolved.add(path + "  (" + String.join(", ", where) + ")");
            }
        });
        assertThat(unresolved).as("field paths of the main code that no class of the spec has").isEmpty();
    }

    @Test
    void theResolverRefusesTyposAndPathsEndingOnAListOrAReference() {
        assertThat(resolves("connections.first.incoming")).isTrue();
        assertThat(resolves("manager_session.user.login")).isTrue();
        assertThat(resolves("states.last.display_name")).isTrue();
        assertThat(resolves("events.count")).isTrue();
        assertThat(resolves("connections.first.incomming")).isFalse();
        assertThat(resolves("user.logn")).isFalse();
        assertThat(resolves("user_tasks")).as("a list as a leaf sends nothing").isFalse();
        assertThat(resolves("manager_session")).as("a reference as a leaf sends nothing").isFalse();
        assertThat(resolves("manager_session.login_date")).isTrue();
    }

    /** path → the files that name it. */
    private static Map<String, Set<String>> collect() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> scan(f, root, out));
                }
            }
        }
        return out;
    }

    private static void scan(Path file, Path root, Map<String, Set<String>> out) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String where = root.relativize(file).toString();
        Matcher m = ROW_FORMAT.matcher(text);
        while (m.find()) {
            Matcher s = STRING.matcher(m.group(1));
            while (s.find()) {
                add(out, s.group(1), where);
            }
        }
        m = LIST_QUERY.matcher(text);
        while (m.find()) {
            add(out, m.group(1) + ".count", where);
        }
        m = FILTER.matcher(text);
        while (m.find()) {
            Matcher n = FILTER_NAME.matcher(m.group(1));
            while (n.find()) {
                if (n.group(1) != null && !FILTER_WORDS.contains(n.group(1))) {
                    add(out, n.group(1).replace('/', '.'), where);
                }
            }
        }
        m = ROW_READ.matcher(text);
        while (m.find()) {
            add(out, m.group(1), where);
        }
    }

    private static void add(Map<String, Set<String>> out, String path, String where) {
        out.computeIfAbsent(path, k -> new LinkedHashSet<>()).add(where);
    }

    private static boolean resolves(String path) {
        String[] steps = path.split("\\.");
        for (ClassSpec c : served) {
            if (resolvesFrom(List.of(c), steps, 0)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code steps[i..]} resolves from one of {@code classes} (each with its subclasses). */
    private static boolean resolvesFrom(List<ClassSpec> classes, String[] steps, int i) {
        String step = steps[i];
        boolean last = i == steps.length - 1;
        if (PSEUDO.contains(step)) {
            return last;
        }
        for (ClassSpec c : withSubclasses(classes)) {
            FieldSpec f = field(c, step);
            if (f == null) {
                continue;
            }
            if (!f.type().refersToClass()) {
                if (last) {
                    return true;
                }
                continue;
            }
            if (last) {
                continue;   // a list or reference as leaf
            }
            List<ClassSpec> target = spec.itemClassOf(f).map(List::of).orElse(List.of());
            if (f.type().code() == FieldTypeSpec.LIST) {
                String next = steps[i + 1];
                if (next.equals("count")) {
                    if (i + 1 == steps.length - 1) {
                        return true;
                    }
                    continue;
                }
                boolean element = LIST_STEPS.contains(next) || next.chars().allMatch(Character::isDigit)
                        || target.stream().anyMatch(t -> field(t, "name") != null);   // a named item
                if (element && i + 2 < steps.length && resolvesFrom(target, steps, i + 2)) {
                    return true;
                }
            } else if (resolvesFrom(target, steps, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static List<ClassSpec> withSubclasses(List<ClassSpec> classes) {
        List<ClassSpec> out = new ArrayList<>();
        List<ClassSpec> todo = new ArrayList<>(classes);
        while (!todo.isEmpty()) {
            ClassSpec c = todo.remove(todo.size() - 1);
            if (!out.contains(c)) {
                out.add(c);
                todo.addAll(subclasses.getOrDefault(c.qualifiedName(), List.of()));
            }
        }
        return out;
    }

    /** The field {@code name} of {@code c} or of one of its ancestors. */
    private static FieldSpec field(ClassSpec c, String name) {
        for (ClassSpec k = c; k != null; k = spec.parentOf(k).orElse(null)) {
            var f = k.field(name);
            if (f.isPresent()) {
                return f.get();
            }
        }
        return null;
    }
}
