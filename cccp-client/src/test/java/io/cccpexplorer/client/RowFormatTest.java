package io.cccpexplorer.client;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowFormatTest {

    @Test
    void keepsThePathsInOrderWithoutDuplicates() {
        assertThat(RowFormat.of("user.login", "session_id", "user.login").paths())
                .containsExactly("user.login", "session_id");
    }

    @Test
    void rejectsEmptyFormatsAndEmptySegments() {
        assertThatThrownBy(() -> RowFormat.of(List.of())).hasMessageContaining("paths: empty");
        assertThatThrownBy(() -> RowFormat.of("user..login")).hasMessageContaining("user..login");
    }

    @Test
    void equalPathListsMakeEqualFormats() {
        assertThat(RowFormat.of("a", "b.c")).isEqualTo(RowFormat.of("a", "b.c")).isNotEqualTo(RowFormat.of("b.c", "a"));
    }
}
