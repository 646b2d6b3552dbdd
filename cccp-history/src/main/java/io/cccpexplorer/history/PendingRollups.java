package io.cccpexplorer.history;

/**
 * The roll-up rows (queue and agent slots, and their days) that batches written with
 * {@link HistoryWriter#write(HistoryBatch, PendingRollups)} touched and {@link HistoryWriter#rollUp} has not
 * recomputed yet. Bounded by the slots of the data written (a day: 96 slots x the queues and agents seen), not by
 * the number of rows. One project; not thread-safe (one writer per project).
 */
public final class PendingRollups {

    private final String project;
    private final HistoryWriter.Touched touched = new HistoryWriter.Touched();

    public PendingRollups(String project) {
        this.project = java.util.Objects.requireNonNull(project, "project");
    }

    public String project() {
        return project;
    }

    public boolean isEmpty() {
        return touched.isEmpty();
    }

    void add(HistoryWriter.Touched more) {
        touched.addAll(more);
    }

    HistoryWriter.Touched touched() {
        return touched;
    }

    void clear() {
        touched.queueSlots.clear();
        touched.agentCallSlots.clear();
        touched.agentSlots.clear();
    }
}
