package io.cccpexplorer.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.objects.ListItem;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.query.filter.Filter;
import io.cccpexplorer.simulator.MutableClock;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * List queries for the same list and filter share one {@link ListView}: one filter evaluation per changed member,
 * and every subscriber still gets its own snapshot and the same changes a private query would have sent. A view
 * nobody holds any more is kept up to date a while, for the same query asked again.
 */
class SharedListViewTest {

    private static final Instant NOW = Instant.parse("2026-02-08T09:00:00Z");

    private final DispatchDatabase db = new DispatchDatabase();
    private final MutableClock clock = new MutableClock(NOW);
    private final QueryHub hub = new QueryHub(clock, Duration.ofSeconds(60), 2, 0);
    private final DbList queues = db.root().list("queues");
    private final DbObject sales = queues.append("ccenter_dispatch_db_queue");
    private final DbObject support = queues.append("ccenter_dispatch_db_queue");
    private final EmbeddedChannel channelA = new EmbeddedChannel();
    private final EmbeddedChannel channelB = new EmbeddedChannel();
    private final OutboundMessages outA = new OutboundMessages(channelA);
    private final OutboundMessages outB = new OutboundMessages(channelB);
    private final Outbox a = new Outbox(channelA, "a", 100);
    private final Outbox b = new Outbox(channelB, "b", 100);

    SharedListViewTest() {
        sales.set("name", "sales").set("queue_type", "t1");
        support.set("name", "support").set("queue_type", "t2");
        db.commit();
        db.addListener(hub);
    }

    private ListQuery open(Outbox outbox, int systemId, String filter, String windowField) throws Exception {
        return open(hub, outbox, systemId, filter, windowField);
    }

    private ListQuery open(QueryHub in, Outbox outbox, int systemId, String filter,
            String windowField) throws Exception {
        ListQuery q = new ListQuery(in, outbox, 1, systemId, queues, Filter.parse(filter), windowField,
                60, ZoneOffset.UTC);
        q.start(NOW);
        outbox.flush();
        return q;
    }

    private ListResponse next(EmbeddedChannel channel) {
        return (channel == channelA ? outA : outB).next();
    }

    @Test
    void equalQueriesShareOneViewAndTheSameChanges() throws Exception {
        open(a, 1, ".[queue_type eq 't1']", "");
        assertThat(next(channelA).list().items()).containsExactly(ListItem.added(sales.id(), 0));
        sales.set("queue_type", "t2");
        support.set("queue_type", "t1");
        db.commit();
        assertThat(List.of(next(channelA), next(channelA))).flatExtracting(r -> r.list().items())
                .containsExactlyInAnyOrder(ListItem.added(support.id(), 1),
                        new ListItem(ListItem.FILTERED_OUT, null, sales.id(), 0));

        // a second client: its snapshot is the current state
        ListQuery late = open(b, 2, ".[queue_type eq 't1']", "");
        assertThat(hub.listViewCount()).isEqualTo(1);
        assertThat(hub.listQueryCount()).isEqualTo(2);
        ListResponse snapshot = next(channelB);
        assertThat(snapshot.systemId()).isEqualTo(2);
        assertThat(snapshot.list().items()).containsExactly(ListItem.added(support.id(), 1));

        DbObject added = queues.append("ccenter_dispatch_db_queue");
        added.set("queue_type", "t1");
        db.commit();
        ListResponse pushA = next(channelA);
        ListResponse pushB = next(channelB);
        assertThat(pushB.list()).isSameAs(pushA.list());   // evaluated once, sent to both
        assertThat(pushA.list().items()).containsExactly(ListItem.added(added.id(), 2));
        assertThat((Object) next(channelA)).isNull();

        late.stop();
        assertThat(hub.listViewCount()).isEqualTo(1);
        support.set("queue_type", "t3");
        db.commit();
        assertThat(next(channelA).list().items()).extracting(ListItem::itemId).containsExactly(support.id());
        assertThat((Object) next(channelB)).isNull();
    }

    @Test
    void differentFiltersAndWindowedQueriesGetTheirOwnViews() throws Exception {
        ListQuery first = open(a, 1, ".[queue_type eq 't1']", "");
        ListQuery other = open(a, 2, ".[queue_type eq 't2']", "");
        ListQuery windowed = open(b, 3, "", "start_date");
        ListQuery windowedToo = open(b, 4, "", "start_date");
        assertThat(hub.listViewCount()).isEqualTo(4);

        for (ListQuery q : new ListQuery[] {first, other, windowed, windowedToo}) {
            q.stop();
        }
        assertThat(hub.listQueryCount()).isZero();
        assertThat(hub.listViewCount()).as("the windowed views go at once, the shareable ones stay idle").isEqualTo(2);
        assertThat(hub.idleListViewCount()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(59));
        hub.onTick();
        assertThat(hub.listViewCount()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        hub.onTick();
        assertThat(hub.listViewCount()).isZero();
        assertThat(hub.idleListViewCount()).isZero();
    }

    @Test
    void theSameQueryAskedAgainJoinsTheIdleViewWhichFollowedTheCommitsMeanwhile() throws Exception {
        open(a, 1, ".[queue_type eq 't1']", "").stop();
        assertThat(next(channelA).list().items()).containsExactly(ListItem.added(sales.id(), 0));
        sales.set("queue_type", "t2");
        support.set("queue_type", "t1");
        DbObject added = queues.append("ccenter_dispatch_db_queue");
        added.set("queue_type", "t1");
        db.commit();
        assertThat((Object) next(channelA)).as("nobody holds the idle view: nothing is sent").isNull();

        clock.advance(Duration.ofSeconds(30));
        hub.onTick();
        open(b, 2, ".[queue_type eq 't1']", "");
        assertThat(hub.listViewCount()).isEqualTo(1);
        assertThat(hub.idleListViewCount()).isZero();
        QueryHub fresh = new QueryHub(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO, 0, 0);
        EmbeddedChannel freshChannel = new EmbeddedChannel();
        OutboundMessages freshOut = new OutboundMessages(freshChannel);
        open(fresh, new Outbox(freshChannel, "fresh", 100), 3, ".[queue_type eq 't1']", "");
        ListResponse evaluatedNow = freshOut.next();
        assertThat(next(channelB).list().items()).as("what a view evaluated now sends")
                .isEqualTo(evaluatedNow.list().items())
                .containsExactly(ListItem.added(support.id(), 1), ListItem.added(added.id(), 2));

        support.set("queue_type", "t3");
        db.commit();
        assertThat(next(channelB).list().items())
                .containsExactly(new ListItem(ListItem.FILTERED_OUT, null, support.id(), 1));
    }

    @Test
    void pastTheBoundTheViewIdleLongestGoes() throws Exception {
        open(a, 1, ".[queue_type eq 't1']", "").stop();
        clock.advance(Duration.ofSeconds(1));
        open(a, 2, ".[queue_type eq 't2']", "").stop();
        clock.advance(Duration.ofSeconds(1));
        open(a, 3, ".[queue_type eq 't3']", "").stop();
        assertThat(hub.idleListViewCount()).isEqualTo(2);
        assertThat(hub.listViewCount()).isEqualTo(2);

        open(b, 4, ".[queue_type eq 't1']", "");   // its view went: evaluated again
        assertThat(hub.listViewCount()).isEqualTo(3);
        assertThat(hub.idleListViewCount()).isEqualTo(2);
        assertThat(next(channelB).list().items()).containsExactly(ListItem.added(sales.id(), 0));
    }

    @Test
    void withoutLingerAViewGoesWithItsLastQuery() throws Exception {
        QueryHub noLinger = new QueryHub(clock, Duration.ZERO, 32, 32);
        db.addListener(noLinger);
        open(noLinger, a, 1, ".[queue_type eq 't1']", "").stop();
        assertThat(noLinger.listViewCount()).isZero();
        assertThat(noLinger.idleListViewCount()).isZero();
    }
}
