package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.Value;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolObject;

import java.util.HashMap;
import java.util.Map;

/** Turns object responses into {@link Row}s: the first one is the whole row, later ones are merged in. */
final class RowAssembler {

    private RowAssembler() {
    }

    static Row first(int objectId, RowFormat format, ProtocolObject object) {
        return merge(new Row(objectId, Map.of()), format, object);
    }

    static Row merge(Row row, RowFormat format, ProtocolObject delta) {
        if (delta.values().isEmpty()) {
            return row;
        }
        Map<String, Value> values = new HashMap<>(row.values());
        for (ObjectValue v : delta.values()) {
            String path = format.pathOf(v.fieldIndex());
            if (path != null) {
                values.put(path, Value.of(v.value()));
            }
        }
        return new Row(row.objectId(), values);
    }
}
