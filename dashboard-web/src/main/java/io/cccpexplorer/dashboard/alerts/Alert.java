package io.cccpexplorer.dashboard.alerts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.dashboard.view.IsoTime;
import java.time.OffsetDateTime;

/**
 * One alert: a figure that stayed past its threshold, from the moment it was raised until it cleared. Immutable;
 * each change is a new value with the same id ({@code Alert} in API.md).
 *
 * @param id unique in this dashboard's life
 * @param level the current level; an alert raised at warn may go to alarm and back before it clears
 * @param value the figure when the alert was raised or last changed level
 * @param limit the limit of {@code level} that the figure crossed
 * @param acknowledgedBy who acknowledged the current level ({@code "-"} without authentication), or {@code null}
 * @param cleared when it cleared, or {@code null} while open
 */
public record Alert(long id, String project, @JsonIgnore Subject subject, @JsonIgnore AlertMetric metric,
                    @JsonIgnore Severity level, double value, double limit, @JsonIgnore OffsetDateTime raised,
                    @JsonIgnore OffsetDateTime levelSince, @JsonProperty("acknowledged_by") String acknowledgedBy,
                    @JsonIgnore OffsetDateTime acknowledged, @JsonIgnore OffsetDateTime cleared,
                    @JsonProperty("cleared_reason") String clearedReason) {

    /** Cleared because the figure went back to normal. */
    public static final String RECOVERED = "recovered";
    /** Cleared because nobody watches the project any more, so its figures are no longer read. */
    public static final String NOT_WATCHED = "not_watched";

    public boolean open() {
        return cleared == null;
    }

    Alert withLevel(Severity newLevel, double newValue, double newLimit, OffsetDateTime now) {
        // a higher level needs a new acknowledgement; a lower one keeps it
        boolean keepAck = newLevel.compareTo(level) < 0;
        return new Alert(id, project, subject, metric, newLevel, newValue, newLimit, raised, now,
                keepAck ? acknowledgedBy : null, keepAck ? acknowledged : null, null, null);
    }

    Alert acknowledgedBy(String user, OffsetDateTime now) {
        return new Alert(id, project, subject, metric, level, value, limit, raised, levelSince, user, now, null, null);
    }

    Alert clearedAt(OffsetDateTime now, String reason) {
        return new Alert(id, project, subject, metric, level, value, limit, raised, levelSince, acknowledgedBy,
                acknowledged, now, reason);
    }

    @JsonProperty("metric")
    public String metricWire() {
        return metric.wire();
    }

    @JsonProperty("scope")
    public String scopeWire() {
        return subject.kind().wire();
    }

    @JsonProperty("subject")
    public String subjectName() {
        return subject.name();
    }

    @JsonProperty("level")
    public String levelWire() {
        return level.wire();
    }

    @JsonProperty("state")
    public String state() {
        return open() ? "open" : "cleared";
    }

    @JsonProperty("raised_at")
    public String raisedAt() {
        return IsoTime.iso(raised);
    }

    @JsonProperty("level_since")
    public String levelSinceIso() {
        return IsoTime.iso(levelSince);
    }

    @JsonProperty("acknowledged_at")
    public String acknowledgedAt() {
        return IsoTime.iso(acknowledged);
    }

    @JsonProperty("cleared_at")
    public String clearedAt() {
        return IsoTime.iso(cleared);
    }
}
