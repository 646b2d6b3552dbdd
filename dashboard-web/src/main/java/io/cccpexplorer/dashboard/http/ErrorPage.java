package io.cccpexplorer.dashboard.http;

/** The small HTML page shown for page routes that fail (unknown project, unknown path). */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(int status, String message) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status
                + " · CCCP Explorer</title><link rel=\"stylesheet\" href=\"/static/css/app.css\"></head>"
                + "<body class=\"error-page\"><main><h1>" + status + "</h1><p>" + Html.escape(message)
                + "</p><p><a href=\"/\">Back to the projects</a></p></main></body></html>";
    }
}
