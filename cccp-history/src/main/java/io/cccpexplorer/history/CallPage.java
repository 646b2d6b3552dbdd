package io.cccpexplorer.history;

import java.util.List;

/** One page of a {@link CallSearch}, oldest call first; {@code more} when another page follows. */
public record CallPage(int page, int pageSize, List<StoredCall> calls, boolean more) {

    public CallPage {
        calls = List.copyOf(calls);
    }
}
