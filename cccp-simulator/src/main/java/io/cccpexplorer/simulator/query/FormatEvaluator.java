package io.cccpexplorer.simulator.query;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.simulator.db.DbObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an object format on an object: every leaf that resolves to a value gives one entry keyed by its
 * {@code field_index}, in format order. Absent leaves (unknown field, null reference, empty list) give nothing.
 * A leaf that resolves to an object or a list sends no value (observed: the vendor's report prints undefined).
 */
public final class FormatEvaluator {

    private FormatEvaluator() {
    }

    public static Map<Integer, FieldValue> evaluate(ObjectFormat format, DbObject object, Visits visits) {
        Map<Integer, FieldValue> out = new LinkedHashMap<>();
        walk(format.fields(), object, visits, out);
        return out;
    }

    private static void walk(List<FormatField> nodes, Object current, Visits visits, Map<Integer, FieldValue> out) {
        for (FormatField node : nodes) {
            Object next = Navigator.formatStep(current, node.name(), node.query(), visits);
            if (node.isLeaf()) {
                FieldValue v = leafValue(next);
                if (v != null) {
                    out.put(node.fieldIndex(), v);
                }
            } else if (next != null) {
                walk(node.fields(), next, visits, out);
            }
        }
    }

    private static FieldValue leafValue(Object value) {
        if (value instanceof FieldValue v) {
            return v;
        }
        return null;   // observed: a reference (or list) as a leaf sends nothing; the vendor's report prints undefined
    }
}
