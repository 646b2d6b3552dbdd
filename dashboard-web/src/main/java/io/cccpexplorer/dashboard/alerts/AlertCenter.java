package io.cccpexplorer.dashboard.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts of every project the dashboard reads, computed once on the server: one {@link ProjectAlerts} per
 * open project, one numbering, and the observers of every change (the projects' SSE streams, the webhook).
 */
public final class AlertCenter {

    private static final Logger LOG = LoggerFactory.getLogger(AlertCenter.class);
    static final int RECENT_PER_PROJECT = 100;

    private final AlertRules rules;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, ProjectAlerts> projects = new ConcurrentHashMap<>();
    private final List<Consumer<AlertChange>> observers = new CopyOnWriteArrayList<>();

    public AlertCenter(AlertRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public AlertRules rules() {
        return rules;
    }

    /** Observes every change of every project's alerts, in order per project. */
    public AutoCloseable observe(Consumer<AlertChange> observer) {
        observers.add(observer);
        return () -> observers.remove(observer);
    }

    /** Applies one project's figures of this moment. */
    public void evaluate(String project, Collection<Reading> readings) {
        projects.computeIfAbsent(project, this::engine).evaluate(readings);
    }

    /**
     * Stops reading the projects not in {@code read}: their open alerts clear as {@link Alert#NOT_WATCHED}, since
     * nobody can say any more whether they still hold. Their recent alerts are forgotten with them.
     */
    public void retain(Set<String> read) {
        for (ProjectAlerts p : List.copyOf(projects.values())) {
            if (!read.contains(p.project()) && projects.remove(p.project(), p)) {
                p.clearAll(Alert.NOT_WATCHED);
            }
        }
    }

    /** Open alerts of a project, worst first (empty when it is not read). */
    public List<Alert> open(String project) {
        ProjectAlerts p = projects.get(project);
        return p == null ? List.of() : p.open();
    }

    /** Recently cleared alerts of a project, newest first. */
    public List<Alert> recent(String project) {
        ProjectAlerts p = projects.get(project);
        return p == null ? List.of() : p.recent();
    }

    /** Open alerts of every project. */
    public List<Alert> openEverywhere() {
        List<Alert> all = new ArrayList<>();
        projects.values().forEach(p -> all.addAll(p.open()));
        return all;
    }

    /** @return the acknowledged alert, or empty when the project has no open alert with this id */
    public Optional<Alert> acknowledge(String project, long id, String user) {
        ProjectAlerts p = projects.get(project);
        return p == null ? Optional.empty() : p.acknowledge(id, user);
    }

    private ProjectAlerts engine(String project) {
        return new ProjectAlerts(project, rules, clock, ids::incrementAndGet, this::tell, RECENT_PER_PROJECT);
    }

    private void tell(AlertChange change) {
        for (Consumer<AlertChange> o : observers) {
            try {
                o.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("alert {} {}: an observer failed: {}", change.alert().id(), change.kind().wire(),
                        e.toString());
            }
        }
    }
}
