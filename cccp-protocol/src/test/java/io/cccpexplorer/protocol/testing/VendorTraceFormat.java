package io.cccpexplorer.protocol.testing;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.wire.CReal;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Prints a decoded message the way the vendor's client prints it in {@code -verbose} mode, so a golden test can
 * compare our decoding with the vendor's, value by value: argument names (from our record components), unsigned
 * integers, booleans as 0/1, reals as {@code %g}, dates as UTC wall time plus the sender's offset, and object
 * dumps that omit NULL strings and empty lists, as the vendor does.
 */
public final class VendorTraceFormat {

    private static final DateTimeFormatter METHOD_DATE = DateTimeFormatter.ofPattern("HH:mm:ss 'le' dd/MM/yyyy");
    private static final DateTimeFormatter OBJECT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final String PROTOCOL = "com.consistent.protocol.";

    private VendorTraceFormat() {
    }

    /** The call line followed by the dump of each non-null object argument. */
    public static List<String> render(ExplorerMessage message) {
        List<String> dump = new ArrayList<>();
        StringJoiner args = new StringJoiner(", ", "explorer_" + snake(message.getClass().getSimpleName()) + "(", ")");
        for (RecordComponent c : message.getClass().getRecordComponents()) {
            String name = snake(c.getName());
            Object value = valueOf(c, message);
            args.add(name + "=" + (name.equals("password") ? "\"*****\"" : argument(value, dump)));
        }
        List<String> lines = new ArrayList<>();
        lines.add(args.toString());
        lines.addAll(dump);
        return lines;
    }

    private static Object valueOf(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
    }

    private static String argument(Object value, List<String> dump) {
        if (value instanceof Integer i) {
            return Integer.toUnsignedString(i);
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof Double d) {
            return CReal.format(d, CReal.METHOD_PRECISION);
        }
        if (value instanceof CccpDate d) {
            return wallTime(d).format(METHOD_DATE);
        }
        if (value == null) {
            return "(nil)";
        }
        if (value instanceof ProtocolList list) {
            root(dump, "consistent_protocol_list", w -> list(w, "items", list.items(), VendorTraceFormat::item));
        } else if (value instanceof ObjectFormat format) {
            root(dump, "consistent_protocol_object_format", w -> {
                w.scalar("format_id", Integer.toUnsignedString(format.formatId()));
                list(w, "fields", format.fields(), VendorTraceFormat::formatField);
            });
        } else if (value instanceof ProtocolObject object) {
            root(dump, "consistent_protocol_object", w -> list(w, "values", object.values(), VendorTraceFormat::value));
        } else {
            throw new IllegalArgumentException("no vendor dump format for " + value.getClass().getSimpleName());
        }
        return "<object>";
    }

    private static void item(Dump w, ListItem item) {
        w.object("consistent_protocol_list_item", () -> {
            w.scalar("action", Integer.toUnsignedString(item.action()));
            if (item.path() != null) {
                w.scalar("path", '"' + item.path() + '"');
            }
            w.scalar("item_id", Integer.toUnsignedString(item.itemId()));
            w.scalar("rank", Integer.toUnsignedString(item.rank()));
        });
    }

    private static void formatField(Dump w, FormatField field) {
        w.object("consistent_protocol_object_format_field", () -> {
            w.scalar("field_index", Integer.toUnsignedString(field.fieldIndex()));
            w.scalar("name", '"' + field.name() + '"');
            if (field.query() != null) {
                w.scalar("query", '"' + field.query() + '"');
            }
            list(w, "fields", field.fields(), VendorTraceFormat::formatField);
        });
    }

    private static void value(Dump w, ObjectValue value) {
        FieldValue v = value.value();
        String type = switch (v.type()) {
            case UINT_32 -> "uint_32";
            case INT_32 -> "int_32";
            case REAL -> "real";
            case BOOLEAN -> "boolean";
            case STRING -> "string";
            case DATE -> "date";
            case UINT_64 -> "uint_64";
            default -> throw new IllegalArgumentException("not a value type: " + v.type());
        };
        w.object("consistent_protocol_object_value_" + type, () -> {
            w.scalar("field_index", Integer.toUnsignedString(value.fieldIndex()));
            w.scalar("value", objectValue(v));
        });
    }

    private static String objectValue(FieldValue v) {
        if (v instanceof FieldValue.Str s) {
            return '"' + s.value() + '"';
        }
        if (v instanceof FieldValue.Bool b) {
            return b.value() ? "1" : "0";
        }
        if (v instanceof FieldValue.Real r) {
            return CReal.format(r.value(), CReal.METHOD_PRECISION);
        }
        if (v instanceof FieldValue.Date d) {
            return objectDate(d.value());
        }
        return v.toString();   // the integer records print themselves unsigned
    }

    /** {@code 08/02/2026 09:03:46.383749 +0100}: UTC wall time, microseconds, the sender's offset. */
    public static String objectDate(CccpDate d) {
        int offset = d.offsetSeconds();
        int minutes = Math.abs(offset) / 60;
        return LocalDateTime.ofEpochSecond(d.seconds(), 0, ZoneOffset.UTC).format(OBJECT_DATE)
                + String.format(".%06d %s%02d%02d", d.microseconds(), offset < 0 ? "-" : "+",
                        minutes / 60, minutes % 60);
    }

    private static LocalDateTime wallTime(CccpDate d) {
        return LocalDateTime.ofEpochSecond(d.seconds(), 0, ZoneOffset.ofTotalSeconds(d.offsetSeconds()));
    }

    private static <T> void list(Dump w, String name, List<T> items, java.util.function.BiConsumer<Dump, T> element) {
        if (items.isEmpty()) {
            return;
        }
        w.line(name + " =");
        w.line("\t{");
        w.depth++;
        for (T item : items) {
            element.accept(w, item);
        }
        w.depth--;
        w.line("\t}");
    }

    private static void root(List<String> out, String className, java.util.function.Consumer<Dump> fields) {
        Dump w = new Dump(out);
        w.depth = 1;
        w.line(PROTOCOL + className + " 0 (ptr) =");
        w.line("\t{");
        w.depth++;
        fields.accept(w);
        w.depth--;
        w.line("\t}");
    }

    /** Lines indented by tabs, one level per object. */
    private static final class Dump {
        final List<String> out;
        int depth;

        Dump(List<String> out) {
            this.out = out;
        }

        void line(String text) {
            out.add("\t".repeat(depth) + text);
        }

        void scalar(String name, String value) {
            line(name + " = " + value + ";");
        }

        void object(String className, Runnable fields) {
            line(className + " 0 (ptr) =");
            line("\t{");
            depth++;
            fields.run();
            depth--;
            line("\t}");
        }
    }

    static String snake(String camel) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    s.append('_');
                }
                s.append(Character.toLowerCase(c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
