package io.cccpexplorer.simulator.db;

import java.util.List;

/** Hears the changes of a {@link DispatchDatabase}, one committed batch at a time, in order. */
@FunctionalInterface
public interface DatabaseListener {

    void onCommit(List<DatabaseChange> changes);
}
