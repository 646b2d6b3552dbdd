package io.cccpexplorer.protocol.rlog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opt-in: parses every {@code *.log} under the directory named by {@code CCCP_SAMPLE_LOGS} (real vendor log files,
 * never committed) and proves the reader on them: no damage, record numbers 1..n, and writing the entries back
 * gives the file's exact bytes. A 164 796-byte file must hold 628 records (wire spec §4.8).
 */
@EnabledIfEnvironmentVariable(named = "CCCP_SAMPLE_LOGS", matches = ".+")
class SampleLogsTest {

    @Test
    void everySampleFileParsesAndRewritesByteForByte() throws IOException {
        Path root = Path.of(System.getenv("CCCP_SAMPLE_LOGS"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        long total = 0;

        for (Path file : files) {
            byte[] original = Files.readAllBytes(file);
            ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
            long count = 0;
            try (RlogReader reader = RlogReader.open(file); RlogWriter writer = new RlogWriter(rewritten)) {
                while (reader.hasNext()) {
                    RlogEntry entry = reader.next();
                    count++;
                    assertThat(Integer.toUnsignedLong(entry.recordNumber())).as("%s record number", file)
                            .isEqualTo(count);
                    writer.write(entry);
                }
            }
            assertThat(rewritten.toByteArray()).as("%s rewritten", file).isEqualTo(original);
            if (original.length == 164_796) {
                assertThat(count).as("%s records", file).isEqualTo(628);
            }
            total += count;
        }

        // the same files found through the logger layout and merged: nothing lost, nothing added
        LoggerDirectory directory = new LoggerDirectory(root);
        long merged = 0;
        for (String project : directory.projects()) {
            try (RlogMerge merge = LoggerDirectory.merge(directory.files(project), RlogReadOptions.STRICT)) {
                merged += merge.stream().count();
            }
        }
        assertThat(merged).isEqualTo(total);
    }
}
