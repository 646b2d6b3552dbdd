package io.cccpexplorer.client.model;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallStatusRuleTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 2, 8, 9, 0, 0, 0, ZoneOffset.ofHours(1));

    private static QueueTask task(String id, String queue, QueueTaskState state, int queuedAt, Integer answeredAt,
                                  Integer endedAt, String reason) {
        return new QueueTask("session_1@x", id, queue, state, T0.plusSeconds(queuedAt),
                answeredAt == null ? null : T0.plusSeconds(answeredAt), null,
                endedAt == null ? null : T0.plusSeconds(endedAt), answeredAt == null ? null : "user_1@x",
                answeredAt == null ? null : "alice", reason);
    }

    private static CallStatusRule.Result status(Integer endedAt, QueueTask... tasks) {
        return CallStatusRule.of(new CallStatusRule.Facts(CallDirection.INCOMING, T0, T0.plusSeconds(2),
                endedAt == null ? null : T0.plusSeconds(endedAt), List.of(tasks)));
    }

    @Test
    void anOpenCallFollowsItsLatestTask() {
        assertThat(status(null).status()).as("in the voice menu").isEqualTo(CallStatus.IVR);
        CallStatusRule.Result waiting = status(null, task("t1", "Q", QueueTaskState.WAITING, 20, null, null, null));
        assertThat(waiting.status()).isEqualTo(CallStatus.WAITING);
        assertThat(waiting.since()).isEqualTo(T0.plusSeconds(20));
        assertThat(status(null, task("t1", "Q", QueueTaskState.OFFERED, 20, null, null, null)).status())
                .isEqualTo(CallStatus.RINGING);
        assertThat(status(null, task("t1", "Q", QueueTaskState.TALKING, 20, 30, null, null)).since())
                .isEqualTo(T0.plusSeconds(30));
        assertThat(status(null, task("t1", "Q", QueueTaskState.ENDED, 20, 30, 90, "transferred")).status())
                .isEqualTo(CallStatus.TRANSFERRING);
        assertThat(status(null, task("t1", "Q", QueueTaskState.ENDED, 20, 30, 90, "transferred"),
                task("t2", "R", QueueTaskState.WAITING, 90, null, null, null)).status()).isEqualTo(CallStatus.WAITING);
    }

    @Test
    void outgoingCallsWithoutQueueRingThenTalk() {
        assertThat(CallStatusRule.of(new CallStatusRule.Facts(CallDirection.OUTGOING, T0, null, null, List.of()))
                .status()).isEqualTo(CallStatus.RINGING);
        assertThat(CallStatusRule.of(new CallStatusRule.Facts(CallDirection.OUTGOING, T0, T0, null, List.of()))
                .status()).isEqualTo(CallStatus.TALKING);
    }

    @Test
    void everyDisposition() {
        assertThat(status(60).disposition()).isEqualTo(CallDisposition.ABANDONED_IVR);
        assertThat(status(60).status()).isEqualTo(CallStatus.ENDED);
        assertThat(status(60).since()).isEqualTo(T0.plusSeconds(60));
        assertThat(status(100, task("t1", "Q", QueueTaskState.ENDED, 20, 30, 100, "managed")).disposition())
                .isEqualTo(CallDisposition.ANSWERED);
        assertThat(status(100, task("t1", "Q", QueueTaskState.ENDED, 20, null, 100, "caller hung up"))
                .disposition()).isEqualTo(CallDisposition.ABANDONED_QUEUE);
        assertThat(status(100, task("t1", "Q", QueueTaskState.ENDED, 20, null, 80, "overflow")).disposition())
                .isEqualTo(CallDisposition.OVERFLOWED);
        assertThat(status(100, task("t1", "Q", QueueTaskState.ENDED, 20, 30, 100, "transferred")).disposition())
                .isEqualTo(CallDisposition.TRANSFERRED);
        assertThat(status(200, task("t1", "Q", QueueTaskState.ENDED, 20, 30, 90, "transferred"),
                task("t2", "R", QueueTaskState.ENDED, 90, 120, 200, "managed")).disposition())
                .as("answered again after the transfer").isEqualTo(CallDisposition.ANSWERED);
        assertThat(status(200, task("t1", "Q", QueueTaskState.ENDED, 20, 30, 90, "transferred"),
                task("t2", "R", QueueTaskState.ENDED, 90, null, 200, "caller hung up")).disposition())
                .as("talked to an agent, then hung up while transferred").isEqualTo(CallDisposition.ANSWERED);
    }

    @Test
    void aTaskKnowsItsWaitAndTalk() {
        QueueTask t = new QueueTask("s", "t", "Q", QueueTaskState.ENDED, T0, T0.plusSeconds(15),
                T0.plusSeconds(75), T0.plusSeconds(80), "u", "alice", "managed");
        assertThat(t.waitTime(null).toSeconds()).isEqualTo(15);
        assertThat(t.talkTime(null).toSeconds()).isEqualTo(60);
        QueueTask waiting = new QueueTask("s", "t", "Q", QueueTaskState.WAITING, T0, null, null, null, null, null,
                null);
        assertThat(waiting.waitTime(T0.plusSeconds(42).toInstant()).toSeconds()).isEqualTo(42);
    }
}
