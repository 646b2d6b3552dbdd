package io.cccpexplorer.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups over the class catalogue by class id, qualified name and simple name. A simple name may exist in
 * several namespaces (e.g. {@code assign} in both {@code org.w3.ccxml} and {@code org.w3.vxml}); it resolves to the
 * namespace with the lowest default number (Appendix B), then to namespaces outside that table.
 */
final class ClassIndex {

    private final Map<Integer, ClassSpec> byId = new HashMap<>();
    private final Map<String, ClassSpec> byQualifiedName = new HashMap<>();
    private final Map<String, List<ClassSpec>> byName = new HashMap<>();

    /**
     * @param namespaceRank position of each namespace in the default table; others rank after all of them
     * @throws IllegalArgumentException when a qualified name or a class id is listed twice
     */
    ClassIndex(List<ClassSpec> classes, Map<String, Integer> namespaceRank) {
        for (ClassSpec c : classes) {
            if (byQualifiedName.putIfAbsent(c.qualifiedName(), c) != null) {
                throw new IllegalArgumentException("class " + c.qualifiedName() + " listed twice (expected: unique)");
            }
            if (c.classId().isPresent() && byId.putIfAbsent(c.classId().getAsInt(), c) != null) {
                throw new IllegalArgumentException("class id " + hex(c.classId().getAsInt()) + " of "
                        + c.qualifiedName() + " (expected: unique)");
            }
            byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
        }
        Comparator<ClassSpec> byRank = Comparator.comparingInt(
                c -> namespaceRank.getOrDefault(c.namespace(), Integer.MAX_VALUE));
        byName.values().forEach(list -> list.sort(byRank));
    }

    Optional<ClassSpec> byId(int classId) {
        return Optional.ofNullable(byId.get(classId));
    }

    Optional<ClassSpec> qualified(String qualifiedName) {
        return Optional.ofNullable(byQualifiedName.get(qualifiedName));
    }

    /** A qualified name ({@code namespace.name}) or a simple name resolved by default-namespace order. */
    Optional<ClassSpec> named(String name) {
        ClassSpec qualified = byQualifiedName.get(name);
        if (qualified != null) {
            return Optional.of(qualified);
        }
        List<ClassSpec> candidates = byName.get(name);
        return candidates == null ? Optional.empty() : Optional.of(candidates.get(0));
    }

    static String hex(int value) {
        return String.format("0x%08X", value);
    }
}
