package io.cccpexplorer.dashboard.project;

/** No configured, active project has this name. */
public final class ProjectNotFoundException extends RuntimeException {

    public ProjectNotFoundException(String project) {
        super("Project '" + project + "' not found");
    }
}
