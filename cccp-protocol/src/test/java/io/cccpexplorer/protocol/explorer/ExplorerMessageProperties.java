package io.cccpexplorer.protocol.explorer;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.testing.ExplorerArbitraries;
import io.cccpexplorer.spec.ProtocolSpec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Random instances of every explorer message encode and decode back to equal records. */
class ExplorerMessageProperties {

    @Example
    void everyMessageTypeOfTheSpecIsGenerated() {
        List<Class<? extends ExplorerMessage>> classes = ExplorerArbitraries.messageClasses();
        assertThat(classes).hasSize(ProtocolSpec.load().explorer().messages().size()).doesNotHaveDuplicates();
        for (Class<? extends ExplorerMessage> c : classes) {
            ExplorerMessage sample = ExplorerArbitraries.message(c).sample();
            assertThat(sample).isInstanceOf(c);
        }
    }

    @Provide
    Arbitrary<ExplorerMessage> messages() {
        return ExplorerArbitraries.messages();
    }

    @Provide
    Arbitrary<List<ExplorerMessage>> conversations() {
        return ExplorerArbitraries.messages().list().ofMinSize(2).ofMaxSize(12);
    }

    @Property(tries = 1500)
    void encodeThenDecodeGivesAnEqualRecord(@ForAll("messages") ExplorerMessage message) {
        Statistics.collect(message.getClass().getSimpleName());
        ByteBuf frame = Unpooled.buffer();
        ExplorerCodec.encode(message, frame, new NamespaceTable());
        assertThat(frame.getIntLE(0)).isEqualTo(frame.readableBytes());
        assertThat(frame.getIntLE(4)).isEqualTo(message.id());
        assertThat(ExplorerCodec.decode(frame, new NamespaceTable())).isEqualTo(message);
    }

    /** Many messages over one connection: namespaces announced once, then referred to by number. */
    @Property(tries = 200)
    void aConversationKeepsBothTablesInStep(@ForAll("conversations") List<ExplorerMessage> messages) {
        NamespaceTable sender = new NamespaceTable();
        NamespaceTable receiver = new NamespaceTable();
        for (ExplorerMessage m : messages) {
            ByteBuf frame = Unpooled.buffer();
            ExplorerCodec.encode(m, frame, sender);
            assertThat(ExplorerCodec.decode(frame, receiver)).isEqualTo(m);
        }
        assertThat(receiver.size()).isEqualTo(sender.size());
    }

    /** Decoding is a pure function of the bytes: re-encoding a decoded frame gives the same bytes back. */
    @Property(tries = 1000)
    void decodeThenEncodeGivesTheSameBytes(@ForAll("messages") ExplorerMessage message) {
        ByteBuf first = Unpooled.buffer();
        ExplorerCodec.encode(message, first, new NamespaceTable());
        byte[] bytes = io.netty.buffer.ByteBufUtil.getBytes(first);
        ExplorerMessage decoded = ExplorerCodec.decode(Unpooled.wrappedBuffer(bytes), new NamespaceTable());
        ByteBuf second = Unpooled.buffer();
        ExplorerCodec.encode(decoded, second, new NamespaceTable());
        assertThat(io.netty.buffer.ByteBufUtil.getBytes(second)).isEqualTo(bytes);
    }
}
