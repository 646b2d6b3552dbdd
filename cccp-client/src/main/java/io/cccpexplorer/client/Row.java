package io.cccpexplorer.client;

import io.cccpexplorer.client.Value.BooleanValue;
import io.cccpexplorer.client.Value.DateValue;
import io.cccpexplorer.client.Value.NumberValue;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One object as seen through a {@link RowFormat}: its id and the values of the format's paths that the server
 * sent. Immutable.
 *
 * @param objectId the object id
 * @param values   values by dotted path ({@code user.login}); a path without value is absent
 */
public record Row(int objectId, Map<String, Value> values) {

    /**
     * Copies the values.
     *
     * @param objectId the object id
     * @param values   values by dotted path
     */
    public Row {
        values = Map.copyOf(values);
    }

    /**
     * @param path a dotted path of the format
     * @return the value at {@code path}, {@link Value.Undefined} when the server sent none
     */
    public Value get(String path) {
        return values.getOrDefault(path, Value.Undefined.INSTANCE);
    }

    /**
     * @param path a dotted path of the format
     * @return the value as text: "" when undefined or a nil date
     */
    public String text(String path) {
        return get(path).asText();
    }

    /**
     * @param path     a dotted path of the format
     * @param fallback what to return when the value is not a number
     * @return the numeric value as a long
     */
    public long number(String path, long fallback) {
        return get(path) instanceof NumberValue n ? n.asLong() : fallback;
    }

    /**
     * @param path     a dotted path of the format
     * @param fallback what to return when the value is neither a boolean nor a number
     * @return the boolean (a number counts as true when non-zero)
     */
    public boolean bool(String path, boolean fallback) {
        Value v = get(path);
        if (v instanceof BooleanValue b) {
            return b.value();
        }
        return v instanceof NumberValue n ? n.value() != 0 : fallback;
    }

    /**
     * @param path a dotted path of the format
     * @return the date in its own offset, {@code null} when undefined or nil
     */
    public OffsetDateTime date(String path) {
        return get(path) instanceof DateValue d ? d.toOffsetDateTime() : null;
    }
}
