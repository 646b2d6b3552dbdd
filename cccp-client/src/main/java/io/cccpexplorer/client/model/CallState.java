package io.cccpexplorer.client.model;

/** Derived from the call's connection dates and its queue task (see {@link Call}). */
public enum CallState {
    /** Not connected yet and not queued. */
    RINGING,
    /** Queued: a queue task exists and no agent manages it yet. */
    WAITING,
    /** Connected (IVR or agent), or managed by an agent. */
    TALKING,
    /** Session terminated or connection disconnected. */
    ENDED
}
