package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** How the history writer reads many sessions' console rows: retried, bounded, what fails named. */
class SessionEventReaderTest {

    private static final Duration TIMEOUT = Duration.ofMillis(100);

    @Test
    void aSessionThatNeverAnswersIsMissingAfterEveryAttemptAndTheOthersAreRead() throws Exception {
        Map<String, Integer> asked = new ConcurrentHashMap<>();
        SessionEventSource source = id -> {
            asked.merge(id, 1, Integer::sum);
            return "stuck".equals(id) ? new CompletableFuture<>() : CompletableFuture.completedFuture(List.of());
        };

        SessionEventReader.Result r = SessionEventReader.read(source, List.of("a", "stuck", "b", "a"), TIMEOUT);

        assertThat(r.events()).containsOnlyKeys("a", "b");
        assertThat(r.missing()).containsOnlyKeys("stuck");
        assertThat(r.missing().get("stuck")).contains("Timeout");
        assertThat(asked).as("each session read once, the stuck one on every attempt")
                .containsEntry("a", 1).containsEntry("b", 1).containsEntry("stuck", SessionEventReader.ATTEMPTS);
    }

    @Test
    void theReadsOfAChunkShareOneDeadline() throws Exception {
        // ten stuck sessions read at once: the reader may wait the timeout once for all of them, not once for each
        // (a chunk of 64 stuck sessions held the writer 64 x 20 s per attempt)
        List<Long> waits = new ArrayList<>();
        SessionEventSource source = id -> new CompletableFuture<List<io.cccpexplorer.client.model.SessionEvent>>() {
            @Override
            public List<io.cccpexplorer.client.model.SessionEvent> get(long timeout, TimeUnit unit)
                    throws InterruptedException, ExecutionException, TimeoutException {
                synchronized (waits) {
                    waits.add(unit.toNanos(timeout));
                }
                return super.get(timeout, unit);
            }
        };
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add("stuck_" + i);
        }

        SessionEventReader.Result r = SessionEventReader.read(source, ids, TIMEOUT);

        assertThat(r.missing()).hasSize(10);
        assertThat(waits).hasSize(10 * SessionEventReader.ATTEMPTS);
        for (int attempt = 0; attempt < SessionEventReader.ATTEMPTS; attempt++) {
            long asked = waits.subList(attempt * 10, attempt * 10 + 10).stream().mapToLong(Long::longValue).sum();
            assertThat(asked).as("time asked for by the waits of attempt %d", attempt + 1)
                    .isLessThanOrEqualTo(TIMEOUT.toNanos());
        }
    }
}
