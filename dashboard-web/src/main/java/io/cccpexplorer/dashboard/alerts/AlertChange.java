package io.cccpexplorer.dashboard.alerts;

import java.util.Locale;

/** What just happened to an alert, as the SSE stream and the webhook tell it. */
public record AlertChange(Kind kind, Alert alert) {

    /** The four things that happen to an alert. */
    public enum Kind {
        RAISED, CHANGED, ACKNOWLEDGED, CLEARED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
