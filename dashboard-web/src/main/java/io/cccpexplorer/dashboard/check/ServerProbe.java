package io.cccpexplorer.dashboard.check;

import io.cccpexplorer.dashboard.config.ServerEntry;
import java.time.Duration;

/** Tries one CCCP server within a deadline and says what happened. */
@FunctionalInterface
public interface ServerProbe {

    CheckResult probe(ServerEntry server, Duration deadline);
}
