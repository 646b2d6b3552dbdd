package io.cccpexplorer.history.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

class ExportTest {

    static final Table TABLE = new Table("queues: day/1", List.of("queue", "offered", "note"), List.of(
            Arrays.asList("SALES", 12, "plain"),
            Arrays.asList("Zébra, \"Nord\"", 3.5, "two\nlines"),
            Arrays.asList("=HYPERLINK(\"x\")", null, "-1")));

    @Test
    void csvFollowsRfc4180AndNeverWritesAFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Csv.write(TABLE, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFqueue,offered,note\r\n"
                + "SALES,12,plain\r\n"
                + "\"Zébra, \"\"Nord\"\"\",3.5,\"two\nlines\"\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",,'-1\r\n");
    }

    @Test
    void xlsxHoldsOneSheetWithNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.write(TABLE, out);
        Map<String, String> parts = new HashMap<>();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, out.toByteArray());
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"queues_ day_1\"");
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<v>12</v>").contains("<v>3.5</v>");
        assertThat(parts.get("xl/sharedStrings.xml")).contains("Z&#xe9;bra, &quot;Nord&quot;").contains("SALES");
    }

    @Test
    void rowsMustMatchTheColumns() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Table("t", List.of("a"), List.of(List.of(1, 2))))
                .hasMessageContaining("2 cells");
    }
}
