package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.EventObject;
import io.cccpexplorer.client.EventValue;
import io.cccpexplorer.client.Value;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.objects.NamedObject;
import io.cccpexplorer.protocol.objects.NamedScalar;
import io.cccpexplorer.protocol.objects.NamedValue;
import io.cccpexplorer.protocol.wire.CccpDate;
import java.util.ArrayList;
import java.util.List;

/** Converts between the protocol's named-object tree and the client's {@link EventObject}. */
final class EventObjects {

    private EventObjects() {
    }

    /** The client's tree of a received object; {@code null} stays {@code null} (no object on the wire). */
    static EventObject fromWire(NamedObject o) {
        if (o == null) {
            return null;
        }
        List<EventValue> entries = new ArrayList<>(o.values().size());
        for (NamedValue v : o.values()) {
            entries.add(v instanceof NamedObject nested ? fromWire(nested)
                    : new EventValue.Scalar(v.name(), RowAssembler.value(((NamedScalar) v).value())));
        }
        return new EventObject(o.name(), entries, o.interfaceType());
    }

    /** The wire tree of an object to send; {@code null} stays {@code null}. */
    static NamedObject toWire(EventObject o) {
        if (o == null) {
            return null;
        }
        List<NamedValue> values = new ArrayList<>(o.entries().size());
        for (EventValue e : o.entries()) {
            values.add(e instanceof EventObject nested ? toWire(nested)
                    : new NamedScalar(e.name(), scalar(((EventValue.Scalar) e).value())));
        }
        return new NamedObject(o.name(), values, o.interfaceType());
    }

    private static FieldValue scalar(Value v) {
        if (v instanceof Value.StringValue s) {
            return new FieldValue.Str(s.value());
        } else if (v instanceof Value.BooleanValue b) {
            return new FieldValue.Bool(b.value());
        } else if (v instanceof Value.DateValue d) {
            return new FieldValue.Date(d.isNil() ? CccpDate.NIL
                    : CccpDate.of(d.epochSeconds(), d.microseconds(), d.offset().getTotalSeconds()));
        } else if (v instanceof Value.NumberValue n) {
            double x = n.value();
            if (!n.real() && x == Math.rint(x) && x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE) {
                return new FieldValue.I32((int) x);
            }
            if (!n.real() && x == Math.rint(x) && x >= 0 && x <= 0xFFFF_FFFFL) {
                return new FieldValue.U32((int) (long) x);
            }
            return new FieldValue.Real(x);
        }
        throw new IllegalArgumentException("an event cannot carry an undefined value");
    }
}
