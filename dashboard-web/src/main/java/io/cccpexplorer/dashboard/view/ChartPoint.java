package io.cccpexplorer.dashboard.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.QueueFigures;

/**
 * One point of the intraday chart: the model's project figures at one moment.
 *
 * @param callsInProgress calls in a queue now: waiting, ringing or talking ({@link QueueFigures#callsInProgress()})
 * @param t when it was taken (epoch milliseconds)
 * @param serviceLevel the day's service level so far (0..1), {@code null} before the first answered or abandoned call
 */
public record ChartPoint(long t, @JsonProperty("calls_in_progress") int callsInProgress, int waiting,
                         @JsonProperty("service_level") Double serviceLevel) {

    /** The point of a snapshot taken at {@code t}; zeros when the snapshot has no project figures. */
    public static ChartPoint of(ContactCenterSnapshot s, long t) {
        QueueFigures f = s.projectFigures();
        return f == null ? new ChartPoint(t, 0, 0, null)
                : new ChartPoint(t, f.callsInProgress(), f.waiting(), f.serviceLevel());
    }
}
