package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.CdepObject;
import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.objects.NamedObject;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ProtocolList;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.protocol.testing.ExplorerArbitraries;
import io.cccpexplorer.protocol.wire.Bytes;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.cccpexplorer.spec.ArgumentEncoding;
import io.cccpexplorer.spec.ArgumentSpec;
import io.cccpexplorer.spec.Direction;
import io.cccpexplorer.spec.MessageSpec;
import io.cccpexplorer.spec.ProtocolSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our message records (the records the sealed {@link ExplorerMessage} permits) and the protocol as data
 * ({@code protocol-spec}) say the same thing: same ids, names, directions, and the same arguments in the same order
 * with the same encodings.
 */
class ProtocolSpecConsistencyTest {

    private static Map<Integer, MessageSpec> spec;
    private static Map<Integer, Class<? extends ExplorerMessage>> records;

    @BeforeAll
    static void load() {
        spec = ProtocolSpec.load().explorer().messages().stream()
                .collect(Collectors.toMap(MessageSpec::id, Function.identity()));
        records = ExplorerArbitraries.messageClasses().stream()
                .collect(Collectors.toMap(ProtocolSpecConsistencyTest::idOf, Function.identity()));
    }

    private static int idOf(Class<? extends ExplorerMessage> type) {
        try {
            return type.getField("ID").getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getSimpleName() + " has no public ID constant", e);
        }
    }

    @Test
    void sameMessageIds() {
        assertThat(records.keySet()).as("ids of our records (left) vs the spec's explorer messages")
                .containsExactlyInAnyOrderElementsOf(spec.keySet());
        assertThat(records).hasSameSizeAs(ExplorerArbitraries.messageClasses());
    }

    /**
     * Every id a frame header can carry decodes to the spec's message of that id (the permitted record with that
     * {@code ID}), or to {@link UnknownMessage} when the spec has none: the decoder's switch has an arm for every
     * record and no other.
     */
    @Test
    void everyIdDecodesToItsSpecMessageOrToUnknown() {
        for (int id = 0; id <= 0xFFFF; id++) {
            ByteBuf frame = Unpooled.buffer(Frames.HEADER_LENGTH);
            Frames.finish(frame, Frames.start(frame, id));
            ExplorerMessage decoded = ExplorerCodec.decode(frame, new NamespaceTable());
            if (spec.containsKey(id)) {
                assertThat(decoded).as("id %d", id).isInstanceOf(records.get(id));
            } else {
                assertThat(decoded).as("id %d", id).isEqualTo(new UnknownMessage(id, new byte[0]));
            }
        }
    }

    @Test
    void sameNamesAndDirections() {
        for (Map.Entry<Integer, Class<? extends ExplorerMessage>> e : records.entrySet()) {
            MessageSpec m = spec.get(e.getKey());
            assertThat(squash(e.getValue().getSimpleName())).as("name of %d", e.getKey()).isEqualTo(squash(m.name()));
            Direction ours = fromClient(e.getValue()) ? Direction.CLIENT_TO_SERVER : Direction.SERVER_TO_CLIENT;
            assertThat(ours).as("direction of %s", m.name()).isEqualTo(m.direction());
        }
    }

    @Test
    void sameArgumentsInTheSameOrderWithTheSameEncodings() {
        for (Map.Entry<Integer, Class<? extends ExplorerMessage>> e : records.entrySet()) {
            MessageSpec m = spec.get(e.getKey());
            assertThat(m.argumentsKnown()).as("arguments of %s known", m.name()).isTrue();
            RecordComponent[] ours = e.getValue().getRecordComponents();
            List<ArgumentSpec> theirs = m.arguments();
            assertThat(ours).as("argument count of %s", m.name()).hasSize(theirs.size());
            for (int i = 0; i < ours.length; i++) {
                assertThat(squash(ours[i].getName())).as("argument %d of %s", i, m.name())
                        .isEqualTo(squash(theirs.get(i).name()));
                assertThat(javaTypesOf(theirs.get(i).encoding())).as("type of %s.%s", m.name(), theirs.get(i).name())
                        .contains(ours[i].getType());
            }
        }
    }

    private static boolean fromClient(Class<? extends ExplorerMessage> type) {
        return ExplorerArbitraries.message(type).sample().fromClient();
    }

    /** The Java types that may carry an encoding: u32 and i32 are both Java ints, with the same bits. */
    private static List<Class<?>> javaTypesOf(ArgumentEncoding encoding) {
        return switch (encoding) {
            case U32, I32 -> List.of(int.class);
            case U64 -> List.of(long.class);
            case BOOL -> List.of(boolean.class);
            case STR -> List.of(String.class);
            case REAL -> List.of(double.class);
            case DATE -> List.of(CccpDate.class);
            case DATA -> List.of(Bytes.class);
            case OBJECT -> List.of(ProtocolList.class, ProtocolObject.class, ObjectFormat.class, NamedObject.class,
                    CdepObject.class);
        };
    }

    /** Names compared without case or underscores: {@code UpdateFieldUint32} = {@code update_field_uint_32}. */
    private static String squash(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}
