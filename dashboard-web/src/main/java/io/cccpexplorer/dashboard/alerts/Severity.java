package io.cccpexplorer.dashboard.alerts;

import java.util.Locale;

/** How bad a breached threshold is: amber or red on the screens. */
public enum Severity {
    WARN, ALARM;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
