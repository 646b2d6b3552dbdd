package io.cccpexplorer.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLineTest {

    @Test
    void writesAFlatObjectWithEscapedStrings() {
        String line = new JsonLine().put("s", "a\"b\\c\n\t\u0001\u00e9").put("n", 12L).put("d", 2.5).put("i", 3.0)
                .put("nan", Double.NaN).put("b", true).putNull("z").toString();

        assertThat(line).isEqualTo("{\"s\":\"a\\\"b\\\\c\\n\\t\\u0001\u00e9\",\"n\":12,\"d\":2.5,\"i\":3,"
                + "\"nan\":null,\"b\":true,\"z\":null}");
    }

    @Test
    void anEmptyObject() {
        assertThat(new JsonLine()).hasToString("{}");
    }
}
