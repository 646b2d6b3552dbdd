package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.CurrentCall;
import io.cccpexplorer.client.model.FigureSettings;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * JSON of one agent ({@code User} in API.md); field names kept from the original dashboard. A null field is left
 * out (most agents have no current call and no pause reason): a 5,000-agent answer is rows of this record.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserView(String login, @JsonProperty("object_id") String objectId,
                       @JsonProperty("user_name") String userName, @JsonProperty("project_name") String projectName,
                       @JsonProperty("phone_contact_uri") String phoneContactUri,
                       @JsonProperty("profile_name") String profileName, String mode, String state,
                       @JsonProperty("state_since_iso") String stateSinceIso,
                       @JsonProperty("session_id") String sessionId, @JsonProperty("session_type") String sessionType,
                       String queue, List<String> queues, @JsonProperty("active_queues") String activeQueues,
                       @JsonProperty("create_date") String createDate,
                       @JsonProperty("create_date_iso") String createDateIso, String duration,
                       @JsonProperty("duration_seconds") long durationSeconds,
                       @JsonProperty("current_call") CurrentCallView currentCall,
                       @JsonProperty("is_active") boolean isActive, String status,
                       @JsonProperty("status_since") String statusSince,
                       @JsonProperty("pause_reason") String pauseReason, List<String> teams) {

    /** The call an agent is ringing with, talking on or wrapping up. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CurrentCallView(@JsonProperty("session_id") String sessionId, String caller, String queue,
                                  String direction) {

        static CurrentCallView of(CurrentCall c) {
            return c == null ? null : new CurrentCallView(c.sessionId(), c.caller(),
                    c.queue() == null ? null : io.cccpexplorer.client.model.QueueNames.shortName(c.queue()),
                    c.direction() == null ? null : c.direction().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Session type of a user session on the dispatch server. */
    private static final String USER_SESSION = "3";

    /** @param figures the project's figure settings: the agent's teams are those of its queues */
    public static UserView of(Agent a, OffsetDateTime now, FigureSettings figures) {
        List<String> shortQueues = a.queues().stream().map(io.cccpexplorer.client.model.QueueNames::shortName).toList();
        boolean unplugged = a.mode() != null && a.mode().toLowerCase(Locale.ROOT).contains("unplug");
        String queue = unplugged || shortQueues.isEmpty() ? "-" : shortQueues.get(0);
        StringBuilder active = new StringBuilder("[");
        for (String q : a.queues()) {
            active.append(active.length() > 1 ? ", " : "").append("{queue:'").append(q).append("', task:'call'}");
        }
        Duration online = a.loggedInSince() == null ? Duration.ZERO : Duration.between(a.loggedInSince(), now);
        return new UserView(a.login(), Integer.toString(a.objectId()), a.name(), a.project(),
                a.phone() == null ? "-" : a.phone(), a.profile(), a.mode(), a.stateName(), IsoTime.iso(a.stateSince()),
                a.sessionId(), USER_SESSION, queue, shortQueues, active.append(']').toString(),
                IsoTime.french(a.loggedInSince()), IsoTime.iso(a.loggedInSince()), IsoTime.human(online),
                Math.max(0, online.toSeconds()), CurrentCallView.of(a.currentCall()), true, wire(a.status()),
                IsoTime.iso(a.statusSince()), a.pauseReason(), figures.teamsOf(a.queues()));
    }

    /** {@code WRAP_UP} → {@code wrap_up}: the API's spelling of the model's statuses. */
    static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
