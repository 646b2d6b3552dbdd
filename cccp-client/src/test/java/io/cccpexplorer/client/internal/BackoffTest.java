package io.cccpexplorer.client.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void boundsDoubleUpToTheMaximumWithoutOverflow() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), bound -> bound - 1);

        assertThat(b.boundMillis(0)).isEqualTo(100);
        assertThat(b.boundMillis(1)).isEqualTo(200);
        assertThat(b.boundMillis(5)).isEqualTo(3200);
        assertThat(b.boundMillis(6)).isEqualTo(5000);
        assertThat(b.boundMillis(1000)).isEqualTo(5000);
        assertThat(b.delayMillis(2)).isEqualTo(400);
    }

    @Test
    void fullJitterCanPickAnyDelayButNeverZero() {
        Backoff low = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), bound -> 0);
        Backoff high = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), bound -> bound - 1);

        assertThat(low.delayMillis(3)).isEqualTo(1);
        assertThat(high.delayMillis(3)).isEqualTo(800);
    }
}
