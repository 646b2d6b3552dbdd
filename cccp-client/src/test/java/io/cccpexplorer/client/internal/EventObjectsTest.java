package io.cccpexplorer.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.client.EventObject;
import io.cccpexplorer.client.EventValue;
import io.cccpexplorer.client.Value;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.objects.NamedObject;
import io.cccpexplorer.protocol.objects.NamedScalar;
import io.cccpexplorer.protocol.wire.CccpDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An event's named-value tree crosses between the protocol's type and the client's without loss. */
class EventObjectsTest {

    private static final OffsetDateTime WHEN = OffsetDateTime.parse("2026-02-08T09:15:30.000250+01:00");

    @Test
    void everyScalarTypeAndNestedTreesSurviveTheRoundTrip() {
        NamedObject wire = new NamedObject("root", List.of(
                new NamedScalar("s", new FieldValue.Str("text")),
                new NamedScalar("b", new FieldValue.Bool(true)),
                new NamedScalar("i", new FieldValue.I32(-42)),
                new NamedScalar("u", new FieldValue.U32(0xFFFF_FFFE)),
                new NamedScalar("r", new FieldValue.Real(2.5)),
                new NamedScalar("d", new FieldValue.Date(CccpDate.of(WHEN))),
                new NamedScalar("nil", new FieldValue.Date(CccpDate.NIL)),
                new NamedObject("child", List.of(new NamedScalar(null, new FieldValue.I32(7))), "iface")));

        EventObject tree = EventObjects.fromWire(wire);

        assertThat(tree.name()).isEqualTo("root");
        assertThat(tree.get("s")).contains(new EventValue.Scalar("s", new Value.StringValue("text")));
        assertThat(tree.get("u")).contains(new EventValue.Scalar("u", new Value.NumberValue(4_294_967_294.0, false)));
        assertThat(tree.get("d")).contains(new EventValue.Scalar("d", Value.DateValue.of(WHEN)));
        assertThat(tree.get("nil")).contains(new EventValue.Scalar("nil", Value.DateValue.NIL));
        EventObject child = (EventObject) tree.get("child").orElseThrow();
        assertThat(child.interfaceType()).isEqualTo("iface");
        assertThat(child.entries()).containsExactly(new EventValue.Scalar(null, new Value.NumberValue(7, false)));

        assertThat(EventObjects.toWire(tree)).isEqualTo(wire);
        assertThat(EventObjects.fromWire(EventObjects.toWire(tree))).isEqualTo(tree);
    }

    @Test
    void noObjectStaysNoObject() {
        assertThat(EventObjects.fromWire(null)).isNull();
        assertThat(EventObjects.toWire(null)).isNull();
    }

    @Test
    void integersTakeTheNarrowestWireTypeThatHoldsThem() {
        NamedObject wire = EventObjects.toWire(new EventObject("n", List.of(
                new EventValue.Scalar("small", new Value.NumberValue(-5, false)),
                new EventValue.Scalar("big", new Value.NumberValue(3_000_000_000.0, false)),
                new EventValue.Scalar("huge", new Value.NumberValue(1e12, false)))));
        assertThat(wire.values()).extracting(v -> ((NamedScalar) v).value()).containsExactly(
                new FieldValue.I32(-5), new FieldValue.U32((int) 3_000_000_000L), new FieldValue.Real(1e12));
    }

    @Test
    void anUndefinedValueCannotBeSent() {
        EventObject bad = new EventObject("n", List.of(new EventValue.Scalar("x", Value.Undefined.INSTANCE)));
        assertThatThrownBy(() -> EventObjects.toWire(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("undefined");
    }
}
