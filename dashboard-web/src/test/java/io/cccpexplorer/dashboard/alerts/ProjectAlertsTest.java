package io.cccpexplorer.dashboard.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProjectAlertsTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-02-08T09:00:00Z"), ZoneOffset.ofHours(1));
    private final List<AlertChange> changes = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    private ProjectAlerts engine(String... rules) {
        List<AlertRule> list = new ArrayList<>();
        for (String r : rules) {
            int eq = r.indexOf('=');
            list.add(AlertRule.parse(r.substring(0, eq), r.substring(eq + 1)));
        }
        return new ProjectAlerts("ACME", new AlertRules(list), clock, ids::incrementAndGet, changes::add, 3);
    }

    private static Reading waiting(String queue, double value) {
        return new Reading(Subject.queue(queue), AlertMetric.WAITING, value);
    }

    private void tick(ProjectAlerts engine, Reading... readings) {
        engine.evaluate(List.of(readings));
        clock.advance(Duration.ofSeconds(1));
    }

    private List<String> kinds() {
        return changes.stream().map(c -> c.kind().wire() + ":" + c.alert().level().wire()).toList();
    }

    @Test
    void aBreachIsRaisedOnlyAfterItHeldForTheHoldTime() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5 alarm 10 hold 10s");
        tick(engine, waiting("SAV", 6));                 // 09:00:00 breach starts
        for (int i = 0; i < 9; i++) {
            tick(engine, waiting("SAV", 7));             // ...09:00:09: held 9 s
        }
        assertThat(changes).isEmpty();
        tick(engine, waiting("SAV", 7));                 // 09:00:10: held 10 s
        assertThat(kinds()).containsExactly("raised:warn");
        Alert a = changes.get(0).alert();
        assertThat(a.subject()).isEqualTo(Subject.queue("SAV"));
        assertThat(a.metric()).isEqualTo(AlertMetric.WAITING);
        assertThat(a.value()).isEqualTo(7);
        assertThat(a.limit()).isEqualTo(5);
        assertThat(a.raisedAt()).isEqualTo("2026-02-08T10:00:10+01:00");
        assertThat(engine.open()).containsExactly(a);
    }

    @Test
    void aBurstShorterThanTheHoldRaisesNothing() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5 hold 10s");
        for (int i = 0; i < 5; i++) {
            tick(engine, waiting("SAV", 8));
        }
        tick(engine, waiting("SAV", 2));                  // the burst ends: the hold starts over
        for (int i = 0; i < 9; i++) {
            tick(engine, waiting("SAV", 8));
        }
        assertThat(changes).isEmpty();
    }

    @Test
    void anAlertClearsOnlyAfterTheFigureStayedNormalForTheClearTime() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5 clear 5s");
        tick(engine, waiting("SAV", 6));
        assertThat(kinds()).containsExactly("raised:warn");
        tick(engine, waiting("SAV", 4));                  // normal at +1 s
        tick(engine, waiting("SAV", 5));                  // bad again: the clear timer starts over
        for (int i = 0; i < 5; i++) {
            tick(engine, waiting("SAV", 3));              // normal from +3 s to +7 s: 4 s
        }
        assertThat(kinds()).containsExactly("raised:warn");
        tick(engine, waiting("SAV", 3));                  // +8 s: normal for 5 s
        assertThat(kinds()).containsExactly("raised:warn", "cleared:warn");
        Alert cleared = changes.get(1).alert();
        assertThat(cleared.clearedReason()).isEqualTo(Alert.RECOVERED);
        assertThat(cleared.clearedAt()).isEqualTo("2026-02-08T10:00:08+01:00");
        assertThat(engine.open()).isEmpty();
        assertThat(engine.recent()).containsExactly(cleared);
    }

    @Test
    void anAlertGoesUpToAlarmAndBackToWarnBeforeClearing() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5 alarm 10 clear 2s");
        tick(engine, waiting("SAV", 6));
        tick(engine, waiting("SAV", 12));
        tick(engine, waiting("SAV", 7));
        tick(engine, waiting("SAV", 7));
        assertThat(kinds()).containsExactly("raised:warn", "changed:alarm");
        tick(engine, waiting("SAV", 7));                  // below alarm for 2 s
        tick(engine, waiting("SAV", 0));
        tick(engine, waiting("SAV", 0));
        assertThat(kinds()).containsExactly("raised:warn", "changed:alarm", "changed:warn");
        tick(engine, waiting("SAV", 0));                  // below warn for 2 s
        assertThat(kinds()).containsExactly("raised:warn", "changed:alarm", "changed:warn", "cleared:warn");
        assertThat(changes.stream().map(c -> c.alert().id()).distinct()).hasSize(1);
    }

    @Test
    void lowIsBadFiguresBreachBelowTheirLimits() {
        ProjectAlerts engine = engine("*.service_level=warn 80 alarm 60");
        tick(engine, new Reading(Subject.PROJECT, AlertMetric.SERVICE_LEVEL, 85));
        assertThat(changes).isEmpty();
        tick(engine, new Reading(Subject.PROJECT, AlertMetric.SERVICE_LEVEL, 55));
        assertThat(kinds()).containsExactly("raised:alarm");
        assertThat(changes.get(0).alert().limit()).isEqualTo(60);
    }

    @Test
    void acknowledgingKeepsTheAlertOpenUntilItClearsAndAHigherLevelNeedsANewOne() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5 alarm 10 clear 0s");
        tick(engine, waiting("SAV", 6));
        long id = engine.open().get(0).id();
        Alert acked = engine.acknowledge(id, "alice").orElseThrow();
        assertThat(acked.acknowledgedBy()).isEqualTo("alice");
        assertThat(acked.acknowledgedAt()).isEqualTo("2026-02-08T10:00:01+01:00");
        assertThat(engine.open()).containsExactly(acked);
        assertThat(engine.acknowledge(id, "bob").orElseThrow().acknowledgedBy()).isEqualTo("alice");
        assertThat(engine.acknowledge(id + 100, "bob")).isEmpty();
        tick(engine, waiting("SAV", 11));
        assertThat(engine.open().get(0).acknowledgedBy()).isNull();
        assertThat(kinds()).containsExactly("raised:warn", "acknowledged:warn", "changed:alarm");
        tick(engine, waiting("SAV", 0));
        assertThat(engine.acknowledge(id, "alice")).isEmpty();
    }

    @Test
    void aVanishedSubjectCountsAsNormalAndIsForgotten() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5 clear 0s");
        tick(engine, waiting("SAV", 6), waiting("VENTES", 9));
        tick(engine, waiting("VENTES", 9));
        assertThat(engine.open()).extracting(a -> a.subject().name()).containsExactly("VENTES");
        assertThat(kinds()).containsExactly("raised:warn", "raised:warn", "cleared:warn");
    }

    @Test
    void theMostSpecificRuleWinsAndOffSwitchesAScopeOff() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5", "ACME/SAV.waiting=warn 20", "*/VIP.waiting=off",
                "OTHER/*.waiting=warn 1");
        tick(engine, waiting("SAV", 10), waiting("VIP", 50), waiting("VENTES", 6));
        assertThat(engine.open()).extracting(a -> a.subject().name()).containsExactly("VENTES");
    }

    @Test
    void clearingAllTellsWhyAndKeepsOnlyTheNewestRecentAlerts() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5");
        tick(engine, waiting("A", 6), waiting("B", 6), waiting("C", 6), waiting("D", 6));
        engine.clearAll(Alert.NOT_WATCHED);
        assertThat(engine.open()).isEmpty();
        assertThat(engine.recent()).hasSize(3).allMatch(a -> a.clearedReason().equals(Alert.NOT_WATCHED));
        tick(engine, waiting("A", 6));
        assertThat(engine.open()).hasSize(1);   // read again: a fresh alert
    }

    @Test
    void openAlertsAreListedWorstFirst() {
        ProjectAlerts engine = engine("*/*.waiting=warn 5 alarm 10");
        tick(engine, waiting("A", 6));
        tick(engine, waiting("A", 6), waiting("B", 12));
        assertThat(engine.open()).extracting(a -> a.subject().name()).containsExactly("B", "A");
    }
}
