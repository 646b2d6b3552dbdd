package io.cccpexplorer.client;

import java.util.Objects;

/**
 * An explorer event, as a client sends it ({@code client_event}) or a server pushes it ({@code server_event}):
 * a name such as {@code com.consistent.ccenter.dispatch.load_day.2026_02_08}, its source and target, a delay, and an
 * optional named-value tree ({@link EventObject}).
 *
 * @param name   the event's name
 * @param source its source, "" for none
 * @param target its target, "" for none
 * @param delay  its delay, in seconds
 * @param object the event's values, {@code null} for none (the NULL object on the wire)
 */
public record CccpEvent(String name, String source, String target, double delay, EventObject object) {

    /**
     * Checks the name; a {@code null} source or target becomes "".
     *
     * @param name   the event's name
     * @param source its source
     * @param target its target
     * @param delay  its delay, in seconds
     * @param object the event's values, or {@code null}
     */
    public CccpEvent {
        Objects.requireNonNull(name, "name");
        source = Objects.requireNonNullElse(source, "");
        target = Objects.requireNonNullElse(target, "");
    }

    /**
     * An event with only a name, as {@code ccenter_update -event NAME} sends it.
     *
     * @param name the event's name
     * @return the event
     */
    public static CccpEvent named(String name) {
        return new CccpEvent(name, "", "", 0, null);
    }

    /**
     * The dispatch's "load this day of logs" event (slave mode); it answers {@code day_loaded} or {@code bad_day}.
     *
     * @param day the day to load
     * @return the event
     */
    public static CccpEvent loadDay(java.time.LocalDate day) {
        return named(String.format("com.consistent.ccenter.dispatch.load_day.%04d_%02d_%02d",
                day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
    }
}
