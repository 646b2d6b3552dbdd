package io.cccpexplorer.history;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A search of stored calls that started on local days {@code from} to {@code to} (inclusive). Number filters are
 * exact, or a prefix when they end with {@code *}; agent and queue match any agent / queue of the call; empty or
 * {@code null} filters match everything; {@code disposition} is a {@link DispositionText} ({@code open} included).
 * Pages are numbered from 0.
 */
public record CallSearch(String project, LocalDate from, LocalDate to, String caller, String called, String agent,
                         String queue, String disposition, Duration minWait, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 1000;

    public CallSearch {
        Objects.requireNonNull(project, "project");
        DateRange.check(from, to);
        disposition = disposition == null || disposition.isBlank() ? null : DispositionText.check(disposition);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE);
        }
        if (minWait != null && minWait.isNegative()) {
            throw new IllegalArgumentException("minimum wait cannot be negative");
        }
    }
}
