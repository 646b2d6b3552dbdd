package io.cccpexplorer.simulator.traffic;

import io.cccpexplorer.protocol.rlog.LoggerRecord;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.wire.CccpDate;

import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The discrete-event core: a time-ordered queue of actions in simulated microseconds, the one seeded random
 * generator they all draw from, and the stamping of the records they emit.
 *
 * <p>Determinism: actions run in (time, scheduling order) and draw from the generator in that order, so a seed
 * gives the same records however {@link #runUntil} is sliced. Stamps strictly increase: each record is a few tens
 * of microseconds after the previous one, as a real process's consecutive log calls are; their jitter draws from a
 * stream of its own (split from the seed's), so a record added to or taken from an action changes no call, agent
 * or duration of the day. Records are numbered per UTC hour, the numbering of the hourly log file they belong in.
 */
final class Simulation {

    private static final long MICROS_PER_HOUR = 3_600_000_000L;

    private record Action(long micros, long order, Runnable run) {
    }

    private final PriorityQueue<Action> actions = new PriorityQueue<>(
            Comparator.comparingLong(Action::micros).thenComparingLong(Action::order));
    private final ArrayDeque<RlogEntry> stamped = new ArrayDeque<>();
    private final SplittableRandom random;
    private final SplittableRandom stampJitter;
    private final int offsetSeconds;
    private long order;
    private long now;
    private long lastStamp;
    private long stampHour = Long.MIN_VALUE;
    private int numberInHour;
    private long emitted;

    Simulation(long seed, long startMicros, ZoneOffset offset) {
        this.random = new SplittableRandom(seed);
        this.stampJitter = random.split();
        this.offsetSeconds = offset.getTotalSeconds();
        this.now = startMicros;
        this.lastStamp = startMicros - 1;
    }

    RandomGenerator random() {
        return random;
    }

    /** The time of the action running now, in epoch microseconds. */
    long now() {
        return now;
    }

    void at(long micros, Runnable run) {
        actions.add(new Action(Math.max(micros, now), order++, run));
    }

    void after(long delayMicros, Runnable run) {
        at(now + delayMicros, run);
    }

    /** Emits a record at the current time (or just after the previous record). */
    void emit(LoggerRecord record) {
        long stamp = Math.max(now, lastStamp + 20 + stampJitter.nextInt(60));
        lastStamp = stamp;
        long hour = Math.floorDiv(stamp, MICROS_PER_HOUR);
        if (hour != stampHour) {
            stampHour = hour;
            numberInHour = 0;
        }
        CccpDate date = new CccpDate(Math.floorDiv(stamp, 1_000_000L), Math.floorMod(stamp, 1_000_000L), offsetSeconds);
        stamped.add(new RlogEntry(date, ++numberInHour, record));
        emitted++;
    }

    CccpDate date(long micros) {
        return new CccpDate(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L), offsetSeconds);
    }

    /** Runs every action due at or before {@code limit}; actions they schedule within the limit run too. */
    void runUntil(long limit) {
        while (!actions.isEmpty() && actions.peek().micros() <= limit) {
            Action next = actions.poll();
            now = next.micros();
            next.run().run();
        }
        now = Math.max(now, limit);
    }

    /** Moves the emitted records stamped at or before {@code limit} to {@code out}, in order. */
    void drainUntil(long limit, List<RlogEntry> out) {
        while (!stamped.isEmpty() && micros(stamped.peek().date()) <= limit) {
            out.add(stamped.poll());
        }
    }

    /**
     * The earliest stamp a record not yet drained can have, in epoch microseconds: the first one emitted and not
     * drained, or else the next action's time (an action's records are stamped at or after it); {@link Long#MAX_VALUE}
     * if there is neither.
     */
    long nextRecordMicros() {
        long action = actions.isEmpty() ? Long.MAX_VALUE : actions.peek().micros();
        long undrained = stamped.isEmpty() ? Long.MAX_VALUE : micros(stamped.peek().date());
        return Math.min(action, undrained);
    }

    long emitted() {
        return emitted;
    }

    private static long micros(CccpDate date) {
        return date.seconds() * 1_000_000L + date.microseconds();
    }
}
