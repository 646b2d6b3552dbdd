package io.cccpexplorer.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cccpexplorer.simulator.MutableClock;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.warmup.ConnectionWarmUp;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The server answers over either socket layer, and the build ships the native one where it is the default. */
class TransportTest {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void reportSessionsAreAnsweredOverEachTransport(Transport transport) throws Exception {
        assumeTrue(transport != Transport.EPOLL || Epoll.isAvailable(), "epoll is Linux-only");
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
        try {
            assertThat(Transport.of(group)).as("the listening channel follows the loops").isEqualTo(transport);

            // the warm-up's sessions: connect, initialize, login, a list and its objects, close; its server listens
            // on the loop it is given, so on this transport
            ConnectionWarmUp.Result r = ConnectionWarmUp.run((EventLoop) group.next(),
                    new MutableClock(TestRecords.START), TestRecords.OFFSET, 4, Duration.ofSeconds(60));

            assertThat(r.stopped()).isEmpty();
            assertThat(r.sessions()).isEqualTo(4);
            assertThat(r.objects()).isPositive();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void linuxOnX86GetsEpollFromTheShippedNativeLibrary() {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && System.getProperty("os.arch").matches("amd64|x86_64"),
                "the native library shipped is x86-64 Linux's");

        assertThat(Epoll.isAvailable()).as("%s", Epoll.unavailabilityCause()).isTrue();
        assertThat(Transport.preferred()).isEqualTo(Transport.EPOLL);
        assertThat(Transport.EPOLL.requireAvailable()).isEqualTo(Transport.EPOLL);
    }
}
