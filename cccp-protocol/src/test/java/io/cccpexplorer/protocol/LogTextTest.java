package io.cccpexplorer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void aLineBreakCannotForgeALogLine() {
        String forged = "agent\n2026-12-06 08:00:00 INFO  [main] login ok user=admin";
        assertThat(LogText.escape(forged)).doesNotContain("\n")
                .isEqualTo("agent\\n2026-12-06 08:00:00 INFO  [main] login ok user=admin");
        assertThat(LogText.escape("a\r\nb\tc")).isEqualTo("a\\r\\nb\\tc");
    }

    @Test
    void controlBytesSeparatorsAndBidiControlsAreWrittenAsEscapes() {
        assertThat(LogText.escape("nul\0esc\u001b[31mdel\u007fc1\u0085")).isEqualTo(
                "nul\\u0000esc\\u001b[31mdel\\u007fc1\\u0085");
        assertThat(LogText.escape("x\u2028y\u202ez")).isEqualTo("x\\u2028y\\u202ez");
    }

    @Test
    void backslashesAreDoubledSoTheEscapingReadsBackUnambiguously() {
        assertThat(LogText.escape("C:\\n")).isEqualTo("C:\\\\n");
    }

    @Test
    void plainTextIncludingAccentsIsKeptAsIsWithoutACopy() {
        String s = "Zébra · file d'attente 3";
        assertThat(LogText.escape(s)).isSameAs(s);
        assertThat(LogText.escape(null)).isEqualTo("null");
    }

    @Test
    void longValuesAreCutAndSayHowMuch() {
        String s = "x".repeat(LogText.MAX_CHARS + 100);
        assertThat(LogText.escape(s)).hasSize(LogText.MAX_CHARS + "…(+100 chars)".length())
                .endsWith("…(+100 chars)");
    }

    @Test
    void ofIsEscapedWhenPrinted() {
        assertThat(LogText.of("a\nb")).hasToString("a\\nb");
    }
}
