package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.project.ProjectDirectory;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.time.Instant;

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
