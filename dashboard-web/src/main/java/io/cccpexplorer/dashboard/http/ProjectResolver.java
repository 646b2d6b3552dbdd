package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;

/**
 * Finds the project a request is about: its explicit {@code project} parameter (query or body), else the project
 * this browser session selected, else the only project when exactly one is configured (as the original's
 * {@code /api/status} did), else 400 {@code project_required}. Never a default chosen among several.
 */
final class ProjectResolver {

    private final ProjectHubs hubs;

    ProjectResolver(ProjectHubs hubs) {
        this.hubs = hubs;
    }

    ProjectHub fromQuery(ApiRequest request) {
        return resolve(request, request.query("project"));
    }

    ProjectHub fromBody(ApiRequest request) {
        String project = request.bodyText("project");
        return resolve(request, project == null ? request.query("project") : project);
    }

    private ProjectHub resolve(ApiRequest request, String explicit) {
        String project = explicit != null && !explicit.isBlank() ? explicit
                : request.session() == null ? null : request.session().selectedProject();
        if (project == null) {
            project = onlyProject();
        }
        if (project == null) {
            throw ApiException.badRequest("project_required",
                    "Name a project (parameter 'project') or select one with POST /api/select_server");
        }
        return hubs.hub(project);
    }

    /** The name of the single project when exactly one is configured, else {@code null}. */
    private String onlyProject() {
        try {
            var servers = hubs.catalog().servers();
            return servers.size() == 1 ? servers.get(0).project() : null;
        } catch (io.cccpexplorer.dashboard.project.DirectoryUnavailableException e) {
            return null;   // cannot tell: ask for a name
        }
    }
}
