package io.cccpexplorer.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The message table of one interface: a TCP module such as {@code explorer} (module id 103) or a logger-record
 * family such as {@code ccxml_logger} (no module id: records travel inside the logger's {@code add_log}).
 *
 * @param name           e.g. {@code explorer}, {@code ccxml_logger}
 * @param kind           module or logger records
 * @param moduleId       the id of the first message of a connection; empty for logger records
 * @param servedBy       the vendor processes that accept this interface
 * @param summary        what the interface is for
 * @param argumentsKnown true when every message has a known argument list
 * @param evidence       how the table was established
 * @param messages       every known message, both directions
 */
public record InterfaceSpec(String name, InterfaceKind kind, OptionalInt moduleId, List<String> servedBy,
                            String summary, boolean argumentsKnown, List<Evidence> evidence,
                            List<MessageSpec> messages) {

    /**
     * Checks the interface and keeps immutable copies of its lists.
     *
     * @param name e.g. {@code explorer}, {@code ccxml_logger}
     * @param kind module or logger records
     * @param moduleId the id of the first message of a connection; empty for logger records
     * @param servedBy the vendor processes that accept this interface
     * @param summary what the interface is for
     * @param argumentsKnown true when every message has a known argument list
     * @param evidence how the table was established
     * @param messages every known message, both directions
     * @throws NullPointerException if a required part is {@code null}
     */
    public InterfaceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(moduleId, "moduleId");
        servedBy = List.copyOf(servedBy);
        evidence = List.copyOf(evidence);
        messages = List.copyOf(messages);
    }

    /**
     * The message with this id. Ids are unique within each interface (the two directions use disjoint ranges); use
     * {@link #message(int, Direction)} to be explicit.
     *
     * @param id the message id
     * @return the message, or empty
     */
    public Optional<MessageSpec> message(int id) {
        return messages.stream().filter(m -> m.id() == id).findFirst();
    }

    /**
     * The message with this id travelling in this direction.
     *
     * @param id the message id
     * @param direction who sends it
     * @return the message, or empty
     */
    public Optional<MessageSpec> message(int id, Direction direction) {
        return messages.stream().filter(m -> m.id() == id && m.direction() == direction).findFirst();
    }

    /**
     * The message with this name (e.g. {@code query_list}); the first one if both directions share a name.
     *
     * @param name the vendor's name without the interface prefix
     * @return the message, or empty
     */
    public Optional<MessageSpec> message(String name) {
        return messages.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * The message with this name travelling in this direction (e.g. {@code login_ok} server to client).
     *
     * @param name the vendor's name without the interface prefix
     * @param direction who sends it
     * @return the message, or empty
     */
    public Optional<MessageSpec> message(String name, Direction direction) {
        return messages.stream().filter(m -> m.name().equals(name) && m.direction() == direction).findFirst();
    }

    /**
     * The messages sent in one direction, in table order.
     *
     * @param direction who sends them
     * @return the messages
     */
    public List<MessageSpec> messages(Direction direction) {
        return messages.stream().filter(m -> m.direction() == direction).toList();
    }
}
