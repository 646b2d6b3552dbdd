package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.project.ProjectCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Pages (one code base for both themes: {@code _light} routes only choose the theme, which the page reads from its
 * path), static files under {@code /static/} from {@code web/}, and uPlot from its webjar.
 */
final class PageEndpoints {

    private static final String WEB = "web/";
    private static final String UPLOT = "META-INF/resources/webjars/uplot/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8", "js", "text/javascript; charset=UTF-8",
            "mjs", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "json", "application/json",
            "woff2", "font/woff2", "map", "application/json");

    private final ProjectCatalog catalog;
    /** Called with a project and the page request's {@code Accept-Encoding} once its page was sent. */
    private final BiConsumer<String, String> pageSent;
    private final ClassLoader loader = PageEndpoints.class.getClassLoader();
    private final String uplotVersion;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** @param pageSent told (on the request's thread) when a project's dashboard page was sent */
    PageEndpoints(ProjectCatalog catalog, BiConsumer<String, String> pageSent) {
        this.catalog = catalog;
        this.pageSent = pageSent;
        this.uplotVersion = webjarVersion();
    }

    List<Route> routes() {
        return List.of(
                page("/", "index.html"), page("/light", "index.html"),
                projectPage("/cst_explorer/{project}"), projectPage("/cst_explorer_light/{project}"),
                page("/console", "console.html"), page("/console_light", "console.html"),
                page("/session_console", "console.html"),
                page("/overview", "overview.html"),
                page("/reports", "reports.html"), page("/reports/console", "history-console.html"),
                wallboardPage("/wallboard/{project}"), wallboardPage("/wallboard/{project}/team/{team}"),
                new Route("GET", "/login", "page", Route.Kind.PAGE, Route.Access.PUBLIC, r -> serve(r, WEB
                        + "login.html")),
                // the protocol's description is public, like /api/protocol it is drawn from
                new Route("GET", "/protocol", "protocol_page", Route.Kind.PAGE, Route.Access.PUBLIC,
                        r -> serve(r, WEB + "protocol.html")),
                new Route("GET", "/static/**", "static", Route.Kind.STATIC, Route.Access.PUBLIC,
                        r -> serve(r, WEB + safe(r.path("rest")))),
                new Route("GET", "/webjars/uplot/**", "webjars", Route.Kind.STATIC, Route.Access.PUBLIC,
                        this::uplot));
    }

    private Route page(String path, String file) {
        return new Route("GET", path, "page", Route.Kind.PAGE, Route.Access.VIEWER, r -> serve(r, WEB + file));
    }

    /** The dashboard deep-linked to one project: unknown project → 404 page; known → selected for this browser. */
    private Route projectPage(String path) {
        return new Route("GET", path, "project_page", Route.Kind.PAGE, Route.Access.VIEWER, r -> {
            String project = r.path("project");
            if (catalog.find(project).isEmpty()) {
                throw ApiException.notFound("project_not_found", "Project '" + project + "' not found");
            }
            r.session().select(project);
            serve(r, WEB + "index.html");
            pageSent.accept(project,
                    r.exchange().getRequestHeaders().getFirst(io.undertow.util.Headers.ACCEPT_ENCODING));
        });
    }

    /** The wall-screen page of one project (README "Screens"); unknown project → 404 page. */
    private Route wallboardPage(String path) {
        return new Route("GET", path, "wallboard_page", Route.Kind.PAGE, Route.Access.VIEWER, r -> {
            String project = r.path("project");
            if (catalog.find(project).isEmpty()) {
                throw ApiException.notFound("project_not_found", "Project '" + project + "' not found");
            }
            serve(r, WEB + "wallboard.html");
        });
    }

    private void uplot(ApiRequest r) {
        String rest = safe(r.path("rest"));
        String versioned = rest.startsWith(uplotVersion + "/") ? rest : uplotVersion + "/" + rest;
        serve(r, UPLOT + versioned);
    }

    private void serve(ApiRequest r, String resource) {
        byte[] bytes = cache.computeIfAbsent(resource, this::read);
        if (bytes.length == 0 && !resource.endsWith("/")) {
            cache.remove(resource);
            throw ApiException.notFound("not_found", "No such file: " + resource.substring(resource.indexOf('/')
                    + 1));
        }
        String ext = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        r.exchange().getResponseHeaders().put(io.undertow.util.Headers.CACHE_CONTROL, "no-cache");
        r.send(200, TYPES.getOrDefault(ext, "application/octet-stream"), bytes);
    }

    private byte[] read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Refuses any path that could leave the resource folder. */
    private static String safe(String rest) {
        if (rest == null || rest.isEmpty() || rest.contains("..") || rest.contains("\\") || rest.startsWith("/")
                || rest.contains("//")) {
            throw ApiException.notFound("not_found", "No such file");
        }
        return rest;
    }

    private String webjarVersion() {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/uplot/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
