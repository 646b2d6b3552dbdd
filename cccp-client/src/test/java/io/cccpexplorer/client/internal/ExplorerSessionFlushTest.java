package io.cccpexplorer.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.netty.ExplorerBatch;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

/**
 * What a session sends while the server's answers are read is flushed once at the end of the read batch (a live
 * list refills its window of row queries from its answers), and at once otherwise.
 */
class ExplorerSessionFlushTest {

    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final ExplorerSession session = new ExplorerSession(channel);

    @Test
    void sendsDuringAReadAreFlushedTogetherWhenTheReadEnds() {
        session.startOfRead();
        session.send(new StopQuery(ExplorerSession.SESSION_ID, 1));
        session.send(new StopQuery(ExplorerSession.SESSION_ID, 2));
        session.send(new StopQuery(ExplorerSession.SESSION_ID, 3));
        assertThat(channel.outboundMessages()).isEmpty();   // written, not flushed

        session.endOfRead();
        // one write of the three, in order
        assertThat(channel.outboundMessages()).hasSize(1);
        assertThat(channel.<ExplorerBatch>readOutbound().messages()).containsExactly(
                new StopQuery(ExplorerSession.SESSION_ID, 1), new StopQuery(ExplorerSession.SESSION_ID, 2),
                new StopQuery(ExplorerSession.SESSION_ID, 3));
    }

    @Test
    void aSingleSendDuringAReadIsWrittenAlone() {
        session.startOfRead();
        session.send(new StopQuery(ExplorerSession.SESSION_ID, 4));
        session.endOfRead();
        assertThat(channel.<ExplorerMessage>readOutbound()).isEqualTo(new StopQuery(ExplorerSession.SESSION_ID, 4));
    }

    @Test
    void anImmediateSendDuringAReadGoesAfterWhatTheReadKept() {
        session.startOfRead();
        session.send(new StopQuery(ExplorerSession.SESSION_ID, 5));
        session.sendNow(new StopQuery(ExplorerSession.SESSION_ID, 6));
        assertThat(channel.<ExplorerMessage>readOutbound()).isEqualTo(new StopQuery(ExplorerSession.SESSION_ID, 5));
        assertThat(channel.<ExplorerMessage>readOutbound()).isEqualTo(new StopQuery(ExplorerSession.SESSION_ID, 6));
        session.endOfRead();
        assertThat(channel.outboundMessages()).isEmpty();
    }

    @Test
    void aSendOutsideAReadIsFlushedAtOnce() {
        session.send(new StopQuery(ExplorerSession.SESSION_ID, 7));
        assertThat(channel.outboundMessages()).hasSize(1);

        session.startOfRead();
        session.endOfRead();   // nothing was sent during that read: nothing more goes out
        assertThat(channel.outboundMessages()).hasSize(1);
    }
}
