package io.cccpexplorer.client.model;

import java.time.Duration;

/**
 * The figures of one queue, of a team (a named group of queues, {@link FigureSettings#teams()}) or of the whole
 * project, computed by the model: live counts at {@link ContactCenterSnapshot#asOf()} and totals since the day
 * start. Definitions in the module README. Immutable; a figure without data (a rate over no call) is {@code null}.
 * The dashboard's API names are given in brackets.
 *
 * @param name               the queue's full name, the team's name, or the project's name
 * @param agentsLogged       logged-in agents serving it (an agent serving two queues of a team counts once)
 * @param agentsAvailable    of those, available [agents_available]
 * @param agentsRinging      of those, with a call offered
 * @param agentsTalking      of those, talking [agents_talking]
 * @param agentsWrapUp       of those, in after-call work [agents_wrap_up]
 * @param agentsPause        of those, in pause [agents_pause]
 * @param waiting            calls waiting in it now [waiting]
 * @param longestWait        the longest current wait [longest_wait_s]
 * @param callsInProgress    calls in it now: waiting, ringing or talking
 * @param offered            calls that entered it today [offered]
 * @param answered           of those, answered by an agent [answered]
 * @param abandoned          caller hung up unanswered after more than the short-abandon threshold [abandoned]
 * @param shortAbandoned     caller hung up unanswered within the short-abandon threshold (not in abandoned)
 * @param overflowed         left it unanswered for another destination
 * @param answeredInTarget   answered within the service-level target of their queue
 * @param serviceLevelTarget the target [service_level_target_s] (the default target for teams and the project)
 * @param maxWait            the longest wait of a call that left it today (answered, abandoned or overflowed)
 *                           [max_wait_s]
 * @param totalAnswerWait    total wait of the answered calls (for {@link #asa()})
 * @param handled            answered calls whose conversation ended (for {@link #aht()})
 * @param totalHandleTime    their talk time plus the after-call work that followed them
 */
public record QueueFigures(String name, int agentsLogged, int agentsAvailable, int agentsRinging, int agentsTalking,
                           int agentsWrapUp, int agentsPause, int waiting, Duration longestWait, int callsInProgress,
                           int offered, int answered, int abandoned, int shortAbandoned, int overflowed,
                           int answeredInTarget, Duration serviceLevelTarget, Duration maxWait,
                           Duration totalAnswerWait, int handled, Duration totalHandleTime) {

    /** {@return abandoned ÷ (offered − short abandons) [abandon_rate], {@code null} before any counted call} */
    public Double abandonRate() {
        int counted = offered - shortAbandoned;
        return counted <= 0 ? null : (double) abandoned / counted;
    }

    /**
     * answered within target ÷ (answered + abandoned) [service_level]; short abandons and overflows are left out.
     *
     * @return the ratio, {@code null} before any answered or abandoned call
     */
    public Double serviceLevel() {
        int counted = answered + abandoned;
        return counted == 0 ? null : (double) answeredInTarget / counted;
    }

    /**
     * {@return average speed of answer: average wait of the answered calls [asa_s], {@code null} before any answer}
     */
    public Duration asa() {
        return answered == 0 ? null : totalAnswerWait.dividedBy(answered);
    }

    /** {@return average handle time: (talk + after-call work) per handled call [aht_s], {@code null} before any} */
    public Duration aht() {
        return handled == 0 ? null : totalHandleTime.dividedBy(handled);
    }
}
