package io.cccpexplorer.client;

/**
 * A request got no answer before its deadline. The dispatch answers an unknown object, field or format with
 * silence, so this is also how such mistakes surface. The message names the query, e.g.
 * {@code query_list sessions on object 0 timed out after 5 s}.
 */
public final class CccpTimeoutException extends CccpException {

    /** @param message what timed out, naming the query */
    public CccpTimeoutException(String message) {
        super(message);
    }
}
