package io.cccpexplorer.client;

import java.util.Optional;

/**
 * A live object query: the row of one object, updated as the server pushes changes, restored after reconnects.
 * Its listener (a {@code Consumer<Row>}) sees each distinct version once, on the connection's event executor.
 * Thread-safe.
 */
public interface LiveObject extends AutoCloseable {

    /** @return the object's id */
    int objectId();

    /** @return the last row delivered to the listener, empty before the first answer */
    Optional<Row> current();

    /** Stops the query; idempotent. */
    @Override
    void close();
}
