package io.cccpexplorer.dashboard.alerts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alert part of the configuration (README "Thresholds and alerts"):
 * <ul>
 *   <li>{@code alert.SCOPE.metric = warn 5 alarm 10 hold 30s clear 1m} — one rule per key (file), or</li>
 *   <li>{@code alerts = SCOPE.metric=spec; SCOPE.metric=spec} — several rules in one value (environment, flag);
 *       {@code alerts = off} switches every rule off, the defaults included;</li>
 *   <li>{@code alerts.webhook = https://...}, {@code alerts.webhook.timeout = 5s},
 *       {@code alerts.webhook.attempts = 4}.</li>
 * </ul>
 * Rules given replace the {@link AlertRules#DEFAULTS default} with the same scope and metric; {@code off} as a spec
 * switches one off.
 */
public record AlertSettings(AlertRules rules, Optional<WebhookSettings> webhook) {

    public static final AlertSettings DEFAULT = new AlertSettings(AlertRules.DEFAULTS, Optional.empty());

    /** Reads the canonical configuration keys; a bad entry fails with its key and what was expected. */
    public static AlertSettings parse(Map<String, String> config) {
        String inline = config.getOrDefault("alerts", "").trim();
        AlertRules rules = inline.equalsIgnoreCase("off") ? AlertRules.NONE : AlertRules.DEFAULTS;
        List<AlertRule> given = new ArrayList<>();
        if (!inline.isEmpty() && !inline.equalsIgnoreCase("off")) {
            for (String entry : inline.split(";")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("alerts: '" + entry.trim() + "' (expected: "
                            + "PROJECT[/QUEUE].metric=warn N alarm N)");
                }
                given.add(AlertRule.parse(entry.substring(0, eq).trim(), entry.substring(eq + 1)));
            }
        }
        config.forEach((key, value) -> {
            if (key.startsWith("alert.")) {
                given.add(AlertRule.parse(key.substring("alert.".length()), value));
            }
        });
        return new AlertSettings(rules.with(given), webhook(config));
    }

    private static Optional<WebhookSettings> webhook(Map<String, String> config) {
        String url = config.get("alerts.webhook");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("alerts.webhook: '" + url + "' (expected: an http(s) URL)");
        }
        WebhookSettings d = WebhookSettings.of(uri);
        String timeout = config.get("alerts.webhook.timeout");
        String attempts = config.get("alerts.webhook.attempts");
        int n = d.attempts();
        if (attempts != null && !attempts.isBlank()) {
            try {
                n = Integer.parseInt(attempts.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("alerts.webhook.attempts: '" + attempts + "' (expected: 1..10)");
            }
            if (n < 1 || n > 10) {
                throw new IllegalArgumentException("alerts.webhook.attempts: '" + attempts + "' (expected: 1..10)");
            }
        }
        return Optional.of(new WebhookSettings(uri, timeout == null || timeout.isBlank() ? d.timeout()
                : Threshold.duration("alerts.webhook.timeout", timeout.trim()), n, d.backoff(), d.queueLimit()));
    }
}
