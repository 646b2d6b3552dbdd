package io.cccpexplorer.simulator.query.filter;

/** A filter that does not parse; the message says where and what was expected. */
public final class FilterSyntaxException extends Exception {

    public FilterSyntaxException(String message) {
        super(message);
    }
}
