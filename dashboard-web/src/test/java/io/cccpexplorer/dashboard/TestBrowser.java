package io.cccpexplorer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** One browser in a test: its own cookie jar (browser session) and CSRF token, real HTTP to the server. */
public final class TestBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private String csrf;

    public TestBrowser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpClient http() {
        return http;
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    /** Reads {@code /api/me} and remembers its CSRF token. */
    public JsonNode me() {
        Answer a = get("/api/me");
        csrf = a.json().path("csrf_token").asText(null);
        return a.json();
    }

    public String csrf() {
        if (csrf == null) {
            me();
        }
        return csrf;
    }

    public void forgetCsrf(String token) {
        this.csrf = token;
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /**
     * GETs {@code path} every 50 ms until the answer passes {@code done} (at most 60 s; the test fails with the last
     * answer) and returns that answer.
     */
    public Answer awaitGet(String path, Predicate<Answer> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Answer last = get(path);
        while (!done.test(last)) {
            assertThat(System.nanoTime() - deadline).as("%s never answered as expected; last: %s %s", path,
                    last.status(), last.body()).isNegative();
            Thread.sleep(50);
            last = get(path);
        }
        return last;
    }

    /** POST with the CSRF header. */
    public Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** POST without any CSRF header. */
    public Answer postWithoutCsrf(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An HTTP answer with its JSON parsed on demand. */
    public record Answer(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status() + "): " + response.body(), e);
            }
        }

        /** The error code of a JSON error answer. */
        public String errorCode() {
            return json().path("error").path("code").asText(null);
        }
    }
}
