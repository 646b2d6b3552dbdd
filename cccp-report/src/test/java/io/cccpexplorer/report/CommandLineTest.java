package io.cccpexplorer.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    @Test
    void splitsLikeAShellForWordsAndQuotes() {
        assertThat(CommandLine.split("  -list\t-filter \".[session_type eq 3 and terminate_date eq '']\" -x"))
                .containsExactly("-list", "-filter", ".[session_type eq 3 and terminate_date eq '']", "-x");
        assertThat(CommandLine.split("-fields 'row.a;\"b\"' a\\ b \"q\\\"\\\\\\n\"x"))
                .containsExactly("-fields", "row.a;\"b\"", "a b", "q\"\\\\nx");
        assertThat(CommandLine.split("-separator ''")).containsExactly("-separator", "");
        assertThat(CommandLine.split("   ")).isEmpty();
    }

    @Test
    void unclosedQuotesAreErrors() {
        assertThatThrownBy(() -> CommandLine.split("-fields 'row.a")).hasMessageContaining("unclosed '");
        assertThatThrownBy(() -> CommandLine.split("-fields \"row.a")).hasMessageContaining("unclosed \"");
        assertThatThrownBy(() -> CommandLine.split("a\\")).hasMessageContaining("trailing \\");
    }
}
