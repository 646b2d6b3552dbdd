package io.cccpexplorer.simulator.server;

import java.time.LocalDate;

/**
 * Loads one day of log files into the database when a client sends the {@code load_day} event. Runs on the
 * database thread. A day without files loads nothing and still counts as loaded, like the vendor.
 */
@FunctionalInterface
public interface DayLoader {

    /** No log files: every day loads nothing. */
    DayLoader NONE = day -> { };

    void load(LocalDate day) throws Exception;
}
