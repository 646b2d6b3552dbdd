package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.client.model.FigureSettings;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** JSON of one call ({@code Call} in API.md); a null field (an open call's end, disposition) is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallView(@JsonProperty("object_id") String objectId, @JsonProperty("session_id") String sessionId,
                       @JsonProperty("call_id") String callId, @JsonProperty("create_date") String createDate,
                       @JsonProperty("create_date_iso") String createDateIso,
                       @JsonProperty("terminate_date") String terminateDate,
                       @JsonProperty("terminate_date_iso") String terminateDateIso, String duration,
                       @JsonProperty("duration_seconds") long durationSeconds,
                       @JsonProperty("is_active") boolean isActive, @JsonProperty("queue_name") String queueName,
                       String agent, String caller, String called, @JsonProperty("call_type") String callType,
                       String state, String status, @JsonProperty("queued_since") String queuedSince,
                       @JsonProperty("wait_s") long waitSeconds, @JsonProperty("talk_s") long talkSeconds,
                       String disposition, List<String> teams) {

    /** A call with no team (replayed calls: the teams are a live setting). */
    public static CallView of(Call c, OffsetDateTime now) {
        return of(c, now, List.of());
    }

    /** @param figures the project's figure settings: the call's teams are those of its queue (the model's rule) */
    public static CallView of(Call c, OffsetDateTime now, FigureSettings figures) {
        return of(c, now, c.queue() == null || c.queue().isEmpty() ? List.of() : figures.teamsOf(List.of(c.queue())));
    }

    private static CallView of(Call c, OffsetDateTime now, List<String> teams) {
        Duration d = c.duration(now.toInstant());
        return new CallView(Integer.toString(c.objectId()), c.sessionId(), callId(c.sessionId()),
                IsoTime.french(c.start()), IsoTime.iso(c.start()), IsoTime.french(c.end()), IsoTime.iso(c.end()),
                IsoTime.human(d), d.toSeconds(), c.status() != CallStatus.ENDED,
                c.queue() == null || c.queue().isEmpty() ? "-"
                        : io.cccpexplorer.client.model.QueueNames.shortName(c.queue()),
                c.agentLogin() == null || c.agentLogin().isEmpty() ? "-" : c.agentLogin(), orDash(c.caller()),
                orDash(c.called()),
                c.direction().name().toLowerCase(Locale.ROOT), UserView.wire(c.status()), UserView.wire(c.status()),
                IsoTime.iso(c.queuedSince()), c.waitTime(now.toInstant()).toSeconds(),
                c.talkTime(now.toInstant()).toSeconds(), UserView.wire(c.disposition()), List.copyOf(teams));
    }

    /** {@code session_15918@…} → {@code 15918}; other ids are returned unchanged up to the {@code @}. */
    static String callId(String sessionId) {
        if (sessionId == null) {
            return "-";
        }
        int at = sessionId.indexOf('@');
        String head = at < 0 ? sessionId : sessionId.substring(0, at);
        return head.startsWith("session_") ? head.substring("session_".length()) : head;
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** True when the text appears (case-insensitively) in the caller, called, session, queue or agent. */
    public boolean matches(String needle) {
        String n = needle.toLowerCase(Locale.ROOT);
        for (String field : new String[] {caller, called, sessionId, queueName, agent, callId}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(n)) {
                return true;
            }
        }
        return false;
    }
}
