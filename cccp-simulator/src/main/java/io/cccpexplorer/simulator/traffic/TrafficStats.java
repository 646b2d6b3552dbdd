package io.cccpexplorer.simulator.traffic;

/**
 * What the generator's contact center looks like at the time it has reached: a snapshot for tests, logs and
 * dashboards that want to check their own view against the truth.
 *
 * @param loggedInAgents  agents logged in now
 * @param activeCalls     call sessions created and not yet deleted
 * @param waitingCalls    calls queued and not yet offered to an agent (abandoning callers included)
 * @param callsCreated    call sessions created so far
 * @param callsTerminated call sessions terminated so far
 * @param answered        calls an agent answered (a transferred call counts once)
 * @param abandoned       queued calls whose caller hung up
 * @param transferred     transfers to another queue
 * @param ivrOnly         calls that ended in the voice menu
 * @param overflowed      calls that waited too long in a queue and moved on to the next one
 * @param records         records emitted so far
 */
public record TrafficStats(int loggedInAgents, int activeCalls, int waitingCalls, long callsCreated,
                           long callsTerminated, long answered, long abandoned, long transferred, long ivrOnly,
                           long overflowed, long records) {
}
