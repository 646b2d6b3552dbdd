package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.ManualClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A project's large answer is encoded once and shared, and a change shows within the stated bound. */
class SharedAnswersTest {

    private final ManualClock clock = ManualClock.utc("2026-12-06T09:00:00Z");
    private final SharedAnswers answers = new SharedAnswers(clock);
    private final Object hub = new Object();
    private final AtomicReference<String> model = new AtomicReference<>("[\"alice\"]");
    private final AtomicInteger encodings = new AtomicInteger();
    private final Supplier<byte[]> encoder = () -> {
        encodings.incrementAndGet();
        return model.get().getBytes(StandardCharsets.UTF_8);
    };

    @Test
    void requestsOnAnUnchangedModelShareOneEncoding() throws Exception {
        SharedAnswers.Lookup first = answers.lookup(hub, "users", encoder);
        clock.advance(SharedAnswers.REFRESH_AFTER.minusMillis(1));
        SharedAnswers.Lookup second = answers.lookup(hub, "users", encoder);

        assertThat(encodings).hasValue(1);
        assertThat(second.answer()).isSameAs(first.answer());
        assertThat(second.refreshAfterwards()).isFalse();
        assertThat(text(first.answer().json())).isEqualTo("[\"alice\"]");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(first.answer().gzip()))) {
            assertThat(text(in.readAllBytes())).isEqualTo("[\"alice\"]");
        }
    }

    @Test
    void aChangeIsServedAfterTheFirstRequestPastRefreshAfterRenewedIt() {
        answers.lookup(hub, "users", encoder);
        model.set("[\"alice\",\"bob\"]");
        clock.advance(SharedAnswers.REFRESH_AFTER);

        SharedAnswers.Lookup stale = answers.lookup(hub, "users", encoder);
        SharedAnswers.Lookup meanwhile = answers.lookup(hub, "users", encoder);
        assertThat(text(stale.answer().json())).isEqualTo("[\"alice\"]");   // served at once, not after an encoding
        assertThat(stale.refreshAfterwards()).isTrue();
        assertThat(meanwhile.refreshAfterwards()).as("one renewal at a time").isFalse();
        assertThat(encodings).hasValue(1);

        answers.refresh(hub, "users", encoder);   // what the first request does once its answer is sent
        assertThat(text(answers.lookup(hub, "users", encoder).answer().json())).isEqualTo("[\"alice\",\"bob\"]");
        assertThat(encodings).hasValue(2);
    }

    @Test
    void noAnswerOlderThanMaxAgeIsServed() {
        answers.lookup(hub, "users", encoder);
        model.set("[\"bob\"]");
        clock.advance(SharedAnswers.MAX_AGE.plusMillis(1));

        SharedAnswers.Lookup late = answers.lookup(hub, "users", encoder);

        assertThat(text(late.answer().json())).isEqualTo("[\"bob\"]");
        assertThat(late.refreshAfterwards()).isFalse();
        assertThat(late.answer().asOf()).isEqualTo(clock.instant());
    }

    @Test
    void aRequestPastMaxAgeWaitsForTheRenewalUnderWayInsteadOfEncodingAgain() throws Exception {
        answers.lookup(hub, "users", encoder);
        clock.advance(SharedAnswers.REFRESH_AFTER);
        assertThat(answers.lookup(hub, "users", encoder).refreshAfterwards()).isTrue();   // claimed, not yet run
        model.set("[\"bob\"]");
        clock.advance(SharedAnswers.MAX_AGE);

        java.util.concurrent.CompletableFuture<SharedAnswers.Lookup> late =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> answers.lookup(hub, "users", encoder));
        answers.refresh(hub, "users", encoder);

        assertThat(text(late.get(60, java.util.concurrent.TimeUnit.SECONDS).answer().json())).isEqualTo("[\"bob\"]");
        assertThat(encodings).as("one encoding for both").hasValue(2);
    }

    @Test
    void eachProjectAndViewHasItsOwnAnswer() {
        Object other = new Object();
        answers.lookup(hub, "users", encoder);
        model.set("{}");
        assertThat(text(answers.lookup(hub, "status", encoder).answer().json())).isEqualTo("{}");
        assertThat(text(answers.lookup(other, "users", encoder).answer().json())).isEqualTo("{}");
        assertThat(text(answers.lookup(hub, "users", encoder).answer().json())).isEqualTo("[\"alice\"]");
    }

    @Test
    void equalContentKeepsItsEntityTagAcrossEncodings() {
        EncodedAnswer first = answers.lookup(hub, "users", encoder).answer();
        clock.advance(Duration.ofSeconds(5));
        EncodedAnswer same = answers.lookup(hub, "users", encoder).answer();
        model.set("[]");
        clock.advance(Duration.ofSeconds(5));
        EncodedAnswer changed = answers.lookup(hub, "users", encoder).answer();

        assertThat(same).isNotSameAs(first);
        assertThat(same.etag()).isEqualTo(first.etag());
        assertThat(changed.etag()).isNotEqualTo(first.etag());
        assertThat(first.matches(first.etag())).isTrue();
        assertThat(first.matches("\"x\", W/" + first.etag())).isTrue();
        assertThat(first.matches(changed.etag())).isFalse();
        assertThat(first.matches(null)).isFalse();
    }

    @Test
    void aFailedEncodingIsNotKeptAndTheNextRequestTriesAgain() {
        Supplier<byte[]> failing = () -> {
            throw new IllegalStateException("model closed");
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.lookup(hub, "users", failing))
                .hasMessage("model closed");
        assertThat(text(answers.lookup(hub, "users", encoder).answer().json())).isEqualTo("[\"alice\"]");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
