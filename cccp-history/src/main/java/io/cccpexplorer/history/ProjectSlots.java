package io.cccpexplorer.history;

/**
 * Each project's time grid (its zone and day start): the writer files a project's rows by its business days, the
 * reports cut its intervals and label them in its local time. Several projects share one store, each in its own
 * zone.
 */
@FunctionalInterface
public interface ProjectSlots {

    /** {@return the time grid of {@code project}} */
    Slots of(String project);

    /** Every project on one grid. */
    static ProjectSlots all(Slots slots) {
        return project -> slots;
    }
}
