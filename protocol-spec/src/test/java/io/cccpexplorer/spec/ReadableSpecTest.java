package io.cccpexplorer.spec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The readable spec travels with the data: the README's protocol part, from its first heading on. */
class ReadableSpecTest {

    @Test
    void isTheReadmesProtocolPart() {
        String text = ReadableSpec.markdown();
        assertThat(text).startsWith("# The CCCP protocol\n");
        assertThat(text).contains("## 1. Connections and framing", "## 5. Explorer session flow",
                "## 8. Filter language");
        assertThat(text).doesNotContain("## Design notes");
    }
}
