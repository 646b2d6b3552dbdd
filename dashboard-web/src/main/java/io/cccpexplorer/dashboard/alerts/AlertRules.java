package io.cccpexplorer.dashboard.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every threshold of the dashboard. For a figure the most specific rule in scope wins ({@code ACME/SAV} over
 * {@code ACME/*} over {@code *}{@code /SAV} over {@code *}{@code /*}); a later rule with the same scope and metric
 * replaces an earlier one, so the configuration overrides the {@link #DEFAULTS defaults} entry by entry.
 */
public final class AlertRules {

    /** Common contact-center limits, used unless the configuration switches them off or replaces them. */
    public static final AlertRules DEFAULTS = new AlertRules(List.of(
            AlertRule.parse("*/*.waiting", "warn 5 alarm 10"),
            AlertRule.parse("*.waiting", "warn 10 alarm 20"),
            AlertRule.parse("*/*.longest_wait_s", "warn 60 alarm 120"),
            AlertRule.parse("*.longest_wait_s", "warn 60 alarm 120"),
            AlertRule.parse("*.service_level", "warn 80 alarm 60 hold 1m clear 1m"),
            AlertRule.parse("*.abandon_rate", "warn 5 alarm 10 hold 1m clear 1m"),
            AlertRule.parse("*.pause_s", "warn 900 alarm 1800"),
            AlertRule.parse("*.wrap_up_s", "warn 120 alarm 300")));

    public static final AlertRules NONE = new AlertRules(List.of());

    private final List<AlertRule> rules;

    public AlertRules(List<AlertRule> rules) {
        Map<String, AlertRule> byKey = new LinkedHashMap<>();
        for (AlertRule r : rules) {
            byKey.put(r.scope() + "." + r.metric().wire(), r);
        }
        this.rules = List.copyOf(byKey.values());
    }

    /** These rules, then {@code more} on top. */
    public AlertRules with(List<AlertRule> more) {
        List<AlertRule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new AlertRules(all);
    }

    public List<AlertRule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.stream().allMatch(r -> r.threshold() == null);
    }

    /** The threshold that applies to {@code metric} of {@code subject} in {@code project}, if any. */
    public Optional<Threshold> threshold(String project, Subject subject, AlertMetric metric) {
        AlertRule best = null;
        for (AlertRule r : rules) {
            if (r.metric() == metric && r.covers(project, subject)
                    && (best == null || r.specificity() > best.specificity())) {
                best = r;
            }
        }
        return best == null ? Optional.empty() : Optional.ofNullable(best.threshold());
    }
}
