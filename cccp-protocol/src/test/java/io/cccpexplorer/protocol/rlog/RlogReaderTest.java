package io.cccpexplorer.protocol.rlog;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.blob.CdepField;
import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.rlog.ccxml.Alive;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEvent;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillLogged;
import io.cccpexplorer.protocol.testing.Hex;
import io.cccpexplorer.protocol.wire.Bytes;
import io.cccpexplorer.protocol.wire.CccpDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RlogReaderTest {

    /** Wire spec §9.1(d): the first entry of a real ccxml log file. */
    private static final byte[] VECTOR_D = Hex.bytes("90 50 88 69 74 73 01 00 10 0e 00 00 01 00 00 00 08 00 00 00 03 "
            + "00 00 00");

    private static final CccpDate NINE = new CccpDate(1_770_541_200L, 95_092L, 3600);

    @Test
    void decodesSpecVectorD() {
        List<RlogEntry> entries = readAll(VECTOR_D, LoggerInterface.CCXML, RlogReadOptions.STRICT);

        assertThat(entries).containsExactly(new RlogEntry(NINE, 1, Alive.INSTANCE));
        assertThat(entries.get(0).date().toInstant()).hasToString("2026-02-08T09:00:00.095092Z");
    }

    @Test
    void writesSpecVectorDBackByteForByte() throws IOException {
        assertThat(write(List.of(new RlogEntry(NINE, 1, Alive.INSTANCE)))).isEqualTo(VECTOR_D);
    }

    @Test
    void typedRecordsRoundTripByteForByte() throws IOException {
        List<RlogEntry> entries = sampleEntries();
        byte[] file = write(entries);

        List<RlogEntry> read = readAll(file, LoggerInterface.CCXML, RlogReadOptions.STRICT);

        assertThat(read).isEqualTo(entries);
        assertThat(read).noneMatch(e -> e.record() instanceof RawLoggerRecord);
        assertThat(write(read)).isEqualTo(file);
    }

    @Test
    void objectArgumentsUseOneNamespaceTablePerFile() throws IOException {
        CdepObject attributes = new CdepObject(NamespaceTable.PROTOCOL, 0x83000014, 0,
                List.of(new CdepField(1, new FieldValue.Str("language")), new CdepField(2, new FieldValue.U32(7))));
        TaskStart first = taskStart("task_1", attributes);
        TaskStart second = taskStart("task_2", attributes);
        byte[] file = write(List.of(entry(1, first), entry(2, second)));

        List<RlogEntry> read = readAll(file, LoggerInterface.CCXML, RlogReadOptions.STRICT);

        assertThat(read).extracting(RlogEntry::record).containsExactly(first, second);
        // the namespace path is announced in the first blob only
        String text = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text.indexOf(NamespaceTable.PROTOCOL)).isEqualTo(text.lastIndexOf(NamespaceTable.PROTOCOL));
        assertThat(write(read)).isEqualTo(file);
    }

    @Test
    void unknownCcxmlIdStaysRawAndReencodes() throws IOException {
        byte[] file = Hex.bytes("90 50 88 69 00 00 00 00 10 0e 00 00 07 00 00 00 0b 00 00 00 39 05 00 00 aa bb cc");

        List<RlogEntry> read = readAll(file, LoggerInterface.CCXML, RlogReadOptions.STRICT);

        assertThat(read).extracting(RlogEntry::record)
                .containsExactly(new RawLoggerRecord(1337, Bytes.of(Hex.bytes("aa bb cc"))));
        assertThat(read.get(0).recordNumber()).isEqualTo(7);
        assertThat(write(read)).isEqualTo(file);
    }

    @Test
    void otherInterfacesStayRaw() throws IOException {
        // queues_logger 100 = session_add: same id as ccxml session_create, different arguments
        byte[] file = write(List.of(entry(1, new SessionCreate("s1", 1, false, "", ""))));

        List<RlogEntry> read = readAll(file, LoggerInterface.QUEUES, RlogReadOptions.STRICT);

        assertThat(read.get(0).record()).isInstanceOf(RawLoggerRecord.class);
        assertThat(read.get(0).record().id()).isEqualTo(SessionCreate.ID);
        assertThat(write(read)).isEqualTo(file);
    }

    @Test
    void knownRecordWithTrailingBytesStaysRawSoNothingIsLost() throws IOException {
        byte[] file = Hex.bytes("90 50 88 69 00 00 00 00 10 0e 00 00 01 00 00 00 0e 00 00 00 65 00 00 00"
                + " 01 00 00 00 61 ff"); // session_terminate("a") + one stray byte

        List<RlogEntry> read = readAll(file, LoggerInterface.CCXML, RlogReadOptions.STRICT);

        assertThat(read.get(0).record()).isEqualTo(new RawLoggerRecord(101, Bytes.of(Hex.bytes("01 00 00 00 61 ff"))));
        assertThat(write(read)).isEqualTo(file);
    }

    @Test
    void shortRecordStaysRaw() throws IOException {
        // session_create with only its session id: readable (missing arguments read as zero) but not re-encodable
        byte[] file = Hex.bytes("90 50 88 69 00 00 00 00 10 0e 00 00 01 00 00 00 0d 00 00 00 64 00 00 00 01 00 00 00 "
                + "61");

        List<RlogEntry> read = readAll(file, LoggerInterface.CCXML, RlogReadOptions.STRICT);

        assertThat(read.get(0).record()).isInstanceOf(RawLoggerRecord.class);
        assertThat(write(read)).isEqualTo(file);
    }

    @Test
    void truncatedLastRecordNamesSourceAndOffset() throws IOException {
        byte[] file = write(sampleEntries());
        byte[] cut = Arrays.copyOf(file, file.length - 3);
        long lastOffset = file.length - entryLength(sampleEntries().get(sampleEntries().size() - 1));

        assertThatThrownBy(() -> readAll(cut, LoggerInterface.CCXML, RlogReadOptions.STRICT))
                .isInstanceOf(CccpCodecException.class)
                .hasMessageStartingWith("test.log at offset " + lastOffset + ": truncated record");
    }

    @Test
    void truncatedHeaderIsDamageToo() throws IOException {
        byte[] cut = Arrays.copyOf(VECTOR_D, 10);

        try (RlogReader reader = reader(cut, LoggerInterface.CCXML, RlogReadOptions.STRICT)) {
            assertThatThrownBy(reader::hasNext)
                    .isInstanceOf(CccpCodecException.class)
                    .hasMessage("test.log at offset 0: truncated record header: 10 bytes (expected: 24)");
            assertThat(reader.hasNext()).as("the stream ends at the damage").isFalse();
        }
    }

    @Test
    void salvageStopsAtLastGoodRecordAndReports() throws IOException {
        List<RlogEntry> entries = sampleEntries();
        byte[] file = write(entries);
        byte[] cut = Arrays.copyOf(file, file.length - 3);

        try (RlogReader reader = reader(cut, LoggerInterface.CCXML, RlogReadOptions.SALVAGE)) {
            List<RlogEntry> read = new ArrayList<>();
            reader.forEachRemaining(read::add);

            assertThat(read).isEqualTo(entries.subList(0, entries.size() - 1));
            assertThat(reader.damage()).hasValueSatisfying(d -> {
                assertThat(d.goodRecords()).isEqualTo(entries.size() - 1);
                assertThat(d.offset()).isEqualTo(reader.offset());
                assertThat(d.reason()).startsWith("truncated record " + entries.size());
            });
        }
    }

    @Test
    void impossibleSizesAreRejectedBeforeAllocating() {
        byte[] zero = Hex.bytes("90 50 88 69 00 00 00 00 10 0e 00 00 01 00 00 00 00 00 00 00 03 00 00 00");
        byte[] huge = Hex.bytes("90 50 88 69 00 00 00 00 10 0e 00 00 01 00 00 00 ff ff ff 7f 03 00 00 00");

        assertThatThrownBy(() -> readAll(zero, LoggerInterface.CCXML, RlogReadOptions.STRICT))
                .hasMessage("test.log at offset 0: record size: 0 (expected: 8..16777216)");
        assertThatThrownBy(() -> readAll(huge, LoggerInterface.CCXML, RlogReadOptions.STRICT.withMaxRecordSize(1024)))
                .hasMessage("test.log at offset 0: record size: 2147483647 (expected: 8..1024)");
    }

    @Test
    void emptyInputHasNoEntries() {
        assertThat(readAll(new byte[0], LoggerInterface.CCXML, RlogReadOptions.STRICT)).isEmpty();
    }

    @Test
    void readsFromAFileChannelAndInfersTheInterfaceFromTheFolder(@TempDir Path root) throws IOException {
        Path file = root.resolve("Logger/ACME/_/ccenter_ccxml/Ccxml/host1/log_2026_02_08__09_00_00.log");
        Files.createDirectories(file.getParent());
        List<RlogEntry> entries = sampleEntries();
        Files.write(file, write(entries));

        assertThat(LoggerInterface.ofFile(file)).isEqualTo(LoggerInterface.CCXML);
        try (RlogReader reader = RlogReader.open(file)) {
            assertThat(reader.stream().toList()).isEqualTo(entries);
        }
        try (FileChannel channel = FileChannel.open(file);
             RlogReader reader = RlogReader.of(channel, file.toString(), LoggerInterface.CCXML,
                     RlogReadOptions.STRICT)) {
            assertThat(reader.stream().count()).isEqualTo(entries.size());
            assertThat(reader.offset()).isEqualTo(Files.size(file));
        }
    }

    @Test
    void interfaceFollowsTheProcessFolder() {
        assertThat(LoggerInterface.ofFile(
                Path.of("/x/Logger/P/_/ccenter_queues/Queues/h/log_2026_02_08__09_00_00.log")))
                .isEqualTo(LoggerInterface.QUEUES);
        assertThat(LoggerInterface.ofFile(Path.of("/x/elsewhere/log_2026_02_08__09_00_00.log")))
                .isEqualTo(LoggerInterface.UNKNOWN);
    }

    static List<RlogEntry> sampleEntries() {
        String session = "session_1@1.1770541200.Ccxml.host1";
        return List.of(
                entry(1, Alive.INSTANCE),
                entry(2, new SessionCreate(session, 1, false, "", "")),
                entry(3, new ConnectionCreate(session, 1, "call_1@host1", "+33199000001", "sip:+33199000001@192.0.2.1",
                        "", "", "sip:+33199000100@192.0.2.2", "", 0, false, true, "ENTRY")),
                entry(4, new SessionEvent(session, "", "", "", "connection.alerting", "", null)),
                entry(5, new UserStillLogged("user_1@1.1.Ccxml.host1", "alice", "Alice Martin", 409, "supervisor", 1,
                        "Agent_default", 12, "default", "", "/default", "alice@example.invalid", 3)),
                entry(6, taskStart("task_9", null)));
    }

    private static TaskStart taskStart(String taskId, CdepObject attributes) {
        return new TaskStart("session_1", taskId, "1", "queue", "ACME__SALES", "", NINE, 2.5, 0, attributes, "");
    }

    private static RlogEntry entry(int number, io.cccpexplorer.protocol.rlog.LoggerRecord record) {
        return new RlogEntry(new CccpDate(NINE.seconds() + number, number * 1000L, 3600), number, record);
    }

    private static long entryLength(RlogEntry entry) throws IOException {
        return write(List.of(entry)).length;
    }

    static byte[] write(List<RlogEntry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RlogWriter writer = new RlogWriter(bytes)) {
            for (RlogEntry e : entries) {
                writer.write(e);
            }
        }
        return bytes.toByteArray();
    }

    private static RlogReader reader(byte[] file, LoggerInterface iface, RlogReadOptions options) {
        return new RlogReader(new ByteArrayInputStream(file), "test.log", iface, options);
    }

    private static List<RlogEntry> readAll(byte[] file, LoggerInterface iface, RlogReadOptions options) {
        try (RlogReader reader = reader(file, iface, options)) {
            return reader.stream().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
