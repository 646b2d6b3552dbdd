package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.dashboard.view.CallView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The calls of one snapshot, newest first, fetched once when the snapshot became ready: a replayed day does not
 * change, so searching and paging never go back to the server (the original re-read the whole day on every
 * keystroke).
 */
final class ReplayCalls {

    private final List<CallView> newestFirst;

    ReplayCalls(List<CallView> calls) {
        List<CallView> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparing(CallView::createDateIso, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(CallView::sessionId));
        this.newestFirst = List.copyOf(sorted);
    }

    int size() {
        return newestFirst.size();
    }

    /**
     * One page of the calls matching {@code query} (all when blank): a case-insensitive substring of the caller,
     * called number, session id, queue, agent or start date ({@code 2026-03-05T10:0}); numbers also match when
     * typed with spaces, dots or dashes.
     */
    Page page(String query, int page, int size) {
        String needle = query == null ? "" : query.trim();
        List<CallView> hits = needle.isEmpty() ? newestFirst
                : newestFirst.stream().filter(c -> matches(c, needle)).toList();
        int from = (int) Math.min((long) (page - 1) * size, hits.size());
        int to = Math.min(from + size, hits.size());
        return new Page(hits.subList(from, to), page, size, hits.size());
    }

    private static boolean matches(CallView call, String needle) {
        if (call.matches(needle)) {
            return true;
        }
        String lower = needle.toLowerCase(Locale.ROOT);
        if (call.createDateIso() != null && call.createDateIso().toLowerCase(Locale.ROOT).contains(lower)) {
            return true;
        }
        String digits = PhoneNumbers.compact(needle);
        return !digits.isEmpty() && (PhoneNumbers.compact(call.caller()).contains(digits)
                || PhoneNumbers.compact(call.called()).contains(digits));
    }

    /** A page of calls and the total number of matches. */
    record Page(List<CallView> items, int page, int size, int total) {
        int pages() {
            return total == 0 ? 1 : (total + size - 1) / size;
        }
    }
}
