package io.cccpexplorer.dashboard.view;

import io.cccpexplorer.client.model.SessionEvent;

/** One line of the session console; {@code data} is complete (never cut at a {@code |}). */
public record ConsoleRow(long id, String date, String source, String target, String state, String name,
                         String data) {

    public static ConsoleRow of(long id, SessionEvent e) {
        return new ConsoleRow(id, IsoTime.iso(e.date()), e.source(), e.target(), e.state(), e.name(), e.data());
    }
}
