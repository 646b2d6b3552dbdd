package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.arguments.ArgumentReader;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decoder of every explorer message id (wire spec §4.2), as a table indexed by id, built once from the records
 * that {@link ExplorerMessage} permits: each gives its {@code ID} and its {@code static read(ArgumentReader)}.
 * Adding a record to the sealed interface is all it takes to decode it; a record without both fails at class
 * initialisation, so the first test that decodes anything names it.
 */
final class ExplorerDecoders {

    /** One record's decoder: a direct call to its {@code read}, so the per-frame path costs one array load. */
    @FunctionalInterface
    interface Decoder {
        ExplorerMessage read(ArgumentReader in);
    }

    private static final Map<Integer, Class<? extends ExplorerMessage>> TYPES;
    private static final Decoder[] BY_ID;

    static {
        Map<Integer, Class<? extends ExplorerMessage>> types = new TreeMap<>();
        Map<Integer, Decoder> decoders = new TreeMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Class<?> permitted : ExplorerMessage.class.getPermittedSubclasses()) {
            if (permitted == UnknownMessage.class) {
                continue;
            }
            Class<? extends ExplorerMessage> type = permitted.asSubclass(ExplorerMessage.class);
            int id = idOf(type);
            Class<? extends ExplorerMessage> twin = types.put(id, type);
            if (twin != null) {
                throw new IllegalStateException("explorer id " + id + " is claimed by " + twin.getSimpleName()
                        + " and " + type.getSimpleName());
            }
            decoders.put(id, decoderOf(lookup, type));
        }
        int max = types.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        BY_ID = new Decoder[max + 1];
        decoders.forEach((id, decoder) -> BY_ID[id] = decoder);
        TYPES = Collections.unmodifiableMap(types);
    }

    private ExplorerDecoders() {
    }

    /** The message for {@code id}, or {@code null} when the explorer interface has no such id. */
    static ExplorerMessage decode(int id, ArgumentReader in) {
        Decoder decoder = id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
        return decoder == null ? null : decoder.read(in);
    }

    /** The record of each id the decoder knows, by id: every permitted record except {@link UnknownMessage}. */
    static Map<Integer, Class<? extends ExplorerMessage>> types() {
        return TYPES;
    }

    private static int idOf(Class<? extends ExplorerMessage> type) {
        try {
            Field field = type.getField("ID");
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != int.class) {
                throw new IllegalStateException(type.getSimpleName() + ".ID is not a static int");
            }
            int id = field.getInt(null);
            if (id < 0 || id > 0xFFFF) {
                throw new IllegalStateException(type.getSimpleName() + ".ID " + id + " is not a 16-bit id");
            }
            return id;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no public static int ID", e);
        }
    }

    private static Decoder decoderOf(MethodHandles.Lookup lookup, Class<? extends ExplorerMessage> type) {
        try {
            MethodHandle read = lookup.findStatic(type, "read", MethodType.methodType(type, ArgumentReader.class));
            MethodType erased = MethodType.methodType(ExplorerMessage.class, ArgumentReader.class);
            return (Decoder) LambdaMetafactory.metafactory(lookup, "read", MethodType.methodType(Decoder.class),
                    erased, read, read.type()).getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException(type.getSimpleName() + " has no static " + type.getSimpleName()
                    + " read(ArgumentReader)", e);
        }
    }
}
