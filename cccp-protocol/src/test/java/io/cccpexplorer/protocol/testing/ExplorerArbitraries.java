package io.cccpexplorer.protocol.testing;

import io.cccpexplorer.protocol.blob.CdepField;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.blob.FieldType;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.UnknownMessage;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.NamedObject;
import io.cccpexplorer.protocol.objects.NamedScalar;
import io.cccpexplorer.protocol.objects.NamedValue;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.wire.Bytes;
import io.cccpexplorer.protocol.wire.CReal;
import io.cccpexplorer.protocol.wire.CccpDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * jqwik generators for everything the explorer codec carries: one generator per argument type, and from them a
 * generator for each message record (built through the record's canonical constructor, so a new
 * message type is covered as soon as it is decodable).
 */
public final class ExplorerArbitraries {

    private static final List<String> NAMESPACES = List.of(NamespaceTable.PROTOCOL, NamespaceTable.DISPATCH_DB,
            "com.consistent.db", "org.w3.ccxml", "ns.\u00e9t\u00e9");

    private ExplorerArbitraries() {
    }

    /**
     * Every explorer message record: the records the sealed {@link ExplorerMessage} permits, except
     * {@link UnknownMessage}, in id order.
     */
    public static List<Class<? extends ExplorerMessage>> messageClasses() {
        List<Class<? extends ExplorerMessage>> classes = new ArrayList<>();
        for (Class<?> permitted : ExplorerMessage.class.getPermittedSubclasses()) {
            if (permitted != UnknownMessage.class) {
                classes.add(permitted.asSubclass(ExplorerMessage.class));
            }
        }
        return classes;
    }

    public static Arbitrary<ExplorerMessage> messages() {
        List<Arbitrary<? extends ExplorerMessage>> each = messageClasses().stream()
                .<Arbitrary<? extends ExplorerMessage>>map(ExplorerArbitraries::message).toList();
        return Arbitraries.oneOf(each);
    }

    /** Instances of one message record with every component drawn from its argument type's generator. */
    public static <M extends ExplorerMessage> Arbitrary<M> message(Class<M> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components.length == 0) {
            return Arbitraries.just(instantiate(type, new Object[0]));
        }
        List<Arbitrary<Object>> args = new ArrayList<>();
        for (RecordComponent c : components) {
            args.add(argument(c.getType()).map(v -> (Object) v));
        }
        return Combinators.combine(args).as(values -> instantiate(type, values.toArray()));
    }

    private static <M> M instantiate(Class<M> type, Object[] args) {
        Class<?>[] types = new Class<?>[args.length];
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<M> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError("cannot build " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        }
    }

    private static Arbitrary<?> argument(Class<?> type) {
        if (type == int.class) {
            return u32s();
        }
        if (type == long.class) {
            return Arbitraries.longs();
        }
        if (type == boolean.class) {
            return Arbitraries.of(true, false);
        }
        if (type == double.class) {
            return reals(CReal.METHOD_PRECISION);
        }
        if (type == String.class) {
            return latin1();
        }
        if (type == CccpDate.class) {
            return dates();
        }
        if (type == Bytes.class) {
            return Arbitraries.bytes().array(byte[].class).ofMaxSize(64).map(Bytes::of);
        }
        if (type == ProtocolList.class) {
            return protocolLists().injectNull(0.1);
        }
        if (type == ProtocolObject.class) {
            return protocolObjects().injectNull(0.1);
        }
        if (type == ObjectFormat.class) {
            return objectFormats().injectNull(0.1);
        }
        if (type == NamedObject.class) {
            return namedObjects(3).injectNull(0.1);
        }
        if (type == CdepObject.class) {
            return objects(3).injectNull(0.1);
        }
        throw new IllegalArgumentException("no generator for argument type " + type.getName());
    }

    /** u32 values, edge cases included: 0, 1, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF. */
    public static Arbitrary<Integer> u32s() {
        return Arbitraries.integers().edgeCases(c -> c.add(0, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, -1));
    }

    /** Strings of Latin-1 chars (every byte value), short and long (past 127 and 255 bytes). */
    public static Arbitrary<String> latin1() {
        return latin1(300);
    }

    public static Arbitrary<String> latin1(int maxLength) {
        return Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(maxLength);
    }

    public static Arbitrary<CccpDate> dates() {
        return Combinators.combine(
                Arbitraries.longs().between(0, 0xFFFF_FFFFL),
                Arbitraries.longs().between(0, 0xFFFF_FFFFL),
                Arbitraries.integers()).as(CccpDate::new);
    }

    /**
     * Reals that survive C's {@code %g} (6 digits) or {@code %.15g} (15 digits) unchanged: decimal values with at
     * most that many significant digits, read back as the nearest double, as the receiver does. -0.0 is left out:
     * the wire sends every zero as the byte 00, so it comes back as 0.0.
     */
    public static Arbitrary<Double> reals(int digits) {
        Arbitrary<Double> any = Combinators.combine(
                Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L),
                Arbitraries.integers().between(-300, 290))
                .as((mantissa, exponent) -> mantissa * Math.pow(10, exponent));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, any),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, 1.0, -1.0, 0.5, 1e-5, 123456.0, 1e16)))
                .filter(Double::isFinite)
                .map(d -> CReal.parse(CReal.format(d, digits)))
                // subnormals hold fewer digits than %.15g prints: they are tested against C in CRealTest instead
                .filter(d -> Double.isFinite(d) && Double.compare(d, -0.0) != 0
                        && (d == 0.0 || Math.abs(d) >= Double.MIN_NORMAL));
    }

    public static Arbitrary<ProtocolList> protocolLists() {
        Arbitrary<ListItem> items = Combinators.combine(
                Arbitraries.of(ListItem.ADDED, ListItem.FILTERED_OUT, ListItem.REMOVED, 0, -1),
                latin1(20).injectNull(0.7), u32s(), u32s()).as(ListItem::new);
        return items.list().ofMaxSize(60).map(ProtocolList::new);
    }

    /** Object-level scalar values of the seven types an object value or named value can hold. */
    public static Arbitrary<FieldValue> scalarValues(boolean withUint64) {
        List<Arbitrary<? extends FieldValue>> kinds = new ArrayList<>(List.of(
                u32s().map(FieldValue.U32::new),
                u32s().map(FieldValue.I32::new),
                reals(CReal.OBJECT_PRECISION).map(FieldValue.Real::new),
                Arbitraries.of(true, false).map(FieldValue.Bool::of),
                latin1().injectNull(0.1).map(FieldValue.Str::new),
                dates().map(FieldValue.Date::new)));
        if (withUint64) {
            kinds.add(Arbitraries.longs().map(FieldValue.U64::new));
        }
        return Arbitraries.oneOf(kinds);
    }

    public static Arbitrary<ProtocolObject> protocolObjects() {
        Arbitrary<ObjectValue> values = Combinators.combine(u32s(), scalarValues(true)).as(ObjectValue::new);
        return values.list().ofMaxSize(20).map(ProtocolObject::new);
    }

    public static Arbitrary<ObjectFormat> objectFormats() {
        return Combinators.combine(u32s(), formatFields(3).list().ofMaxSize(6)).as(ObjectFormat::new);
    }

    private static Arbitrary<FormatField> formatFields(int depth) {
        Arbitrary<List<FormatField>> children = depth == 0
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> formatFields(depth - 1)).list().ofMaxSize(3);
        return Combinators.combine(u32s(), latin1(30), latin1(10).injectNull(0.7), children)
                .as(FormatField::new);
    }

    public static Arbitrary<NamedObject> namedObjects(int depth) {
        Arbitrary<NamedValue> scalar = Combinators.combine(latin1(20).injectNull(0.1), scalarValues(false))
                .as(NamedScalar::new);
        Arbitrary<NamedValue> value = depth == 0 ? scalar
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, scalar),
                        net.jqwik.api.Tuple.of(1,
                                Arbitraries.lazy(() -> namedObjects(depth - 1)).map(o -> (NamedValue) o)));
        return Combinators.combine(latin1(20).injectNull(0.1), value.list().ofMaxSize(5),
                latin1(10).injectNull(0.8)).as(NamedObject::new);
    }

    /** Generic objects: every field type, lists and direct references nested up to {@code depth}. */
    public static Arbitrary<CdepObject> objects(int depth) {
        Arbitrary<CdepField> fields = Combinators.combine(Arbitraries.integers().between(1, 0xFFFE), fieldValues(depth))
                .as(CdepField::new);
        return Combinators.combine(Arbitraries.of(NAMESPACES), u32s(), u32s(), fields.list().ofMaxSize(6))
                .as(CdepObject::new);
    }

    private static Arbitrary<FieldValue> fieldValues(int depth) {
        Arbitrary<FieldValue> inheritable = Arbitraries.oneOf(scalarValues(true),
                u32s().map(FieldValue.InternalRef::new));
        List<Arbitrary<? extends FieldValue>> kinds = new ArrayList<>(List.of(
                scalarValues(true),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(FieldValue.Binary::new),
                latin1(30).map(FieldValue.EcmaExpression::new),
                latin1(30).map(FieldValue.EcmaInstruction::new),
                u32s().map(FieldValue.InternalRef::new),
                Combinators.combine(latin1(30).injectNull(0.2), u32s()).as(FieldValue.ExternalRef::new),
                Combinators.combine(inheritable, Arbitraries.of(true, false)).as((local, defined) ->
                        new FieldValue.Inherited(local.type().inherited(), defined ? local : null))));
        if (depth > 0) {
            Arbitrary<CdepObject> nested = Arbitraries.lazy(() -> objects(depth - 1));
            kinds.add(nested.list().ofMaxSize(3).map(FieldValue.ListOf::new));
            kinds.add(nested.injectNull(0.3).map(FieldValue.DirectRef::new));
        }
        return Arbitraries.oneOf(kinds);
    }

    /** The field types a generic tree can hold; used to check the generator reaches all of them. */
    public static List<FieldType> allFieldTypes() {
        return List.of(FieldType.values());
    }
}
