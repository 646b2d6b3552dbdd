package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.QueueStats;
import java.time.OffsetDateTime;

/** JSON of one queue ({@code Queue} in API.md); counters are the server's own. */
public record QueueView(String name, @JsonProperty("full_name") String fullName,
                        @JsonProperty("object_id") String objectId, String type,
                        @JsonProperty("display_name") String displayName, int logged, int working,
                        int waiting, @JsonProperty("longest_wait_seconds") long longestWaitSeconds,
                        @JsonProperty("oldest_waiting_iso") String oldestWaitingIso,
                        @JsonProperty("calls_in_progress") int callsInProgress,
                        @JsonProperty("virtual") boolean virtualQueue, boolean hidden) {

    public static QueueView of(QueueStats q, OffsetDateTime now) {
        String name = shortName(q.name());
        return new QueueView(name, q.name(), Integer.toString(q.objectId()), q.type() == null ? "queue" : q.type(),
                q.displayName() == null || q.displayName().isEmpty() ? name : q.displayName(),
                q.logged(), q.working(), q.waiting(), q.longestWait(now.toInstant()).toSeconds(), IsoTime.iso(q.oldestWaiting()),
                q.callsInProgress(), q.virtualQueue() || name.startsWith("VQ_"), q.hiddenInViews());
    }

    /** {@code ACME__SAV} → {@code SAV}: everything up to and including the first {@code __} goes. */
    public static String shortName(String fullName) {
        if (fullName == null) {
            return "-";
        }
        int cut = fullName.indexOf("__");
        return cut < 0 ? fullName : fullName.substring(cut + 2);
    }
}
