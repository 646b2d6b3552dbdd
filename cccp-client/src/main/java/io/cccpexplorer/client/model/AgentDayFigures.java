package io.cccpexplorer.client.model;

import java.time.Duration;

/**
 * One agent's day since the day start ({@link FigureSettings#dayStart()}), all sessions of the login together,
 * the current status counted up to {@link ContactCenterSnapshot#asOf()}. Definitions in the module README.
 *
 * @param login         the agent's login
 * @param callsHandled  queue calls the agent answered today
 * @param talkTime      time in {@link AgentStatus#TALKING}
 * @param wrapUpTime    time in {@link AgentStatus#WRAP_UP}
 * @param pauseTime     time in {@link AgentStatus#PAUSE}
 * @param ringingTime   time in {@link AgentStatus#RINGING}
 * @param availableTime time in {@link AgentStatus#AVAILABLE}
 * @param loggedTime    time logged in, whatever the status
 */
public record AgentDayFigures(String login, int callsHandled, Duration talkTime, Duration wrapUpTime,
                              Duration pauseTime, Duration ringingTime, Duration availableTime, Duration loggedTime) {

    /**
     * Occupancy: (ringing + talking + wrap-up) ÷ (available + ringing + talking + wrap-up); pause and supervision
     * are outside the ratio.
     *
     * @return the ratio between 0 and 1, {@code null} before any such time
     */
    public Double occupancy() {
        Duration busy = ringingTime.plus(talkTime).plus(wrapUpTime);
        Duration staffed = busy.plus(availableTime);
        return staffed.isZero() ? null : (double) busy.toMillis() / staffed.toMillis();
    }
}
