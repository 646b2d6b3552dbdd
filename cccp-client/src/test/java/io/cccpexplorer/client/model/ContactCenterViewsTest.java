package io.cccpexplorer.client.model;

import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.Value;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContactCenterViewsTest {

    private static Value date(long seconds) {
        return new Value.DateValue(seconds, 0, java.time.ZoneOffset.ofHours(1));
    }

    private static Row callRow(Map<String, Value> extra) {
        Map<String, Value> v = new HashMap<>(Map.of(
                "session_id", new Value.StringValue("session_1@x"),
                "create_date", date(1_000),
                "connections.first.incoming", Value.BooleanValue.TRUE,
                "connections.first.remote_address", new Value.StringValue("sip:0601020304@192.0.2.10"),
                "connections.first.local_address", new Value.StringValue("tel:0800123456")));
        v.putAll(extra);
        return new Row(5, v);
    }

    private static Row task(Long managed, Long ended) {
        Map<String, Value> v = new HashMap<>(Map.of("session_id", new Value.StringValue("session_1@x"),
                "task_id", new Value.StringValue("t1"),
                "queue_name", new Value.StringValue("DEMO__Sales"), "waiting_date", date(1_010),
                "state", new Value.NumberValue(managed == null ? 1 : 3, false)));
        if (managed != null) {
            v.put("manage_date", date(managed));
            v.put("manager_session_id", new Value.StringValue("user_1@x"));
        }
        if (ended != null) {
            v.put("terminate_date", date(ended));
        }
        return new Row(9, v);
    }

    @Test
    void numbersLoseSchemeHostAndParameters() {
        assertThat(PartyNumber.fromUri("sip:0601020304@192.0.2.10")).isEqualTo("0601020304");
        assertThat(PartyNumber.fromUri("tel:+33800123456")).isEqualTo("+33800123456");
        assertThat(PartyNumber.fromUri("<sip:123@h;transport=udp>")).isEqualTo("123");
        assertThat(PartyNumber.fromUri("")).isEmpty();
    }

    @Test
    void activeQueuesLiteralGivesQueueNamesWithoutProject() {
        assertThat(ContactCenterViews.queues("{a:{type:'queue',queue:'DEMO__Sales',task:'call'},"
                + "b:{type:'queue',queue:'DEMO__Support',task:'call'},c:{queue:'DEMO__Sales'}}"))
                .containsExactly("DEMO__Sales", "DEMO__Support");
    }

    @Test
    void callStatusFollowsConnectionAndTasks() {
        assertThat(ContactCenterViews.call(callRow(Map.of()), List.of()).status()).isEqualTo(CallStatus.IVR);
        Call waiting = ContactCenterViews.call(callRow(Map.of()),
                List.of(ContactCenterViews.task(task(null, null), null)));
        assertThat(waiting.status()).isEqualTo(CallStatus.WAITING);
        assertThat(waiting.queuedSince().toEpochSecond()).isEqualTo(1_010);
        assertThat(waiting.waitTime(Instant.ofEpochSecond(1_040))).isEqualTo(Duration.ofSeconds(30));
        Call talking = ContactCenterViews.call(callRow(Map.of()),
                List.of(ContactCenterViews.task(task(1_030L, null), "alice")));
        assertThat(talking.status()).isEqualTo(CallStatus.TALKING);
        assertThat(talking.agentLogin()).isEqualTo("alice");
        assertThat(talking.queue()).isEqualTo("DEMO__Sales");
        assertThat(talking.answered().toEpochSecond()).isEqualTo(1_030);
        assertThat(talking.direction()).isEqualTo(CallDirection.INCOMING);
        assertThat(talking.caller()).isEqualTo("0601020304");
        assertThat(talking.called()).isEqualTo("0800123456");
        Call ended = ContactCenterViews.call(callRow(Map.of("terminate_date", date(1_100))),
                List.of(ContactCenterViews.task(task(1_030L, 1_100L), "alice")));
        assertThat(ended.status()).isEqualTo(CallStatus.ENDED);
        assertThat(ended.disposition()).isEqualTo(CallDisposition.ANSWERED);
        assertThat(ended.duration(Instant.ofEpochSecond(5_000))).isEqualTo(Duration.ofSeconds(100));
        assertThat(ended.waitTime(Instant.ofEpochSecond(5_000))).isEqualTo(Duration.ofSeconds(20));
        assertThat(ended.talkTime(Instant.ofEpochSecond(5_000))).isEqualTo(Duration.ofSeconds(70));
        assertThat(ended.start().getOffset().getTotalSeconds()).as("server offset kept").isEqualTo(3600);
    }

    @Test
    void absentTextIsNullLikeAbsentDates() {
        Call call = ContactCenterViews.call(new Row(5, Map.of("session_id", new Value.StringValue("session_1@x"))),
                List.of());
        assertThat(call.caller()).isNull();
        assertThat(call.queue()).isNull();
        assertThat(call.start()).isNull();
    }

    @Test
    void queueStatsAndViewsHiding() {
        Row q = new Row(3, Map.of("name", new Value.StringValue("VQ_overflow"), "queue_type",
                new Value.StringValue("queue"), "virtual_queue", Value.BooleanValue.FALSE,
                "waiting_tasks_count", new Value.NumberValue(2, false),
                "oldest_waiting_date", date(1_000)));

        QueueStats s = ContactCenterViews.queue(q);

        assertThat(s.waiting()).isEqualTo(2);
        assertThat(s.hiddenInViews()).isTrue();
        assertThat(s.longestWait(Instant.ofEpochSecond(1_090))).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.displayName()).as("no display name: the name without project").isEqualTo("VQ_overflow");
    }
}
