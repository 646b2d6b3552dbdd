package io.cccpexplorer.simulator.traffic;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTemporizationEnded;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationTest {

    private static final long START = 1_770_624_000_000_000L;

    @Test
    void recordsEmittedDrawNothingFromTheTrafficsRandomStream() {
        // one record more per action (a ccxml record added to the generator) must not change the day's traffic
        List<Long> fewer = draws(1);
        List<Long> more = draws(3);
        assertThat(more).isEqualTo(fewer).hasSize(10);
    }

    @Test
    void stampsStrictlyIncreaseAFewTensOfMicrosecondsApartAndAreTheSameForASeed() {
        List<RlogEntry> a = records(7);
        List<RlogEntry> b = records(7);
        assertThat(a).hasSize(30).isEqualTo(b);
        for (int i = 1; i < a.size(); i++) {
            long gap = micros(a.get(i)) - micros(a.get(i - 1));
            assertThat(gap).isBetween(1L, 80L);
        }
        assertThat(records(8)).as("another seed, other jitter").isNotEqualTo(a);
    }

    private static List<Long> draws(int recordsPerAction) {
        Simulation sim = new Simulation(42, START, ZoneOffset.UTC);
        List<Long> draws = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sim.after(1_000_000L * i, () -> {
                for (int r = 0; r < recordsPerAction; r++) {
                    sim.emit(new UserTaskTemporizationEnded("session_1", r));
                }
                draws.add(sim.random().nextLong());
            });
        }
        sim.runUntil(START + 60_000_000L);
        return draws;
    }

    private static List<RlogEntry> records(long seed) {
        Simulation sim = new Simulation(seed, START, ZoneOffset.UTC);
        sim.after(0, () -> {
            for (int r = 0; r < 30; r++) {
                sim.emit(new UserTaskTemporizationEnded("session_1", r));
            }
        });
        sim.runUntil(START + 1_000_000L);
        List<RlogEntry> out = new ArrayList<>();
        sim.drainUntil(START + 1_000_000L, out);
        return out;
    }

    private static long micros(RlogEntry e) {
        return e.date().seconds() * 1_000_000L + e.date().microseconds();
    }
}
