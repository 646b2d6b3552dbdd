package io.cccpexplorer.dashboard.feed;

import java.time.OffsetDateTime;

/**
 * Health of the link between the dashboard and one CCCP server.
 *
 * @param since when the link entered this state
 * @param error why the link is not live, or {@code null}
 */
public record ConnectionStatus(State state, OffsetDateTime since, String error) {

    /** What the browser shows as the connection badge. */
    public enum State {
        LIVE, RECONNECTING, OFFLINE;

        /** The JSON spelling ({@code live}, {@code reconnecting}, {@code offline}). */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ConnectionStatus live(OffsetDateTime since) {
        return new ConnectionStatus(State.LIVE, since, null);
    }
}
