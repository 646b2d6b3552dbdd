package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.Value;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Turns object responses into {@link Row}s: the first one is the whole row, later ones are merged in. */
final class RowAssembler {

    private RowAssembler() {
    }

    static Row first(int objectId, FormatTree format, ProtocolObject object) {
        return merge(new Row(objectId, Map.of()), format, object);
    }

    static Row merge(Row row, FormatTree format, ProtocolObject delta) {
        if (delta.values().isEmpty()) {
            return row;
        }
        // sized for every value at once: a first answer brings all of a row's values, and growing the map on
        // the way was a visible share of the connection thread's time at 30,000 rows
        int size = row.values().size() + delta.values().size();
        Map<String, Value> values = new HashMap<>(size + size / 3 + 1);
        values.putAll(row.values());
        for (ObjectValue v : delta.values()) {
            String path = format.pathOf(v.fieldIndex());
            if (path != null) {
                values.put(path, value(v.value()));
            }
        }
        return new Row(row.objectId(), values);
    }

    /** Converts a protocol value; types a row cannot hold (binary, references) become {@link Value.Undefined}. */
    static Value value(FieldValue value) {
        if (value instanceof FieldValue.Str s) {
            return new Value.StringValue(s.value() == null ? "" : s.value());
        } else if (value instanceof FieldValue.U32 u) {
            return new Value.NumberValue(u.unsigned(), false);
        } else if (value instanceof FieldValue.I32 i) {
            return new Value.NumberValue(i.value(), false);
        } else if (value instanceof FieldValue.U64 u) {
            return Value.NumberValue.ofUnsignedLong(u.value());
        } else if (value instanceof FieldValue.Real r) {
            return new Value.NumberValue(r.value(), true);
        } else if (value instanceof FieldValue.Bool b) {
            return Value.BooleanValue.of(b.value());
        } else if (value instanceof FieldValue.Date d) {
            return date(d.value());
        }
        return Value.Undefined.INSTANCE;
    }

    static Value.DateValue date(CccpDate date) {
        return date.isNil() ? Value.DateValue.NIL : new Value.DateValue(date.seconds(), date.microseconds(),
                ZoneOffset.ofTotalSeconds(date.offsetSeconds()));
    }
}
