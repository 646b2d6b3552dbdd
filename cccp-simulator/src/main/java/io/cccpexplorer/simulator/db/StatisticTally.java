package io.cccpexplorer.simulator.db;

/**
 * What a statistic object of the dispatch keeps beside its fields and shows only through statistic queries
 * ({@code row.state_pause.duration('0')}, {@code row.incomings.max('0')}, {@code row.total_tasks.count('0')}):
 * for the current day, the seconds of its ended periods, the highest {@code current} it reached and the number
 * of times it was counted. Observed on the vendor's dispatch (protocol-spec §9.2): a day replayed from the past
 * shows 0 seconds and its present {@code current} as its peak, today's activity shows in full; so the tally
 * starts over on the first change of a new day (the day of the record, in the server's offset: inferred).
 * Mutable, confined to the database thread like its object, and changed only together with one of the object's
 * fields so that live queries re-evaluate.
 */
public final class StatisticTally {

    private long day = Long.MIN_VALUE;
    private long closedSeconds;
    private long peak;
    private long count;

    /** Whole seconds of the periods that ended on {@code today}. */
    public long closedSeconds(long today) {
        return day == today ? closedSeconds : 0;
    }

    /** The highest {@code current} of {@code today}; {@code current} itself when nothing changed today. */
    public long peak(long today, long current) {
        return day == today ? Math.max(peak, current) : current;
    }

    /** How many times the statistic was counted on {@code today}. */
    public long count(long today) {
        return day == today ? count : 0;
    }

    /** A period of {@code seconds} ended on {@code day}; {@code currentBefore} is the value before the change. */
    public void closed(long day, long currentBefore, long seconds) {
        on(day, currentBefore);
        closedSeconds += Math.max(0, seconds);
    }

    /** {@code current} took this value on {@code day} (it was {@code currentBefore}). */
    public void reached(long day, long currentBefore, long current) {
        on(day, currentBefore);
        peak = Math.max(peak, current);
    }

    /** Counted once more on {@code day}. */
    public void counted(long day) {
        on(day, 0);
        count++;
    }

    private void on(long newDay, long currentBefore) {
        if (newDay != day) {
            day = newDay;
            closedSeconds = 0;
            count = 0;
            peak = currentBefore;
        }
    }
}
