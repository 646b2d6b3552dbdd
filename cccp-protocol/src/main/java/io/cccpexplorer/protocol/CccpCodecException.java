package io.cccpexplorer.protocol;

import io.netty.handler.codec.DecoderException;

/**
 * The one exception the CCCP codecs throw: a frame, argument or object blob that breaks the wire format, or an
 * outbound value the wire cannot carry. Messages follow the form {@code what: value (expected: constraint)}.
 *
 * <p>The codec never logs and never closes a channel; it reports. The handler that owns the connection decides.
 * It extends Netty's {@link DecoderException} so that a pipeline does not wrap it a second time.
 */
public final class CccpCodecException extends DecoderException {

    /**
     * A codec error with its message.
     *
     * @param message what broke, in the form {@code what: value (expected: constraint)}
     */
    public CccpCodecException(String message) {
        super(message);
    }

    /**
     * A codec error caused by another exception.
     *
     * @param message what broke, in the form {@code what: value (expected: constraint)}
     * @param cause the underlying failure
     */
    public CccpCodecException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The usual error: {@code what: value (expected: constraint)}.
     *
     * @param what the frame part or argument that is wrong
     * @param value the value found
     * @param expected the constraint it breaks
     * @return the exception, for the caller to throw
     */
    public static CccpCodecException bad(String what, Object value, String expected) {
        return new CccpCodecException(what + ": " + value + " (expected: " + expected + ")");
    }
}
