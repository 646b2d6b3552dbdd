package io.cccpexplorer.dashboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.ManualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Alert changes reach the SSE streams at most once per alert per tick ({@link AlertFrames}, drained by {@link
 * LiveAlerts#tick} once a second), and whatever happened to an alert within the tick, the one frame leaves a
 * browser in the alert's real state. The engine decides with an injected clock; "a tick" is a drain here.
 */
class AlertFramesTest {

    private final ManualClock clock = ManualClock.utc("2026-12-06T10:00:00Z");
    private final AlertCenter center = new AlertCenter(new AlertRules(List.of(
            AlertRule.parse("*/*.waiting", "warn 2 alarm 4 hold 0s clear 0s"))), clock);
    private final AlertFrames frames = new AlertFrames();

    {
        center.observe(frames::offer);
    }

    private void evaluate(double waiting) {
        center.evaluate("ACME", List.of(new Reading(Subject.queue("SAV"), AlertMetric.WAITING, waiting)));
        clock.advance(Duration.ofMillis(300));   // evaluations closer together than the ticks that send them
    }

    private static List<String> told(List<AlertChange> changes) {
        return changes.stream().map(c -> c.kind().wire() + ":" + c.alert().level().wire()).toList();
    }

    @Test
    void raisedThenClearedWithinATickIsOneClearSoEveryBrowserEndsWithoutIt() {
        evaluate(3);   // raised
        evaluate(1);   // cleared
        List<AlertChange> out = frames.drain();
        assertThat(told(out)).containsExactly("cleared:warn");
        assertThat(out.get(0).alert().clearedAt()).isNotNull();
        assertThat(frames.drain()).isEmpty();   // nothing left for the next tick
    }

    @Test
    void raisedRaisedToAlarmAndAcknowledgedWithinATickIsOneRaiseOfTheLatestAlert() {
        evaluate(3);   // warn
        evaluate(5);   // alarm
        long id = center.open("ACME").get(0).id();
        center.acknowledge("ACME", id, "sup");
        List<AlertChange> out = frames.drain();
        assertThat(told(out)).containsExactly("raised:alarm");
        assertThat(out.get(0).alert().acknowledgedBy()).isEqualTo("sup");

        // the next tick: an acknowledged alert that goes back to warn is an update, once
        evaluate(3);
        evaluate(3);
        assertThat(told(frames.drain())).containsExactly("changed:warn");
    }

    @Test
    void eachAlertGetsItsOwnFrameInTheOrderTheyFirstChanged() {
        center.evaluate("ACME", List.of(new Reading(Subject.queue("SAV"), AlertMetric.WAITING, 3),
                new Reading(Subject.queue("VIP"), AlertMetric.WAITING, 5)));
        center.evaluate("ACME", List.of(new Reading(Subject.queue("SAV"), AlertMetric.WAITING, 1),
                new Reading(Subject.queue("VIP"), AlertMetric.WAITING, 5)));
        List<AlertChange> out = frames.drain();
        assertThat(out).extracting(c -> c.alert().subject().name()).containsExactly("SAV", "VIP");
        assertThat(told(out)).containsExactly("cleared:warn", "raised:alarm");
    }
}
