package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the tests that read object deltas off the wire share: a format's leaf fields and a delta's values by index. */
final class ObjectDeltas {

    private ObjectDeltas() {
    }

    static FormatField leaf(int index, String name) {
        return new FormatField(index, name, null, List.of());
    }

    static Map<Integer, FieldValue> values(ObjectResponse r) {
        return r.object().values().stream().collect(Collectors.toMap(ObjectValue::fieldIndex, ObjectValue::value));
    }

    static FieldValue u32(int value) {
        return new FieldValue.U32(value);
    }
}
