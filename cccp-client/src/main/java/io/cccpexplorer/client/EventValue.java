package io.cccpexplorer.client;

import java.util.Objects;

/** One entry of an event's named-value tree: a {@link Scalar} or a nested {@link EventObject}. */
public sealed interface EventValue permits EventValue.Scalar, EventObject {

    /** @return the entry's name; {@code null} when the sender left it NULL */
    String name();

    /**
     * A named boolean, number, string or date.
     *
     * @param name  the entry's name, or {@code null}
     * @param value its value, never {@code null}
     */
    record Scalar(String name, Value value) implements EventValue {
        /**
         * Checks the value is not {@code null}.
         *
         * @param name  the entry's name, or {@code null}
         * @param value its value
         */
        public Scalar {
            Objects.requireNonNull(value, "value");
        }
    }
}
