package io.cccpexplorer.simulator.traffic;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;

/** One queue: its names, the calls waiting in arrival order, the idle agents in the order they became idle. */
final class CallQueue {

    final int index;
    final String shortName;
    final String fullName;
    final String entryPoint;
    final String color;
    final ArrayDeque<Call> waiting = new ArrayDeque<>();
    /** Longest idle first; an agent serving several queues is in each of their sets. */
    final LinkedHashSet<Agent> idle = new LinkedHashSet<>();

    CallQueue(int index, String project) {
        this.index = index;
        this.shortName = FictionalDirectory.queueName(index);
        this.fullName = project + "__" + shortName;
        this.entryPoint = "EP_" + shortName;
        this.color = FictionalDirectory.queueColor(index);
    }
}
