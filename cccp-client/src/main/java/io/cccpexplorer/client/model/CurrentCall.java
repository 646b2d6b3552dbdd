package io.cccpexplorer.client.model;

/**
 * The call an agent is ringing with, talking on or wrapping up.
 *
 * @param sessionId the call's session id ({@link Call#sessionId()})
 * @param caller    the caller's number, {@code null} when the call session is not (yet) known to the model
 * @param queue     the queue the call came through ({@link QueueStats#name()}), {@code null} when none
 * @param direction the call's direction, {@link CallDirection#UNKNOWN} when the call session is not known
 */
public record CurrentCall(String sessionId, String caller, String queue, CallDirection direction) {
}
