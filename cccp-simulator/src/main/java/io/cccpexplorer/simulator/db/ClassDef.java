package io.cccpexplorer.simulator.db;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A database class: id, name and fields, its superclass's fields included (in class-definition order, base
 * class first). Immutable once the {@link Schema} is built.
 */
public final class ClassDef {

    private final int id;
    private final String name;
    private final ClassDef superclass;
    private final Map<String, FieldDef> fieldsByName;

    ClassDef(int id, String name, ClassDef superclass, List<FieldDef> ownFields) {
        this.id = id;
        this.name = name;
        this.superclass = superclass;
        Map<String, FieldDef> fields = new LinkedHashMap<>();
        if (superclass != null) {
            fields.putAll(superclass.fieldsByName);
        }
        for (FieldDef f : ownFields) {
            fields.put(f.name(), new FieldDef(f.id(), f.name(), f.kind(), f.itemClass(), fields.size()));
        }
        this.fieldsByName = Collections.unmodifiableMap(fields);
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The field called {@code fieldName}, or {@code null}. */
    public FieldDef field(String fieldName) {
        return fieldsByName.get(fieldName);
    }

    /** The field called {@code fieldName}; an error naming the class if it has none. */
    public FieldDef require(String fieldName) {
        FieldDef f = fieldsByName.get(fieldName);
        if (f == null) {
            throw new IllegalArgumentException(name + " has no field " + fieldName);
        }
        return f;
    }

    public Iterable<FieldDef> fields() {
        return fieldsByName.values();
    }

    public int fieldCount() {
        return fieldsByName.size();
    }

    /** True if this class is {@code className} or inherits from it. */
    public boolean isA(String className) {
        for (ClassDef c = this; c != null; c = c.superclass) {
            if (c.name.equals(className)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}
