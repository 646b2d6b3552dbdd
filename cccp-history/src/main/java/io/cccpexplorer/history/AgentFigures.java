package io.cccpexplorer.history;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One agent over one interval, in seconds, from the agent's closed status intervals and the calls they handled.
 *
 * @param loggedS       every status but {@code logged_out}
 * @param availableS    {@code available}
 * @param talkingS      {@code talking} and {@code on_hold}
 * @param ringingS      {@code ringing}
 * @param wrapUpS       {@code wrap_up}
 * @param pauseS        {@code pause}, all reasons
 * @param pauseByReason {@code pause} per reason ("" when the data gives none)
 * @param handled       calls answered by the agent, counted at their queue entry time
 * @param ahtS          (talk + hold + wrap-up) / handled, {@code null} without calls
 * @param occupancy     (ringing + talking + wrap-up) / (that + available), 0..1, {@code null} when both are zero
 */
public record AgentFigures(OffsetDateTime interval, String agent, double loggedS, double availableS, double talkingS,
                           double ringingS, double wrapUpS, double pauseS, Map<String, Double> pauseByReason,
                           int handled, Double ahtS, Double occupancy) {

    public AgentFigures {
        pauseByReason = Map.copyOf(pauseByReason);
    }
}
