package io.cccpexplorer.dashboard.feed;

/** What happened to a live object; spelled {@code add}, {@code update}, {@code remove} on the wire. */
public enum ChangeOp {
    ADD, UPDATE, REMOVE;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
