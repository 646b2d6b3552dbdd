package io.cccpexplorer.history;

import java.time.OffsetDateTime;

/**
 * One queue over one interval. Counts are of the calls' passages through the queue ({@link StoredTask}: a call
 * overflowed to another queue counts in both) that entered it in the interval (calls still open are not counted).
 * Averages in seconds, {@code null} when there is nothing to average.
 *
 * @param offered        calls that entered the queue
 * @param answered       of which an agent answered
 * @param abandoned      of which the caller hung up after waiting longer than the short-abandon threshold
 * @param shortAbandoned of which the caller hung up within it (left out of the service level)
 * @param serviceLevel   answered within the target / (answered + abandoned), 0..1: short abandons and overflows
 *                       left out, as the live model's {@code QueueFigures.serviceLevel()}
 * @param targetS        the target the service level was measured against
 * @param avgWaitS       mean wait of all offered calls
 * @param maxWaitS       longest wait
 * @param asaS           average speed of answer: mean wait of the answered calls
 * @param avgTalkS       mean talk time of the answered calls
 * @param ahtS           average handle time: (talk + hold + wrap-up) / answered
 * @param transferred    answered, then transferred by the agent
 * @param overflowed     left for another queue or destination unanswered
 */
public record QueueFigures(OffsetDateTime interval, String queue, int offered, int answered, int abandoned,
                           int shortAbandoned, Double serviceLevel, int targetS, Double avgWaitS, Double maxWaitS,
                           Double asaS, Double avgTalkS, Double ahtS, int transferred, int overflowed) {
}
