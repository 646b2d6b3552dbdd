package io.cccpexplorer.dashboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertSettingsTest {

    @Test
    void withoutConfigurationTheDefaultsApply() {
        AlertSettings s = AlertSettings.parse(Map.of());
        assertThat(s.rules().threshold("ACME", Subject.queue("SAV"), AlertMetric.WAITING)).get()
                .extracting(Threshold::warn, Threshold::alarm).containsExactly(5.0, 10.0);
        assertThat(s.webhook()).isEmpty();
    }

    @Test
    void keysAndTheInlineListReplaceDefaultsEntryByEntry() {
        AlertSettings s = AlertSettings.parse(Map.of(
                "alerts", "*/*.waiting=warn 2 alarm 4 hold 30s clear 1m; ACME.pause_s=off",
                "alert.ACME/SAV.longest_wait_s", "alarm 30"));
        Threshold waiting = s.rules().threshold("X", Subject.queue("Q"), AlertMetric.WAITING).orElseThrow();
        assertThat(waiting).isEqualTo(new Threshold(2.0, 4.0, Duration.ofSeconds(30), Duration.ofMinutes(1)));
        assertThat(s.rules().threshold("ACME", Subject.agent("a1"), AlertMetric.PAUSE_S)).isEmpty();
        assertThat(s.rules().threshold("BETA", Subject.agent("a1"), AlertMetric.PAUSE_S)).isPresent();
        assertThat(s.rules().threshold("ACME", Subject.queue("SAV"), AlertMetric.LONGEST_WAIT_S).orElseThrow()
                .warn()).isNull();
    }

    @Test
    void offSwitchesEverythingOff() {
        assertThat(AlertSettings.parse(Map.of("alerts", "off")).rules().isEmpty()).isTrue();
    }

    @Test
    void theWebhookTakesItsTimeoutAndAttempts() {
        AlertSettings s = AlertSettings.parse(Map.of("alerts.webhook", "https://hooks.example/cccp",
                "alerts.webhook.timeout", "3s", "alerts.webhook.attempts", "2"));
        assertThat(s.webhook()).get().extracting(WebhookSettings::timeout, WebhookSettings::attempts)
                .containsExactly(Duration.ofSeconds(3), 2);
    }

    @Test
    void badEntriesNameTheKeyAndWhatWasExpected() {
        assertThatThrownBy(() -> AlertSettings.parse(Map.of("alert.*/*.queue_length", "warn 5")))
                .hasMessageContaining("unknown metric 'queue_length'").hasMessageContaining("longest_wait_s");
        assertThatThrownBy(() -> AlertSettings.parse(Map.of("alert.*/*.waiting", "warn five")))
                .hasMessageContaining("alert '*/*.waiting'").hasMessageContaining("expected: warn N");
        assertThatThrownBy(() -> AlertSettings.parse(Map.of("alert.*/*.waiting", "warn 10 alarm 5")))
                .hasMessageContaining("already past the alarm limit");
        assertThatThrownBy(() -> AlertSettings.parse(Map.of("alert.*/SAV.pause_s", "warn 60")))
                .hasMessageContaining("watched per agent");
        assertThatThrownBy(() -> AlertSettings.parse(Map.of("alerts", "waiting warn 5")))
                .hasMessageContaining("expected: PROJECT[/QUEUE].metric=warn N alarm N");
        assertThatThrownBy(() -> AlertSettings.parse(Map.of("alerts.webhook", "ftp://x/y")))
                .hasMessageContaining("expected: an http(s) URL");
        assertThatThrownBy(() -> AlertSettings.parse(Map.of("alert.*.waiting", "warn 5 hold soon")))
                .hasMessageContaining("a duration such as 30s");
    }
}
