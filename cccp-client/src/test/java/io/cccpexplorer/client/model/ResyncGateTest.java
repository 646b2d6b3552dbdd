package io.cccpexplorer.client.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResyncGateTest {

    private final ResyncGate<String> gate = new ResyncGate<>(List.of("agents", "calls", "tasks", "queues"));

    @Test
    void afterAReconnectTheModelResyncsOnceTheLastListReloaded() {
        gate.connectionLost();
        assertThat(gate.resynced("calls")).isFalse();
        assertThat(gate.resynced("agents")).isFalse();
        assertThat(gate.resynced("queues")).isFalse();
        assertThat(gate.resynced("tasks")).isTrue();
    }

    @Test
    void severalDisconnectionsBeforeTheReloadStillMakeOneResync() {
        gate.connectionLost();
        gate.connectionLost();
        for (String list : List.of("agents", "calls", "tasks")) {
            assertThat(gate.resynced(list)).isFalse();
        }
        assertThat(gate.resynced("queues")).isTrue();
    }

    @Test
    void aListResyncedAloneAfterAnOverflowResyncsAtOnce() {
        assertThat(gate.resynced("calls")).isTrue();
        assertThat(gate.resynced("calls")).isTrue();
    }
}
