package io.cccpexplorer.history;

import java.util.Locale;

/** How a stored call ended. Stored and exported as {@link #wire()}. */
public enum Disposition {
    /** An agent (or, for a call that never queued, the called party) answered. */
    ANSWERED,
    /** The caller hung up while queued. */
    ABANDONED,
    /** The caller hung up in the voice menu, before any queue. */
    ABANDONED_IVR,
    /** Left its queue for another queue or destination without being answered there. */
    OVERFLOWED,
    /** Answered, then transferred by the agent. */
    TRANSFERRED,
    /** Still going at the end of the data: no end time, never invented. */
    OPEN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Disposition fromWire(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown disposition '" + text + "' (one of answered, abandoned, "
                    + "abandoned_ivr, overflowed, transferred, open)");
        }
    }
}
