package io.cccpexplorer.simulator.traffic;

import io.cccpexplorer.protocol.rlog.LogSource;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.Alive;
import io.cccpexplorer.simulator.source.TrafficGenerator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deterministic generator of believable {@code ccxml_logger} traffic: a simulated contact center whose agents
 * log in, take calls, pause and log out, and whose callers arrive per queue (Poisson, peak rate × time-of-day
 * curve), wait, get answered, transferred or give up. Pull-driven: {@link #advanceTo} runs the simulation up to a
 * time and returns every record stamped at or before it, in order; {@link #nextRecordAt} tells when the next one is
 * stamped, so that a driver need not poll.
 *
 * <pre>{@code
 * SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.DEMO, 42, start, ZoneOffset.ofHours(1));
 * List<RlogEntry> due = traffic.advanceTo(start.plusSeconds(60));
 * }</pre>
 *
 * <p>The same profile, seed, start and offset give the same records, however time is advanced. Records are
 * numbered per UTC hour like the entries of the hourly log files, so a {@code RlogRecorder} writes exactly these
 * entries. Like a real ccxml process, the generator logs {@code alive} every minute and, at the top of each UTC
 * hour, {@code user_still_logged}/{@code user_still_in_state} for every logged-in agent.
 *
 * <p>Not thread-safe: drive it from one thread.
 */
public final class SyntheticTraffic implements TrafficGenerator {

    private static final long MINUTE = 60_000_000L;
    private static final long HOUR = 60 * MINUTE;
    /** All agents are logged in within this time after the start. */
    private static final long LOGIN_SPREAD = MINUTE;

    private final TrafficProfile profile;
    private final ZoneOffset offset;
    private final Simulation sim;
    private final ContactCenter center;
    private final double peakArrivalsPerMicro;
    private long reached;

    /**
     * @param profile the contact center to simulate
     * @param seed    the random seed: same seed, same records
     * @param start   simulated time of the first record
     * @param offset  the UTC offset of the simulated server (dates carry it; the day curve uses its local hours)
     */
    public SyntheticTraffic(TrafficProfile profile, long seed, Instant start, ZoneOffset offset) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.offset = Objects.requireNonNull(offset, "offset");
        long startMicros = Math.multiplyExact(start.getEpochSecond(), 1_000_000L) + start.getNano() / 1_000;
        this.sim = new Simulation(seed, startMicros, offset);
        this.center = new ContactCenter(profile, sim, new Identifiers(profile.host(), start.getEpochSecond(), seed));
        this.peakArrivalsPerMicro = profile.callsPerHour() / HOUR;
        this.reached = startMicros;

        sim.at(startMicros, () -> sim.emit(Alive.INSTANCE));
        center.staffAll(LOGIN_SPREAD);
        scheduleAlive(Math.floorDiv(startMicros, MINUTE) * MINUTE + MINUTE);
        scheduleHour(Math.floorDiv(startMicros, HOUR) * HOUR + HOUR);
        scheduleArrival(startMicros);
    }

    /**
     * Runs the simulation up to {@code now} and returns the records stamped at or before it that were not returned
     * before, oldest first. A {@code now} earlier than the time already reached returns nothing.
     */
    @Override
    public List<RlogEntry> advanceTo(Instant now) {
        long limit = Math.multiplyExact(now.getEpochSecond(), 1_000_000L) + now.getNano() / 1_000;
        List<RlogEntry> due = new ArrayList<>();
        if (limit < reached) {
            return due;
        }
        sim.runUntil(limit);
        sim.drainUntil(limit, due);
        reached = limit;
        return due;
    }

    /**
     * The earliest stamp of the next record {@link #advanceTo} returns: none is stamped before it. Known as long as
     * the simulation runs (an {@code alive} record is due every minute).
     */
    @Override
    public Optional<Instant> nextRecordAt() {
        long micros = sim.nextRecordMicros();
        return micros == Long.MAX_VALUE ? Optional.empty() : Optional.of(instant(micros));
    }

    /** The time the simulation has reached. */
    public Instant now() {
        return instant(reached);
    }

    private static Instant instant(long epochMicros) {
        return Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
                Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
    }

    /** A snapshot of the simulated contact center at {@link #now()}. */
    public TrafficStats stats() {
        return center.stats();
    }

    public TrafficProfile profile() {
        return profile;
    }

    public ZoneOffset offset() {
        return offset;
    }

    /** Where a logger would file these records: the profile's project and host, a {@code ccenter_ccxml} process. */
    public LogSource source() {
        return LogSource.ccxml(profile.project(), profile.host());
    }

    private void scheduleAlive(long at) {
        sim.at(at, () -> {
            if (at % HOUR != 0) { // the hour tick logs that one, before its snapshot
                sim.emit(Alive.INSTANCE);
            }
            scheduleAlive(at + MINUTE);
        });
    }

    private void scheduleHour(long at) {
        sim.at(at, () -> {
            sim.emit(Alive.INSTANCE);
            center.stillLogged();
            scheduleHour(at + HOUR);
        });
    }

    /** Poisson arrivals at the peak rate, thinned by the local hour's curve factor. */
    private void scheduleArrival(long from) {
        if (peakArrivalsPerMicro <= 0) {
            return;
        }
        double gap = -Math.log(1.0 - sim.random().nextDouble()) / peakArrivalsPerMicro;
        sim.at(from + Math.max(1, (long) gap), () -> {
            int hour = (int) Math.floorMod(Math.floorDiv(sim.now() / 1_000_000L + offset.getTotalSeconds(), 3600), 24);
            if (sim.random().nextDouble() < profile.curve().factor(hour)) {
                center.arrival();
            }
            scheduleArrival(sim.now());
        });
    }
}
