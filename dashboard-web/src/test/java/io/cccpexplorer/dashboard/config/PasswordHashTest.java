package io.cccpexplorer.dashboard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void matchesOnlyTheRightPasswordAndSaltsEveryHash() {
        String h = PasswordHash.hash("correct horse".toCharArray());
        assertThat(h).startsWith("pbkdf2-sha256$210000$").doesNotContain(":").doesNotContain(",");
        assertThat(PasswordHash.matches("correct horse".toCharArray(), h)).isTrue();
        assertThat(PasswordHash.matches("correct horsE".toCharArray(), h)).isFalse();
        assertThat(PasswordHash.matches(new char[0], h)).isFalse();
        assertThat(PasswordHash.hash("correct horse".toCharArray())).isNotEqualTo(h);
    }

    @Test
    void malformedHashesAreRejected() {
        assertThatThrownBy(() -> PasswordHash.requireWellFormed("pbkdf2-sha256$10$AA$AA"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordHash.requireWellFormed("md5$x")).hasMessageContaining("hash-password");
        assertThatThrownBy(() -> PasswordHash.requireWellFormed("pbkdf2-sha256$210000$!!$AA"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
