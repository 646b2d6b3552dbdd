package io.cccpexplorer.simulator.db;

import io.cccpexplorer.spec.ClassSpec;
import io.cccpexplorer.spec.FieldSpec;
import io.cccpexplorer.spec.ProtocolSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes of {@code com.consistent.ccenter.dispatch_db} and the classes it embeds, built once from
 * {@code protocol-spec} (the one description of the protocol): every class of {@link #NAMESPACES} whose class id
 * is known, with its fields whose wire id is known and whose type the database keeps (scalars, lists, internal
 * and direct references). So every class, field and wire id the simulator can serve is the spec's.
 */
public final class Schema {

    /** The namespaces the dispatch's database is made of. */
    public static final Set<String> NAMESPACES = Set.of("com.consistent.ccenter.dispatch_db", "com.consistent.db",
            "com.consistent.ccenter.queues", "com.consistent.protocol");

    private static final Schema DISPATCH = fromSpec(ProtocolSpec.load());

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

    /** Every class of the schema. */
    public List<ClassDef> classes() {
        return List.copyOf(byName.values());
    }

    /** The schema of {@code spec}'s classes in {@link #NAMESPACES} (see the class comment). */
    static Schema fromSpec(ProtocolSpec spec) {
        Map<String, ClassSpec> selected = new LinkedHashMap<>();
        for (ClassSpec c : spec.classes()) {
            if (NAMESPACES.contains(c.namespace()) && c.classId().isPresent()) {
                ClassSpec clash = selected.put(c.name(), c);
                if (clash != null) {
                    throw new IllegalStateException("two classes named " + c.name() + " in " + NAMESPACES);
                }
            }
        }
        Map<String, ClassDef> built = new HashMap<>();
        for (String name : selected.keySet()) {
            build(name, selected, built);
        }
        return new Schema(built);
    }

    private static ClassDef build(String name, Map<String, ClassSpec> specs, Map<String, ClassDef> built) {
        ClassDef done = built.get(name);
        if (done != null) {
            return done;
        }
        ClassSpec spec = specs.get(name);
        // the root class wow_xml_object (no namespace) carries no field: a class deriving from it has no superclass
        ClassDef superclass = spec.parent() == null || !specs.containsKey(spec.parent()) ? null
                : build(spec.parent(), specs, built);
        if (spec.parent() != null && superclass == null && !spec.parentNamespace().isEmpty()) {
            throw new IllegalStateException("class " + name + ": parent " + spec.qualifiedParent()
                    + " has no class id in the spec");
        }
        List<FieldDef> fields = new ArrayList<>();
        for (FieldSpec f : spec.fields()) {
            FieldKind kind = FieldKind.ofTypeCode(f.type().code());
            if (f.hasId() && kind != null) {
                fields.add(new FieldDef(f.id(), f.name(), kind, f.itemClass(), 0));
            }
        }
        ClassDef c = new ClassDef(spec.classId().getAsInt(), name, superclass, fields);
        built.put(name, c);
        return c;
    }
}
