package io.cccpexplorer.simulator.db;

import java.util.ArrayDeque;

/**
 * What a statistic object of the dispatch keeps beside its fields and shows only through statistic queries
 * ({@code row.state_pause.duration('0')}, {@code row.incomings.max('0')}, {@code row.total_tasks.count('0')}):
 * the periods that ended, the changes of {@code current} and the times it was counted. A query asks for its
 * period, which starts at a time of day (protocol-spec §9.2, observed on the vendor's dispatch): the whole seconds
 * of the ended periods clipped to it, the highest value set or sampled since it started, the counts since. A day
 * replayed from the past so shows 0 seconds and its present {@code current} as its peak (once sampled).
 * A period starts at most one day before now, so what is older than a day before the newest change is dropped.
 * Mutable, confined to the database thread like its object, and changed only together with one of the object's
 * fields so that live queries re-evaluate.
 */
public final class StatisticTally {

    private static final long KEPT_SECONDS = 86_400;

    private final ArrayDeque<long[]> ended = new ArrayDeque<>();     // {start, end} in epoch seconds
    private final ArrayDeque<long[]> changes = new ArrayDeque<>();   // {time, before, after}
    private final ArrayDeque<Count> counts = new ArrayDeque<>();
    private long newest = Long.MIN_VALUE;

    /** Whole seconds of the ended periods from {@code since} on (a period begun before counts from there). */
    public long closedSeconds(long since) {
        long sum = 0;
        for (long[] p : ended) {
            if (p[1] >= since) {
                sum += Math.max(0, p[1] - Math.max(p[0], since));
            }
        }
        return sum;
    }

    /**
     * The highest value of the period from {@code since} to now (the database's statistics clock): the values its
     * changes set, and the values held at the times the dispatch sampled ({@link DispatchDatabase#sampledBetween})
     * — before the period's first change, the value it had from before; without a change in the period,
     * {@code current}. Observed on the dispatch: a user logged in since the evening before shows
     * {@code logged.max('0')} 0 after midnight until the next whole minute it runs through, and a day replayed from
     * the past shows its present {@code current} from the first whole minute after the dispatch's start.
     */
    public long peak(long since, long current, DispatchDatabase db) {
        long peak = 0;
        long[] first = null;
        for (long[] c : changes) {
            if (c[0] >= since) {
                if (first == null) {
                    first = c;
                }
                peak = Math.max(peak, c[2]);
            }
        }
        if (first == null) {
            return db.sampledBetween(since, db.statisticsNow()) ? current : 0;
        }
        return db.sampledBetween(since, first[0] - 1) ? Math.max(peak, first[1]) : peak;
    }

    /** How many times the statistic was counted since {@code since}. */
    public long count(long since) {
        long n = 0;
        for (Count c : counts) {
            if (c.time() >= since) {
                n++;
            }
        }
        return n;
    }

    /**
     * The sum of the values counted since {@code since}, added in the order they were counted as the dispatch adds
     * its reals (a real count's answer; its last printed microsecond depends on that rounding).
     */
    public double sum(long since) {
        double sum = 0;
        for (Count c : counts) {
            if (c.time() >= since) {
                sum += c.value();
            }
        }
        return sum;
    }

    /** A period that began at {@code start} ended at {@code end} (epoch seconds, whole). */
    public void closed(long start, long end) {
        ended.addLast(new long[] {start, end});
        prune(end);
    }

    /** {@code current} went from {@code before} to {@code after} at {@code time}. */
    public void changed(long time, long before, long after) {
        changes.addLast(new long[] {time, before, after});
        prune(time);
    }

    /** Counted once more at {@code time}. */
    public void counted(long time) {
        counted(time, 0);
    }

    /** Counted once more at {@code time}, adding {@code value} to its sum. */
    public void counted(long time, double value) {
        counts.addLast(new Count(time, value));
        prune(time);
    }

    private void prune(long time) {
        newest = Math.max(newest, time);
        long oldest = newest - KEPT_SECONDS;
        while (!ended.isEmpty() && ended.peekFirst()[1] < oldest) {
            ended.removeFirst();
        }
        while (!changes.isEmpty() && changes.peekFirst()[0] < oldest) {
            changes.removeFirst();
        }
        while (!counts.isEmpty() && counts.peekFirst().time() < oldest) {
            counts.removeFirst();
        }
    }

    /** One time a statistic was counted (epoch seconds) and what it added. */
    private record Count(long time, double value) {
    }
}
