package io.cccpexplorer.client;

import io.cccpexplorer.protocol.objects.NamedObject;

import java.util.Objects;

/**
 * An explorer event, as a client sends it ({@code client_event}) or a server pushes it ({@code server_event}):
 * a name such as {@code com.consistent.ccenter.dispatch.load_day.2026_02_08}, its source and target, a delay, and an
 * optional named-value tree.
 *
 * @param object the event's values, {@code null} for none (the NULL object on the wire)
 */
public record CccpEvent(String name, String source, String target, double delay, NamedObject object) {

    public CccpEvent {
        Objects.requireNonNull(name, "name");
        source = Objects.requireNonNullElse(source, "");
        target = Objects.requireNonNullElse(target, "");
    }

    /** An event with only a name, as {@code ccenter_update -event NAME} sends it. */
    public static CccpEvent named(String name) {
        return new CccpEvent(name, "", "", 0, null);
    }

    /** The dispatch's "load this day of logs" event (slave mode); it answers {@code day_loaded} or {@code bad_day}. */
    public static CccpEvent loadDay(java.time.LocalDate day) {
        return named(String.format("com.consistent.ccenter.dispatch.load_day.%04d_%02d_%02d",
                day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
    }
}
