package io.cccpexplorer.simulator.traffic;

import io.cccpexplorer.protocol.rlog.LoggerDirectory;
import io.cccpexplorer.protocol.rlog.LogFile;
import io.cccpexplorer.protocol.rlog.MergedEntry;
import io.cccpexplorer.protocol.rlog.RawLoggerRecord;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.RlogMerge;
import io.cccpexplorer.protocol.rlog.RlogReadOptions;
import io.cccpexplorer.protocol.rlog.RlogRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Generator → RlogRecorder → LoggerDirectory → RlogReader gives back the very same entries. */
class TrafficRecordingTest {

    @Test
    void recordedTrafficReadsBackIdentically(@TempDir Path root) throws IOException {
        Instant start = Instant.parse("2026-02-09T09:40:00Z");
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.SMALL, 99, start, ZoneOffset.ofHours(1));
        List<RlogEntry> generated = new ArrayList<>();
        try (RlogRecorder recorder = new RlogRecorder(root, traffic.source())) {
            for (int minute = 1; minute <= 90; minute++) {
                for (RlogEntry e : traffic.advanceTo(start.plusSeconds(minute * 60L))) {
                    generated.add(e);
                    assertThat(recorder.record(e)).isEqualTo(e);
                }
            }
        }

        LoggerDirectory directory = new LoggerDirectory(root);
        List<LogFile> files = directory.files("SMALL", LocalDate.of(2026, 2, 9));
        assertThat(directory.projects()).containsExactly("SMALL");
        assertThat(files).extracting(f -> f.path().getFileName().toString())
                .containsExactly("log_2026_02_09__09_00_00.log", "log_2026_02_09__10_00_00.log",
                        "log_2026_02_09__11_00_00.log");

        List<RlogEntry> read = new ArrayList<>();
        try (RlogMerge merge = LoggerDirectory.merge(files, RlogReadOptions.STRICT)) {
            merge.stream().map(MergedEntry::entry).forEach(read::add);
        }
        assertThat(read).hasSize(generated.size()).isEqualTo(generated);
        assertThat(read).noneMatch(e -> e.record() instanceof RawLoggerRecord);
    }
}
