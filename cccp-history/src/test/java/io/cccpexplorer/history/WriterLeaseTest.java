package io.cccpexplorer.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One writer per project: a second node waits until the lease expires or is released. */
class WriterLeaseTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(HistoryEngine.class)
    void aSecondNodeTakesTheProjectOnlyOnceTheFirstLetItGo(HistoryEngine engine) {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-02-10T08:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        try (TestStores.Store store = TestStores.open(engine, dir)) {
            WriterLease a = new WriterLease(store.db(), "node-a", Duration.ofSeconds(30), clock);
            WriterLease b = new WriterLease(store.db(), "node-b", Duration.ofSeconds(30), clock);
            assertThat(a.acquire("ACME")).isTrue();
            assertThat(b.acquire("ACME")).isFalse();
            assertThat(b.acquire("OTHER")).isTrue(); // leases are per project
            now.set(now.get().plusSeconds(20));
            assertThat(a.acquire("ACME")).isTrue(); // renewed until +50 s
            now.set(now.get().plusSeconds(20));
            assertThat(b.acquire("ACME")).isFalse();
            now.set(now.get().plusSeconds(31)); // a stopped renewing
            assertThat(b.acquire("ACME")).isTrue();
            assertThat(a.acquire("ACME")).isFalse();
            b.release("ACME");
            assertThat(a.acquire("ACME")).isTrue();
        }
    }
}
