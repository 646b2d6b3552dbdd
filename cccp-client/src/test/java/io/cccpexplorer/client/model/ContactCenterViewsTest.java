package io.cccpexplorer.client.model;

import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.Value;
import io.cccpexplorer.protocol.wire.CccpDate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContactCenterViewsTest {

    private static Value date(long seconds) {
        return new Value.DateValue(new CccpDate(seconds, 0, 3600));
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

    private static Row task(Long managed) {
        Map<String, Value> v = new HashMap<>(Map.of("session_id", new Value.StringValue("session_1@x"),
                "queue_name", new Value.StringValue("DEMO__Sales"), "waiting_date", date(1_010)));
        if (managed != null) {
            v.put("manage_date", date(managed));
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
                .containsExactly("Sales", "Support");
    }

    @Test
    void callStateFollowsConnectionAndTask() {
        assertThat(ContactCenterViews.call(callRow(Map.of()), null, false, "").state()).isEqualTo(CallState.RINGING);
        assertThat(ContactCenterViews.call(callRow(Map.of()), task(null), true, "").state())
                .isEqualTo(CallState.WAITING);
        Call talking = ContactCenterViews.call(callRow(Map.of()), task(1_030L), true, "alice");
        assertThat(talking.state()).isEqualTo(CallState.TALKING);
        assertThat(talking.agentLogin()).isEqualTo("alice");
        assertThat(talking.queue()).isEqualTo("Sales");
        assertThat(talking.answered().toEpochSecond()).isEqualTo(1_030);
        assertThat(talking.direction()).isEqualTo(CallDirection.INCOMING);
        assertThat(talking.caller()).isEqualTo("0601020304");
        assertThat(talking.called()).isEqualTo("0800123456");
        Call ended = ContactCenterViews.call(callRow(Map.of("terminate_date", date(1_100))), task(1_030L), false, "");
        assertThat(ended.state()).isEqualTo(CallState.ENDED);
        assertThat(ended.duration(Instant.ofEpochSecond(5_000))).isEqualTo(Duration.ofSeconds(100));
        assertThat(ended.start().getOffset().getTotalSeconds()).as("server offset kept").isEqualTo(3600);
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
    }
}
