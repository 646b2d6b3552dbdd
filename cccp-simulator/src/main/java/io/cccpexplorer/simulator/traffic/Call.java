package io.cccpexplorer.simulator.traffic;

/** One simulated inbound call: its session and connection ids, and where it is in its life. */
final class Call {

    final String sessionId;
    final String callId;
    final String caller;
    final String callerAddress;
    final String localAddress;
    final CallQueue entryQueue;
    final boolean ivrOnly;
    final boolean abandons;

    CallQueue queue;
    String taskId;
    int taskNumber;
    String waitDialog;
    String agentLeg;
    Agent agent;
    int taskLoggerId;
    long queuedAt;
    boolean transferred;
    boolean overflowed;
    boolean ended;

    Call(String sessionId, String callId, String caller, CallQueue entryQueue, boolean ivrOnly, boolean abandons) {
        this.sessionId = sessionId;
        this.callId = callId;
        this.caller = caller;
        this.callerAddress = "sip:+" + caller + "@" + FictionalDirectory.CALLER_GATEWAY;
        this.localAddress = "sip:+" + FictionalDirectory.entryNumber(entryQueue.index) + "@"
                + FictionalDirectory.PLATFORM;
        this.entryQueue = entryQueue;
        this.ivrOnly = ivrOnly;
        this.abandons = abandons;
    }
}
