package io.cccpexplorer.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cccpexplorer.protocol.CccpCodecException;
import io.cccpexplorer.protocol.netty.ExplorerChannelCodec;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A client that hangs up with part of a frame sent is logged as a hang-up (INFO), not as a malformed frame (WARN):
 * the errors come from the simulator's own codec, so a change of its wording fails here.
 */
class HangUpTest {

    @Test
    void endOfStreamInsideAFrameIsAHangUp() {
        EmbeddedChannel channel = new EmbeddedChannel(new ExplorerChannelCodec());
        // a 16-byte frame (length, id, two u32) cut after 6 bytes
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {16, 0, 0, 0, 9, 0}));

        Throwable cause = catchThrowable(channel::finish);

        assertThat(cause).isInstanceOf(CccpCodecException.class);
        assertThat(ExplorerConnection.hungUpInsideAFrame(cause)).isTrue();
    }

    @Test
    void endOfStreamInsideTheLengthIsAHangUp() {
        EmbeddedChannel channel = new EmbeddedChannel(new ExplorerChannelCodec());
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {16, 0}));

        assertThat(ExplorerConnection.hungUpInsideAFrame(catchThrowable(channel::finish))).isTrue();
    }

    @Test
    void bytesThatBreakTheFormatAreMalformed() {
        EmbeddedChannel channel = new EmbeddedChannel(new ExplorerChannelCodec());
        // a frame announcing 3 bytes: shorter than its own length and id
        Throwable cause = catchThrowable(() -> channel.writeInbound(
                Unpooled.wrappedBuffer(new byte[] {3, 0, 0, 0, 9, 0, 0, 0})));

        assertThat(cause).isInstanceOf(CccpCodecException.class);
        assertThat(ExplorerConnection.hungUpInsideAFrame(cause)).isFalse();
        assertThat(ExplorerConnection.hungUpInsideAFrame(new IOException("Connection reset by peer"))).isFalse();
        assertThat(ExplorerConnection.hungUpInsideAFrame(new IllegalStateException())).isFalse();
    }
}
