package io.cccpexplorer.history;

import io.cccpexplorer.client.model.CallDisposition;

import java.util.Locale;

/**
 * The stored (and exported, and API) text of how a call ended: the model's {@link CallDisposition}, or
 * {@code open} for a call still going at the end of the data (it has no disposition yet). The texts are the
 * store's and the API's and never change: {@code answered}, {@code abandoned} (the model's
 * {@link CallDisposition#ABANDONED_QUEUE}), {@code abandoned_ivr}, {@code overflowed}, {@code transferred},
 * {@code open}.
 */
public final class DispositionText {

    /** The text of a call without a disposition (still going). */
    public static final String OPEN = "open";

    private DispositionText() {
    }

    /** The text of {@code d}; {@code null} (an open call) is {@link #OPEN}. */
    public static String of(CallDisposition d) {
        if (d == null) {
            return OPEN;
        }
        return d == CallDisposition.ABANDONED_QUEUE ? "abandoned" : d.name().toLowerCase(Locale.ROOT);
    }

    /** The disposition a text names; {@code null} for {@link #OPEN}. */
    public static CallDisposition parse(String text) {
        String t = check(text);
        if (t.equals(OPEN)) {
            return null;
        }
        return t.equals("abandoned") ? CallDisposition.ABANDONED_QUEUE
                : CallDisposition.valueOf(t.toUpperCase(Locale.ROOT));
    }

    /** {@code text} in lower case when it is a stored text, else a clear error listing them. */
    public static String check(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (CallDisposition d : CallDisposition.values()) {
            if (of(d).equals(t)) {
                return t;
            }
        }
        if (t.equals(OPEN)) {
            return t;
        }
        throw new IllegalArgumentException("unknown disposition '" + text + "' (one of answered, abandoned, "
                + "abandoned_ivr, overflowed, transferred, open)");
    }
}
