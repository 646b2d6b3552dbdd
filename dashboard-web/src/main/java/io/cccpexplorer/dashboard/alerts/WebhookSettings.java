package io.cccpexplorer.dashboard.alerts;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how alert changes are posted.
 *
 * @param url an {@code http} or {@code https} URL
 * @param timeout for each attempt (connection and answer)
 * @param attempts tries per alert change before it is dropped (logged)
 * @param backoff wait before the second attempt; doubles for each further one
 * @param queueLimit changes waiting to be posted; beyond it new ones are dropped (logged), never buffered unbounded
 */
public record WebhookSettings(URI url, Duration timeout, int attempts, Duration backoff, int queueLimit) {

    public WebhookSettings {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("alerts.webhook: '" + url + "' (expected: an http(s) URL)");
        }
        if (timeout.isNegative() || timeout.isZero() || attempts < 1 || backoff.isNegative() || queueLimit < 1) {
            throw new IllegalArgumentException("alerts.webhook: timeout, attempts and queue must be positive");
        }
    }

    public static WebhookSettings of(URI url) {
        return new WebhookSettings(url, Duration.ofSeconds(5), 4, Duration.ofSeconds(2), 1000);
    }

    /** The URL without user info, query or fragment: safe to log. */
    String loggable() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getPath() == null ? "" : url.getPath());
    }
}
