package io.cccpexplorer.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.ObjectResponse;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.MutableClock;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Object queries for the same object and format share one evaluation ({@link ObjectView}): every subscriber
 * still gets exactly what a private query would have sent it. A view nobody holds any more is kept up to date a
 * while, for the same query asked again.
 */
class SharedObjectViewTest {

    private final DispatchDatabase db = new DispatchDatabase();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-02-08T09:00:00Z"));
    private final QueryHub hub = new QueryHub(clock, Duration.ofSeconds(60), 0, 2);
    private final DbObject queue = db.root().list("queues").append("ccenter_dispatch_db_queue");
    private final EmbeddedChannel channelA = new EmbeddedChannel();
    private final EmbeddedChannel channelB = new EmbeddedChannel();
    private final OutboundMessages outA = new OutboundMessages(channelA);
    private final OutboundMessages outB = new OutboundMessages(channelB);
    private final Outbox a = new Outbox(channelA, "a", 100);
    private final Outbox b = new Outbox(channelB, "b", 100);

    SharedObjectViewTest() {
        queue.set("name", "ACME__sales").set("display_name", "sales");
        db.commit();
        db.addListener(hub);
    }

    /** A fresh but equal format each time, as two clients would send it. */
    private static ObjectFormat format() {
        return new ObjectFormat(7, List.of(FormatField.leaf(0, "name"), FormatField.leaf(1, "display_name")));
    }

    private ObjectQuery open(Outbox outbox, int systemId) {
        return open(hub, outbox, systemId, queue);
    }

    private ObjectQuery open(QueryHub in, Outbox outbox, int systemId, DbObject target) {
        ObjectQuery q = new ObjectQuery(in, outbox, 1, systemId, new ObjectView.Key(target, format()), 3);
        q.start();
        outbox.flush();
        return q;
    }

    private ObjectResponse next(EmbeddedChannel channel) {
        return (channel == channelA ? outA : outB).next();
    }

    @Test
    void equalQueriesShareOneEvaluationAndOneDelta() {
        open(a, 10);
        open(b, 20);
        assertThat(hub.objectQueryCount()).isEqualTo(2);
        assertThat(hub.objectViewCount()).isEqualTo(1);
        ObjectResponse firstA = next(channelA);
        ObjectResponse firstB = next(channelB);
        assertThat(firstA.systemId()).isEqualTo(10);
        assertThat(firstB.systemId()).isEqualTo(20);
        assertThat(firstA.object()).isEqualTo(firstB.object());
        assertThat(firstA.object().values()).containsExactly(new ObjectValue(0, new FieldValue.Str("ACME__sales")),
                new ObjectValue(1, new FieldValue.Str("sales")));

        queue.set("display_name", "Sales");
        db.commit();

        ObjectResponse deltaA = next(channelA);
        ObjectResponse deltaB = next(channelB);
        assertThat(deltaA.object().values()).containsExactly(new ObjectValue(1, new FieldValue.Str("Sales")));
        assertThat(deltaB.object()).isSameAs(deltaA.object());   // evaluated and diffed once
        assertThat(deltaA.listSystemId()).isEqualTo(3);
        assertThat(deltaB.systemId()).isEqualTo(20);
        assertThat((Object) next(channelA)).isNull();
    }

    @Test
    void equalFormatsOfDifferentClientsBecomeOneInstance() {
        ObjectFormat first = hub.canonical(format());
        assertThat(hub.canonical(format())).isSameAs(first);
        ObjectFormat other = new ObjectFormat(7, List.of(FormatField.leaf(0, "name")));
        assertThat(hub.canonical(other)).isSameAs(other);
        assertThat(new ObjectView.Key(queue, format())).isEqualTo(new ObjectView.Key(queue, first))
                .isNotEqualTo(new ObjectView.Key(queue, other));
    }

    @Test
    void lateSubscriberGetsTheCurrentValuesAndStoppingOneKeepsTheOther() {
        ObjectQuery first = open(a, 10);
        next(channelA);
        queue.set("display_name", "Sales");
        db.commit();
        next(channelA);

        ObjectQuery late = open(b, 20);
        assertThat(next(channelB).object().values())
                .containsExactly(new ObjectValue(0, new FieldValue.Str("ACME__sales")),
                new ObjectValue(1, new FieldValue.Str("Sales")));

        first.stop();
        queue.set("name", "ACME__sales2");
        db.commit();
        assertThat((Object) next(channelA)).isNull();
        assertThat(next(channelB).object().values())
                .containsExactly(new ObjectValue(0, new FieldValue.Str("ACME__sales2")));
        assertThat(hub.objectViewCount()).isEqualTo(1);

        late.stop();
        late.stop();   // stopping twice (stop_query after a disconnect) changes nothing
        assertThat(hub.objectQueryCount()).isZero();
        assertThat(hub.idleObjectViewCount()).as("kept, idle").isEqualTo(1);
        queue.set("name", "ACME__sales3");
        db.commit();
        assertThat((Object) next(channelB)).isNull();

        clock.advance(Duration.ofSeconds(60));
        hub.onTick();
        assertThat(hub.objectViewCount()).isZero();
        assertThat(hub.idleObjectViewCount()).isZero();
    }

    @Test
    void theSameQueryAskedAgainJoinsTheIdleViewWhichFollowedTheCommitsMeanwhile() {
        open(a, 10).stop();
        next(channelA);
        queue.set("display_name", "Sales");
        db.commit();
        assertThat((Object) next(channelA)).as("nobody holds the idle view: nothing is sent").isNull();

        clock.advance(Duration.ofSeconds(59));
        hub.onTick();
        open(b, 20);
        assertThat(hub.objectViewCount()).isEqualTo(1);
        assertThat(hub.idleObjectViewCount()).isZero();
        QueryHub fresh = new QueryHub(clock, Duration.ZERO, 0, 0);
        EmbeddedChannel freshChannel = new EmbeddedChannel();
        OutboundMessages freshOut = new OutboundMessages(freshChannel);
        open(fresh, new Outbox(freshChannel, "fresh", 100), 30, queue);
        ObjectResponse evaluatedNow = freshOut.next();
        assertThat(next(channelB).object().values()).as("what a view evaluated now sends")
                .isEqualTo(evaluatedNow.object().values())
                .containsExactly(new ObjectValue(0, new FieldValue.Str("ACME__sales")),
                        new ObjectValue(1, new FieldValue.Str("Sales")));

        queue.set("name", "ACME__sales2");
        db.commit();
        assertThat(next(channelB).object().values())
                .containsExactly(new ObjectValue(0, new FieldValue.Str("ACME__sales2")));
    }

    @Test
    void pastTheBoundTheViewIdleLongestGoes() {
        DbObject other = db.root().list("queues").append("ccenter_dispatch_db_queue");
        DbObject third = db.root().list("queues").append("ccenter_dispatch_db_queue");
        db.commit();
        open(hub, a, 10, queue).stop();
        open(hub, a, 11, other).stop();
        open(hub, a, 12, third).stop();
        assertThat(hub.idleObjectViewCount()).isEqualTo(2);
        assertThat(hub.objectViewCount()).isEqualTo(2);
        queue.set("display_name", "Sales");
        db.commit();   // the discarded view no longer follows its object

        open(b, 20);   // evaluated anew, current values
        assertThat(hub.objectViewCount()).isEqualTo(3);
        assertThat(next(channelB).object().values()).contains(new ObjectValue(1, new FieldValue.Str("Sales")));
    }

    @Test
    void aViewWithAStatisticQueryIsNotKeptIdle() {
        ObjectFormat withStatistic = new ObjectFormat(8, List.of(FormatField.leaf(0, "name"),
                new FormatField(1, "state_pause", null, List.of(new FormatField(2, "duration", "0", List.of())))));
        ObjectQuery q = new ObjectQuery(hub, a, 1, 10, new ObjectView.Key(queue, withStatistic), 3);
        q.start();
        a.flush();
        assertThat(hub.objectViewCount()).isEqualTo(1);
        q.stop();
        assertThat(hub.objectViewCount()).as("its period may begin before it is asked again").isZero();
        assertThat(hub.idleObjectViewCount()).isZero();
    }

    @Test
    void anIdleViewGoesWithItsObject() {
        open(a, 10).stop();
        assertThat(hub.idleObjectViewCount()).isEqualTo(1);
        db.root().list("queues").remove(queue);
        db.delete(queue);
        db.commit();
        assertThat(hub.objectViewCount()).isZero();
        assertThat(hub.idleObjectViewCount()).isZero();
    }

    @Test
    void deletedObjectSilentlyEndsEverySubscriber() {
        open(a, 10);
        open(b, 20);
        next(channelA);
        next(channelB);

        db.root().list("queues").remove(queue);
        db.delete(queue);
        db.commit();

        assertThat((Object) next(channelA)).isNull();
        assertThat((Object) next(channelB)).isNull();
        assertThat(hub.objectQueryCount()).isZero();
        assertThat(hub.objectViewCount()).isZero();
    }

    @Test
    void stopQueryFindsQueriesBySystemIdInTheVendorsOrder() {
        LoginSession session = new LoginSession(1);
        ObjectQuery object = open(a, 5);
        ObjectQuery select = open(a, 5);
        ObjectQuery reused = open(a, 5);
        session.addSelect(select);
        session.addObject(object);
        session.addObject(reused);
        assertThat(session.queryCount()).isEqualTo(3);

        assertThat(session.stop(5)).isSameAs(object);     // objects before selects, first opened first
        assertThat(session.stop(5)).isSameAs(reused);
        assertThat(session.stop(5)).isSameAs(select);
        assertThat(session.stop(5)).isNull();
        assertThat(hub.objectQueryCount()).isZero();
    }
}
