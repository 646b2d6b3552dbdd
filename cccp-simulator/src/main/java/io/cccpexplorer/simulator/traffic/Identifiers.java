package io.cccpexplorer.simulator.traffic;

/**
 * Object ids in the vendor's shape: {@code kind_N@PID.START.Ccxml.HOST} for the ccxml process's own objects
 * (sessions, users, dialogs, tasks, outgoing calls) with one counter for all kinds, and
 * {@code call_N@PID.START.Voip_1.HOST} for calls created by the VoIP front end.
 */
final class Identifiers {

    private final String ccxmlSuffix;
    private final String voipSuffix;
    private long counter;
    private long voipCounter;

    Identifiers(String host, long startEpochSecond, long seed) {
        long pid = 10_000 + Math.floorMod(seed, 20_000);
        this.ccxmlSuffix = "@" + pid + "." + startEpochSecond + ".Ccxml." + host;
        this.voipSuffix = "@" + (pid + 7) + "." + (startEpochSecond - 5) + ".Voip_1." + host;
        this.counter = 100;
        this.voipCounter = 500_000;
    }

    String next(String kind) {
        return kind + "_" + (++counter) + ccxmlSuffix;
    }

    String nextVoipCall() {
        return "call_" + (++voipCounter) + voipSuffix;
    }
}
