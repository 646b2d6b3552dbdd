package io.cccpexplorer.client;

/**
 * One message on the wire, as a {@link MessageTrace} sees it. The API deliberately names no protocol type: the
 * record behind the message (a {@code cccp-protocol} {@code ExplorerMessage}) is reached through
 * {@link #unwrap(Class)}, as JDBC's {@code Wrapper} does, by tools that speak the protocol themselves
 * ({@code cccp-report -verbose} prints every field in the vendor's style). Everyone else reads
 * {@link #toString()}.
 */
public interface WireMessage {

    /**
     * The message as {@code type}.
     *
     * @param type a type the message is an instance of, e.g. {@code ExplorerMessage.class}
     * @param <T>  that type
     * @return the message
     * @throws IllegalArgumentException if the message is not a {@code type}
     */
    <T> T unwrap(Class<T> type);

    /** @return the message's name and arguments, for a log line */
    @Override
    String toString();
}
