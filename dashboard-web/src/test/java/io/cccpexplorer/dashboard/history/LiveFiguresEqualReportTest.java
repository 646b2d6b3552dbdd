package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.client.model.QueueFigures;
import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.history.QueueReportQuery;
import io.cccpexplorer.history.ReportInterval;
import io.cccpexplorer.simulator.Credentials;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.DayCurve;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports count what the live figures count: the simulator's traffic for an hour (calls only from 09:00 to
 * 10:00, so that every call has ended when the figures are compared: the store leaves open calls out, the live
 * figures count their tasks), the model's day figures per queue against the day's report of what its live recorder
 * stored. Offered, answered, abandoned, short abandons, overflows, the service level, the ASA and the longest
 * wait, queue by queue. Its first run found a caller gone after a hair over the 5 s short-abandon threshold stored
 * as a short abandon (the wait rounded down to the millisecond); a task's wait is now stored rounded up.
 */
class LiveFiguresEqualReportTest {

    /** Calls from 09:00 to 10:00 local time only. */
    static final DayCurve ONE_HOUR = DayCurve.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0);

    @TempDir
    Path dir;

    @Test
    void theDaysReportOfEachQueueIsItsLiveFigures() throws Exception {
        ManualClock clock = ManualClock.utc("2026-02-09T08:00:00Z");   // 09:00 at the server (UTC+01:00)
        ContactCenterSnapshot day;
        try (HistoryService history = HistoryService.open(HistorySettings.embedded(LiveEqualsImportTest.PARIS),
                dir, Optional.empty(), Clock.systemUTC())) {
            try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                    .project(ProjectConfig.synthetic("ACME", 0, LiveEqualsImportTest.BUSY.withCurve(ONE_HOUR), 11))
                    .credentials(Credentials.of("watcher", "secret")).clock(clock)
                    .serverOffset(ZoneOffset.ofHours(1)).build());
                 CccpClient client = CccpClient.create()) {
                CccpConnection connection = client.connect(ServerAddress.of("127.0.0.1", sim.project("ACME").port()),
                        io.cccpexplorer.client.Credentials.of("watcher", "secret"),
                        ConnectionOptions.defaults().withReconnect(false))
                        .toCompletableFuture().get(30, TimeUnit.SECONDS);
                // the model's day is the simulated one: its clock is the simulator's
                ContactCenter model = ContactCenter.open(connection,
                        FigureSettings.defaults(LiveEqualsImportTest.PARIS), clock);
                try {
                    model.ready().toCompletableFuture().get(60, TimeUnit.SECONDS);
                    LiveRecorder recorder = history.startRecording(100_000);
                    model.addListener(recorder.listener("ACME", SessionEventSource.of(model)));
                    // the hour of calls 40 s at a time, then 40 minutes without new ones for the last to end
                    for (int i = 0; i < 90 + 40; i++) {
                        clock.advance(Duration.ofSeconds(i < 90 ? 40 : 60));
                        Thread.sleep(120);   // the simulator's 50 ms tick applies what is due
                        LiveEqualsImportTest.settle(model);
                    }
                    Thread.sleep(200);
                    LiveEqualsImportTest.settle(model);
                    day = model.snapshot();
                    assertThat(day.calls()).as("every call has ended").noneMatch(c -> c.active());
                    LiveEqualsImportTest.awaitWritten(recorder);
                    assertThat(recorder.lost()).isZero();
                    assertThat(recorder.refused()).isZero();
                    recorder.close();   // the pending roll-ups are recomputed
                } finally {
                    model.connection().close();
                }
            }
            Map<String, io.cccpexplorer.history.QueueFigures> reported = history.reports().queues(
                    new QueueReportQuery("ACME", LiveEqualsImportTest.DAY, LiveEqualsImportTest.DAY,
                            ReportInterval.DAY, List.of(), null)).stream()
                    .collect(Collectors.toMap(io.cccpexplorer.history.QueueFigures::queue, Function.identity()));
            Map<String, QueueFigures> live = day.queueFigures().entrySet().stream()
                    .filter(e -> e.getValue().offered() > 0)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(live.values().stream().mapToInt(QueueFigures::offered).sum()).as("calls offered")
                    .isGreaterThan(40);
            assertThat(live.values().stream().mapToInt(q -> q.abandoned() + q.overflowed()).sum())
                    .as("not only answers").isPositive();
            assertThat(reported.keySet()).isEqualTo(live.keySet());
            live.forEach((queue, f) -> {
                io.cccpexplorer.history.QueueFigures r = reported.get(queue);
                assertThat(List.of(r.offered(), r.answered(), r.abandoned(), r.shortAbandoned(), r.overflowed()))
                        .as(queue + ": offered, answered, abandoned, short, overflowed")
                        .isEqualTo(List.of(f.offered(), f.answered(), f.abandoned(), f.shortAbandoned(),
                                f.overflowed()));
                assertThat(r.serviceLevel()).as(queue + " service level").isEqualTo(f.serviceLevel() == null ? null
                        : Math.round(f.serviceLevel() * 10_000.0) / 10_000.0);
                // the report's seconds are tenths, from milliseconds
                if (f.answered() > 0) {
                    assertThat(r.asaS()).as(queue + " ASA").isCloseTo(f.asa().toNanos() / 1e9, within(0.11));
                }
                assertThat(r.maxWaitS()).as(queue + " longest wait").isCloseTo(f.maxWait().toNanos() / 1e9,
                        within(0.11));
            });
        }
    }
}
