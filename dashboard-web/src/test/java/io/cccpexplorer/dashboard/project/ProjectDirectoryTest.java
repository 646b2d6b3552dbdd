package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.dashboard.config.ServerEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A dead or hanging MySQL must not hold request threads: readers are answered from memory while one refresh runs
 * on the directory's thread, and a failure is remembered instead of retried per request. The fake database here
 * blocks on a latch the test releases only after every reader was answered, so a reader that waited for it would
 * hang the test (guarded by a timeout) instead of passing slowly.
 */
class ProjectDirectoryTest {

    private static final List<ServerEntry> ACME = List.of(
            new ServerEntry("ACME", "192.0.2.10", 20263, 0, "n1", ServerEntry.Source.MYSQL));
    private static final Duration TTL = Duration.ofSeconds(30);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final ManualClock clock = ManualClock.utc("2026-12-06T08:00:00Z");
    private final ExecutorService readers = Executors.newFixedThreadPool(40);
    private final CountDownLatch databaseAnswers = new CountDownLatch(1);

    @AfterEach
    void release() {
        databaseAnswers.countDown();
        readers.shutdownNow();
    }

    @Test
    void readersGetTheLastListAtOnceWhileOneRefreshHangs() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        try (ProjectDirectory d = new ProjectDirectory(() -> {
            if (loads.incrementAndGet() > 1) {
                awaitQuietly(databaseAnswers);   // the database stops answering after the first list
            }
            return ACME;
        }, clock, TTL, RETRY, Duration.ofSeconds(10))) {
            assertThat(d.current().servers()).isEqualTo(ACME);
            clock.advance(TTL.plusSeconds(1));

            List<ProjectDirectory.Listing> answers = concurrently(40, d::current);

            assertThat(answers).allSatisfy(l -> {
                assertThat(l.servers()).isEqualTo(ACME);
                assertThat(l.ageSeconds(clock.instant())).isEqualTo(31);
            });
            assertThat(loads).as("one refresh for 40 readers").hasValue(2);
        }
    }

    @Test
    void aFailedRefreshIsRememberedAndTheLastListServedStale() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        try (ProjectDirectory d = new ProjectDirectory(() -> {
            if (loads.incrementAndGet() > 1) {
                throw new DirectoryUnavailableException("MySQL unavailable: Connection refused", null);
            }
            return ACME;
        }, clock, TTL, RETRY, Duration.ofSeconds(10))) {
            d.current();
            clock.advance(TTL);
            d.current();   // starts the refresh, which fails
            await(() -> d.peek().stale());

            List<ProjectDirectory.Listing> answers = concurrently(40, d::current);

            assertThat(answers).allSatisfy(l -> {
                assertThat(l.servers()).isEqualTo(ACME);
                assertThat(l.stale()).isTrue();
                assertThat(l.error()).contains("Connection refused");
            });
            clock.advance(RETRY.minusSeconds(1));
            d.current();
            assertThat(loads).as("no new attempt while the failure is remembered").hasValue(2);
            clock.advance(Duration.ofSeconds(1));
            d.current();
            await(() -> loads.get() == 3);
        }
    }

    @Test
    void withoutAnyListEveryReaderGetsA503AtOnce() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        try (ProjectDirectory d = new ProjectDirectory(() -> {
            loads.incrementAndGet();
            awaitQuietly(databaseAnswers);   // the very first attempt hangs
            throw new DirectoryUnavailableException("MySQL unavailable: timeout", null);
        }, clock, TTL, RETRY, Duration.ZERO)) {
            List<Throwable> failures = concurrently(40, () -> {
                try {
                    d.current();
                    return null;
                } catch (DirectoryUnavailableException e) {
                    return e;
                }
            });

            assertThat(failures).allSatisfy(e -> assertThat(e).hasMessageContaining("has not answered yet"));
            assertThat(loads).hasValue(1);
            databaseAnswers.countDown();
            await(() -> d.peek().error() != null);
            assertThatThrownBy(d::current).hasMessageContaining("timeout");
            assertThat(loads).hasValue(1);
        }
    }

    private <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(readers.submit(call));
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(f.get(20, TimeUnit.SECONDS));   // a hang guard: a reader waiting on the database never returns
        }
        return out;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 2_000; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(5);
        }
        fail("condition not reached");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
