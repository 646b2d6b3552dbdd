package io.cccpexplorer.simulator;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** A started simulator: its projects, each listening on its port. Closing it stops everything. */
public final class RunningSimulator implements AutoCloseable {

    private final Map<String, ProjectRuntime> projects;
    private final Runnable shutdown;

    RunningSimulator(Map<String, ProjectRuntime> projects, Runnable shutdown) {
        this.projects = Collections.unmodifiableMap(new LinkedHashMap<>(projects));
        this.shutdown = shutdown;
    }

    /** The project called {@code name}; an error listing the known ones otherwise. */
    public RunningProject project(String name) {
        RunningProject p = projects.get(name);
        if (p == null) {
            throw new NoSuchElementException("project: " + name + " (expected one of " + projects.keySet() + ")");
        }
        return p;
    }

    public Collection<? extends RunningProject> projects() {
        return projects.values();
    }

    @Override
    public void close() {
        shutdown.run();
    }
}
