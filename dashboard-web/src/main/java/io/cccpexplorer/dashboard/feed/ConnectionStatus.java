package io.cccpexplorer.dashboard.feed;

import io.cccpexplorer.client.ConnectionState;
import java.time.OffsetDateTime;

/**
 * Health of the link between the dashboard and one CCCP server.
 *
 * @param since when the link became live, or when the current outage began (kept while retries move the link
 *              between reconnecting and offline)
 * @param error why the link is not live, or {@code null}
 */
public record ConnectionStatus(State state, OffsetDateTime since, String error) {

    /** What the browser shows as the connection badge. */
    public enum State {
        LIVE, RECONNECTING, OFFLINE;

        /** The badge for a state of cccp-client's connection. */
        public static State of(ConnectionState s) {
            return switch (s) {
                case READY -> LIVE;
                case CONNECTING, HANDSHAKING, BACKING_OFF -> RECONNECTING;
                case CLOSED -> OFFLINE;
            };
        }

        /** The JSON spelling ({@code live}, {@code reconnecting}, {@code offline}). */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ConnectionStatus live(OffsetDateTime since) {
        return new ConnectionStatus(State.LIVE, since, null);
    }
}
