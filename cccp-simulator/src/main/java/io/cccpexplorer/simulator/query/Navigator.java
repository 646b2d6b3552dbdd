package io.cccpexplorer.simulator.query;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.FieldDef;

/**
 * One step of navigation by name, shared by object formats (dotted paths) and filters ({@code /} paths).
 * A step goes from an object, a list or nothing to an object, a list, a scalar {@link FieldValue} or nothing
 * ({@code null}: the field does not exist or a reference is null).
 *
 * <ul>
 *   <li>on an object: the pseudo fields {@code object_id}, {@code object_class}; a field of its class; otherwise
 *       the last entry of its {@code scripting_values} with that name (inferred: how {@code last_record.value}
 *       style leaves find script variables);</li>
 *   <li>on a list: {@code first}, {@code last}, {@code count} (observed: a decimal index and an item's name are
 *       no steps on the dispatch's lists, its report prints undefined); the one exception, inferred, is a list of
 *       named values ({@code attributes.local_number.value}), where a name selects the last item of that name.</li>
 * </ul>
 *
 * <p>Object formats have one more rule ({@link #formatStep}, observed): an unknown name on an object selects the
 * statistic of that name ({@code row.logged.current} on a user, {@code row.incomings.current} on the root,
 * {@code row.<statistic>.value} or {@code row.state_group_inbound.count} on a session), and a format node with a query
 * is a statistic query ({@code row.state_pause.duration('0')}). Filters do not see statistics by name (observed: a
 * filter on {@code logged/current} lists nothing).
 */
public final class Navigator {

    /** The item class of named values. */
    private static final String NAMED_VALUE = "consistent_protocol_named_object_value";

    /** Observed: the lists whose entries an object format reaches by name, in the order they are searched. */
    private static final java.util.List<String> STATISTIC_LISTS =
            java.util.List.of("statistics", "item_statistics", "duration_statistics", "array_statistics");

    private Navigator() {
    }

    /** Resolves a whole path of steps from {@code start}. */
    public static Object resolve(DbObject start, Iterable<String> steps, Visits visits) {
        Object current = start;
        for (String step : steps) {
            current = step(current, step, visits);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** One step; see the class comment. */
    public static Object step(Object current, String name, Visits visits) {
        if (current instanceof DbObject o) {
            return onObject(o, name, visits);
        }
        if (current instanceof DbList l) {
            return onList(l, name, visits);
        }
        return null;
    }

    private static Object onObject(DbObject o, String name, Visits visits) {
        visits.visit(o);
        switch (name) {
            case "object_id":
                return new FieldValue.U32(o.id());
            case "object_class":
                return new FieldValue.Str(o.classDef().name());
            // observed: "father" and "rank" are no pseudo fields of the vendor's dispatch (its report prints
            // undefined for them on every class); they resolve like any unknown name
            case ".":
                return o;
            default:
                break;
        }
        FieldDef field = o.classDef().field(name);
        if (field != null) {
            Object raw = o.get(field);
            return field.kind().isScalar() ? scalar(field, raw) : raw;
        }
        FieldDef scripting = o.classDef().field("scripting_values");
        if (scripting != null) {
            return byName(o.list("scripting_values"), name, visits);
        }
        return null;
    }

    private static Object onList(DbList l, String name, Visits visits) {
        visits.visit(l.owner());
        switch (name) {
            case "first":
                return l.first();
            case "last":
                return l.last();
            case "count":
                return new FieldValue.U32(l.size());
            default:
                break;
        }
        if (l.field().itemClass() != null && l.field().itemClass().equals(NAMED_VALUE)) {
            return byName(l, name, visits);
        }
        return null;
    }

    /**
     * One step of an object format: like {@link #step}, plus statistics by name on an object and statistic
     * queries (a node with a {@code query}, see {@link StatisticQuery}).
     */
    public static Object formatStep(Object current, String name, String query, Visits visits) {
        if (query != null) {
            return current instanceof DbObject stat ? StatisticQuery.answer(stat, name, query, visits) : null;
        }
        Object next = step(current, name, visits);
        if (next == null && current instanceof DbObject o && o.classDef().field(name) == null) {
            for (String list : STATISTIC_LISTS) {
                if (o.classDef().field(list) != null) {
                    DbObject stat = byName(o.list(list), name, visits);
                    if (stat != null) {
                        return stat;
                    }
                }
            }
        }
        return next;
    }

    private static DbObject byName(DbList l, String name, Visits visits) {
        for (int i = l.size() - 1; i >= 0; i--) {
            DbObject item = l.get(i);
            FieldDef nameField = item.classDef().field("name");
            if (nameField != null && name.equals(item.get(nameField))) {
                visits.visit(item);
                return item;
            }
        }
        return null;
    }

    /** The wire value of a scalar field's raw value. */
    public static FieldValue scalar(FieldDef field, Object raw) {
        return switch (field.kind()) {
            case UINT32 -> new FieldValue.U32((Integer) raw);
            case INT32 -> new FieldValue.I32((Integer) raw);
            case UINT64 -> new FieldValue.U64((Long) raw);
            case REAL -> new FieldValue.Real((Double) raw);
            case BOOLEAN -> FieldValue.Bool.of((Boolean) raw);
            case STRING -> new FieldValue.Str((String) raw);
            case DATE -> new FieldValue.Date((CccpDate) raw);
            default -> throw new IllegalArgumentException(field.name() + " is not a scalar");
        };
    }
}
