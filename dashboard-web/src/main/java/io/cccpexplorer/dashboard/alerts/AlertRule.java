package io.cccpexplorer.dashboard.alerts;

import java.util.Objects;

/**
 * A threshold for one metric in a scope: {@code *} or a project name, and for queue figures {@code /*} or
 * {@code /QUEUE} for the queues, nothing for the project's total. Agent figures take a project scope only.
 *
 * <p>Spelled {@code PROJECT/QUEUE.metric} in the configuration: {@code *.service_level} (every project's total),
 * {@code ACME/*.waiting} (each queue of ACME), {@code *}{@code /SAV.longest_wait_s}, {@code ACME.pause_s}.
 *
 * @param queue {@code null} for the project's total (or for agents), {@code *} for every queue, else a queue name
 * @param threshold the limits, or {@code null} when the rule switches the metric off in its scope
 */
public record AlertRule(String project, String queue, AlertMetric metric, Threshold threshold) {

    static final String ANY = "*";

    public AlertRule {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(metric, "metric");
        if (metric.watches() == Subject.Kind.AGENT && queue != null) {
            throw new IllegalArgumentException(metric.wire() + " is watched per agent; its scope is a project (e.g. "
                    + "'*." + metric.wire() + "'), not a queue");
        }
        if (threshold != null && threshold.warn() != null && threshold.alarm() != null
                && metric.breaches(threshold.warn(), threshold.alarm())
                && !threshold.warn().equals(threshold.alarm())) {
            throw new IllegalArgumentException(metric.wire() + ": the warn limit " + threshold.warn()
                    + " is already past the alarm limit " + threshold.alarm());
        }
    }

    /** The rule's key in the configuration. */
    public String scope() {
        return queue == null ? project : project + "/" + queue;
    }

    /** Whether the rule applies to {@code subject} of {@code inProject}. */
    boolean covers(String inProject, Subject subject) {
        if (!project.equals(ANY) && !project.equals(inProject)) {
            return false;
        }
        return switch (subject.kind()) {
            case PROJECT, AGENT -> queue == null;
            case QUEUE -> queue != null && (queue.equals(ANY) || queue.equals(subject.name()));
        };
    }

    /** Higher wins: a named project beats {@code *}, a named queue beats {@code /*}, the queue counts more. */
    int specificity() {
        return (project.equals(ANY) ? 0 : 1) + (queue == null || queue.equals(ANY) ? 0 : 2);
    }

    /**
     * Parses one configuration entry.
     *
     * @param key {@code PROJECT[/QUEUE].metric}
     * @param spec a {@link Threshold#parse threshold} or {@code off}
     */
    public static AlertRule parse(String key, String spec) {
        int dot = key.lastIndexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("alert '" + key + "' (expected: PROJECT[/QUEUE].metric, e.g. "
                    + "*/*.waiting)");
        }
        String metricName = key.substring(dot + 1);
        AlertMetric metric = AlertMetric.fromWire(metricName).orElseThrow(() -> new IllegalArgumentException(
                "alert '" + key + "': unknown metric '" + metricName + "' (expected one of: " + metricNames() + ")"));
        String scope = key.substring(0, dot).trim();
        int slash = scope.indexOf('/');
        String project = slash < 0 ? scope : scope.substring(0, slash);
        String queue = slash < 0 ? null : scope.substring(slash + 1);
        if (project.isEmpty() || (queue != null && queue.isEmpty())) {
            throw new IllegalArgumentException("alert '" + key + "': empty project or queue in the scope");
        }
        Threshold threshold;
        try {
            threshold = spec.trim().equalsIgnoreCase("off") ? null : Threshold.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("alert '" + key + "': " + e.getMessage(), e);
        }
        return new AlertRule(project, queue, metric, threshold);
    }

    private static String metricNames() {
        StringBuilder b = new StringBuilder();
        for (AlertMetric m : AlertMetric.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(m.wire());
        }
        return b.toString();
    }
}
