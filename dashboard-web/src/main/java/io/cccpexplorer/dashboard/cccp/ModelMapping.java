package io.cccpexplorer.dashboard.cccp;

import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.ChangeKind;
import io.cccpexplorer.client.model.QueueStats;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.dashboard.feed.ChangeOp;
import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.feed.ConsoleEvent;
import io.cccpexplorer.dashboard.feed.LiveAgent;
import io.cccpexplorer.dashboard.feed.LiveCall;
import io.cccpexplorer.dashboard.feed.LiveQueue;

/** Copies cccp-client's live-model records into the dashboard's feed records (same fields, same meaning). */
final class ModelMapping {

    private ModelMapping() {
    }

    static LiveAgent agent(Agent a) {
        return new LiveAgent(a.objectId(), a.sessionId(), a.login(), a.name(), a.project(), a.profile(), a.mode(),
                a.state(), a.stateSince(), a.phone(), a.queues(), a.currentCallSessionId(), a.loggedInSince());
    }

    static LiveCall call(Call c) {
        return new LiveCall(c.objectId(), c.sessionId(), LiveCall.Direction.valueOf(c.direction().name()),
                c.caller(), c.called(), c.queue(), c.agentLogin(), LiveCall.State.valueOf(c.state().name()),
                c.start(), c.answered(), c.end());
    }

    /** The client model has no priority: the dashboard shows 0. */
    static LiveQueue queue(QueueStats q) {
        return new LiveQueue(q.objectId(), q.name(), q.displayName(), q.type(), q.virtualQueue(), 0, q.logged(),
                q.working(), q.waiting(), q.callsInProgress(), q.oldestWaiting());
    }

    static ConsoleEvent event(SessionEvent e) {
        return new ConsoleEvent(e.objectId(), e.date(), e.source(), e.target(), e.state(), e.name(), e.data());
    }

    static ChangeOp op(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> ChangeOp.ADD;
            case UPDATED -> ChangeOp.UPDATE;
            case REMOVED -> ChangeOp.REMOVE;
        };
    }

    static ConnectionStatus.State state(ConnectionState s) {
        return switch (s) {
            case READY -> ConnectionStatus.State.LIVE;
            case CONNECTING, HANDSHAKING, BACKING_OFF -> ConnectionStatus.State.RECONNECTING;
            case CLOSED -> ConnectionStatus.State.OFFLINE;
        };
    }
}
