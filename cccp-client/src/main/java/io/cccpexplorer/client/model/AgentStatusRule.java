package io.cccpexplorer.client.model;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The one rule that turns what the server says about an agent into an {@link AgentStatus}. Pure: the live model,
 * log replay and the durable history all call it with the facts they have.
 *
 * <p>The server's state name alone is not the truth: CCenter leaves an agent in a state such as "Disponible"
 * while the agent rings, talks and wraps up, and shows the call only in the agent's tasks. So, in this order:
 * <ol>
 *   <li>session closed → {@link AgentStatus#LOGGED_OUT};</li>
 *   <li>a call task in progress decides: offered → {@code RINGING}, contact → {@code TALKING}, post-contact →
 *       {@code WRAP_UP} (since the task phase began). A task already managed runs on until the ccxml ends it when
 *       the wrap-up time is over; one never ended (a ccxml that logs no {@code user_task_temporization_ended})
 *       stops deciding once the agent entered, after its phase began, a state that is not a wrap-up;</li>
 *   <li>a pause state (state group {@code pause}, or a state name or display name containing "pause") →
 *       {@code PAUSE}, with the display name as reason;</li>
 *   <li>a wrap-up state (name or display name containing "wrap" or "post-appel"/"post appel") → {@code WRAP_UP};</li>
 *   <li>a supervisor session (mode or state containing "supervis") → {@code SUPERVISING};</li>
 *   <li>an "unplug" mode → {@code PAUSE}, with the mode as reason;</li>
 *   <li>otherwise {@code AVAILABLE}, since the later of the state's start and the end of the agent's last call.</li>
 * </ol>
 */
public final class AgentStatusRule {

    private AgentStatusRule() {
    }

    /**
     * What the server says about one agent session. Absent values are {@code null}.
     *
     * @param loggedIn         the session is open (no {@code terminate_date})
     * @param mode             {@code current_mode}
     * @param stateName        {@code states.last.name}
     * @param stateDisplayName {@code states.last.display_name}
     * @param stateGroup       {@code states.last.group}
     * @param stateSince       {@code states.last.start_date}
     * @param callPhase        the phase of the agent's call task in progress ({@code OFFERED}, {@code TALKING},
     *                         {@code WRAP_UP}), {@code null} when none runs
     * @param callPhaseSince   when that phase began
     * @param lastCallEnded    when the agent's last call task ended, {@code null} when unknown
     * @param callPhaseManaged the call task in progress is already managed ({@code user_task_managed}: at the
     *                         hang-up or the transfer), so its post-contact phase is the wrap-up time
     */
    public record Facts(boolean loggedIn, String mode, String stateName, String stateDisplayName, String stateGroup,
                        OffsetDateTime stateSince, QueueTaskState callPhase, OffsetDateTime callPhaseSince,
                        OffsetDateTime lastCallEnded, boolean callPhaseManaged) {

        /**
         * Facts whose call task, if any, is not managed yet.
         *
         * @param loggedIn         the session is open
         * @param mode             {@code current_mode}
         * @param stateName        {@code states.last.name}
         * @param stateDisplayName {@code states.last.display_name}
         * @param stateGroup       {@code states.last.group}
         * @param stateSince       {@code states.last.start_date}
         * @param callPhase        the phase of the agent's call task in progress, {@code null} when none runs
         * @param callPhaseSince   when that phase began
         * @param lastCallEnded    when the agent's last call task ended, {@code null} when unknown
         */
        public Facts(boolean loggedIn, String mode, String stateName, String stateDisplayName, String stateGroup,
                     OffsetDateTime stateSince, QueueTaskState callPhase, OffsetDateTime callPhaseSince,
                     OffsetDateTime lastCallEnded) {
            this(loggedIn, mode, stateName, stateDisplayName, stateGroup, stateSince, callPhase, callPhaseSince,
                    lastCallEnded, false);
        }
    }

    /**
     * The rule's answer.
     *
     * @param status      the status
     * @param pauseReason for {@code PAUSE} the reason, else {@code null}
     * @param since       when the status began, {@code null} when the facts do not date it
     */
    public record Result(AgentStatus status, String pauseReason, OffsetDateTime since) {
    }

    /**
     * The status the facts give.
     *
     * @param f what the server says about the agent
     * @return the status, its pause reason and since when
     */
    public static Result of(Facts f) {
        if (!f.loggedIn()) {
            return new Result(AgentStatus.LOGGED_OUT, null, null);
        }
        if (f.callPhase() != null && !movedOnFromManagedTask(f)) {
            switch (f.callPhase()) {
                case OFFERED:
                    return new Result(AgentStatus.RINGING, null, f.callPhaseSince());
                case TALKING:
                    return new Result(AgentStatus.TALKING, null, f.callPhaseSince());
                case WRAP_UP:
                    return new Result(AgentStatus.WRAP_UP, null, f.callPhaseSince());
                default:
                    break;
            }
        }
        if ("pause".equalsIgnoreCase(f.stateGroup()) || contains(f.stateName(), "pause")
                || contains(f.stateDisplayName(), "pause")) {
            return new Result(AgentStatus.PAUSE, firstText(f.stateDisplayName(), f.stateName()), f.stateSince());
        }
        if (wrapUpState(f)) {
            return new Result(AgentStatus.WRAP_UP, null, f.stateSince());
        }
        if (contains(f.mode(), "supervis") || contains(f.stateName(), "supervis")
                || contains(f.stateDisplayName(), "supervis")) {
            return new Result(AgentStatus.SUPERVISING, null, f.stateSince());
        }
        if (contains(f.mode(), "unplug")) {
            return new Result(AgentStatus.PAUSE, f.mode(), f.stateSince());
        }
        return new Result(AgentStatus.AVAILABLE, null, later(f.stateSince(), f.lastCallEnded()));
    }

    private static boolean wrapUpState(Facts f) {
        return contains(f.stateName(), "wrap") || contains(f.stateDisplayName(), "wrap")
                || contains(f.stateDisplayName(), "post-appel") || contains(f.stateDisplayName(), "post appel");
    }

    /**
     * A managed task still running while the agent has entered, since its phase began, a state that is not a
     * wrap-up: the agent has moved on from a task its ccxml never ends (the vendor's dispatch keeps such a task
     * running in post_managing for good). A task the ccxml ends at the wrap-up's end keeps deciding until then.
     */
    private static boolean movedOnFromManagedTask(Facts f) {
        return f.callPhaseManaged() && f.stateSince() != null && f.callPhaseSince() != null
                && f.stateSince().isAfter(f.callPhaseSince()) && !wrapUpState(f);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part);
    }

    private static String firstText(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}
