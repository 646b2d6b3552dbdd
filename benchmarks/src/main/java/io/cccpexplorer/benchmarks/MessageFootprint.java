package io.cccpexplorer.benchmarks;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bytes a decoded message occupies on the heap, computed from its objects rather than measured: HotSpot 64-bit
 * with compressed references and class pointers (JDK 17 defaults below 32 GiB of heap): a 12-byte object header
 * (16 for arrays: header and length), 4-byte references, fields packed, every object rounded up to 8 bytes.
 * A {@code String} of Latin-1 chars is its 24-byte object and a {@code byte[]} of its length.
 *
 * <p>Objects that an earlier decode of the same frame also reached (the nil date, {@code List.of()}, interned
 * constants) are shared, not allocated per frame, and do not count.
 */
final class MessageFootprint {

    private static final int HEADER = 12;
    private static final int ARRAY_HEADER = 16;
    private static final int STRING = 24;

    /** Bytes and object count per class, sorted by class name. */
    final Map<String, long[]> byClass = new TreeMap<>();
    long bytes;

    private MessageFootprint() {
    }

    /** The footprint of {@code message}, leaving out every object {@code earlier} (another decode) reaches. */
    static MessageFootprint of(Object message, Object earlier) {
        Set<Object> shared = reachable(earlier);
        MessageFootprint footprint = new MessageFootprint();
        for (Object o : reachable(message)) {
            if (!shared.contains(o)) {
                footprint.add(o);
            }
        }
        return footprint;
    }

    private void add(Object o) {
        long size = sizeOf(o);
        bytes += size;
        long[] entry = byClass.computeIfAbsent(o.getClass().getName(), k -> new long[2]);
        entry[0]++;
        entry[1] += size;
    }

    private static Set<Object> reachable(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (!seen.add(o) || o instanceof String || o.getClass().isEnum()) {
                continue;
            }
            if (o.getClass().isArray()) {
                if (!o.getClass().getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        pushIfPresent(todo, Array.get(o, i));
                    }
                }
                continue;
            }
            for (Field f : instanceFields(o.getClass())) {
                if (!f.getType().isPrimitive() && isOurs(f.getDeclaringClass())) {
                    pushIfPresent(todo, read(f, o));
                }
            }
        }
        return seen;
    }

    private static void pushIfPresent(Deque<Object> todo, Object o) {
        if (o != null) {
            todo.push(o);
        }
    }

    private static long sizeOf(Object o) {
        if (o instanceof String s) {
            return STRING + align(ARRAY_HEADER + s.length());
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            return align(ARRAY_HEADER + (long) Array.getLength(o) * width(c.getComponentType()));
        }
        if (!isOurs(c)) {
            throw new IllegalStateException("not one of the message classes: " + c.getName());
        }
        long size = HEADER;
        for (Field f : instanceFields(c)) {
            size += width(f.getType());
        }
        return align(size);
    }

    private static boolean isOurs(Class<?> c) {
        return c.getName().startsWith("io.cccpexplorer.");
    }

    private static Iterable<Field> instanceFields(Class<?> c) {
        Deque<Field> fields = new ArrayDeque<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static Object read(Field f, Object o) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int width(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class || !type.isPrimitive()) {
            return 4;
        }
        return type == short.class || type == char.class ? 2 : 1;
    }

    private static long align(long size) {
        return (size + 7) & ~7L;
    }
}
