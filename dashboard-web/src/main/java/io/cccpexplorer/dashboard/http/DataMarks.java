package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.project.ProjectDirectory;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.time.Instant;
import java.util.Optional;

/**
 * How fresh a data answer is, in headers every answer of the same kind carries, so a script can tell live data
 * from data kept through an outage without parsing the body: {@code X-Data-State} ({@code live}, or why not),
 * {@code X-Data-As-Of} (ISO-8601 instant the data was last known good) and {@code Age} (seconds since then, the
 * standard header of answers served from a cache).
 */
final class DataMarks {

    static final HttpString STATE = new HttpString("X-Data-State");
    static final HttpString AS_OF = new HttpString("X-Data-As-Of");

    private DataMarks() {
    }

    /**
     * Marks an answer holding a project's data: {@code live} with the time of the answer, else the connection's
     * state ({@code reconnecting}, {@code offline}) with the time the outage began, the last moment the data was
     * known to be current. Before the project's first complete picture the state is {@code loading}, or
     * {@code unavailable} when the server left it unanswered (503 {@code data_unavailable} where lists are refused).
     *
     * @param requireLoaded whether an answer before the first picture is refused (503 {@code data_loading} with
     *                      {@code Retry-After}) instead of being marked: lists would read as "nobody is there"
     */
    static void project(ApiRequest r, ProjectHub hub, Instant now, boolean requireLoaded) {
        ConnectionStatus c = hub.connection();
        if (!hub.feed().loaded()) {
            Optional<String> failure = hub.feed().loadFailure();
            if (requireLoaded && failure.isPresent()) {
                r.exchange().getResponseHeaders().put(Headers.RETRY_AFTER, 30);
                throw new ApiException(503, "data_unavailable", "The first picture of project " + hub.project()
                        + " could not be loaded: " + failure.get()
                        + "; the client keeps asking for it, and the lists are answered once it has loaded");
            }
            if (requireLoaded) {
                r.exchange().getResponseHeaders().put(Headers.RETRY_AFTER, 2);
                throw new ApiException(503, "data_loading", "The first picture of project " + hub.project()
                        + " is still loading (" + c.state().wire() + "); try again in a moment");
            }
            mark(r, failure.isPresent() ? "unavailable" : "loading", null, now);
            return;
        }
        boolean live = c.state() == ConnectionStatus.State.LIVE;
        mark(r, c.state().wire(), live ? now : c.since().toInstant(), now);
    }

    /** Marks an answer holding MySQL's project list. */
    static void directory(ApiRequest r, ProjectDirectory.Listing l, Instant now) {
        mark(r, l.stale() ? "stale" : "live", l.asOf(), now);
    }

    static void mark(ApiRequest r, String state, Instant asOf, Instant now) {
        var headers = r.exchange().getResponseHeaders();
        headers.put(STATE, state);
        if (asOf != null) {
            headers.put(AS_OF, asOf.toString());
            headers.put(Headers.AGE, Math.max(0, now.getEpochSecond() - asOf.getEpochSecond()));
        }
    }
}
