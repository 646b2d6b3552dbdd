package io.cccpexplorer.dashboard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The replay pages keep server text out of markup and run under the dashboard's CSP: no HTML sinks in the scripts,
 * no inline scripts, styles or event handlers in the pages, no alert/confirm.
 */
class ReplayPageSourceTest {

    private static final List<String> SCRIPTS = List.of("replay.js", "console.js", "theme-boot.js");
    private static final List<String> PAGES = List.of("replay.html", "console.html");

    @Test
    void scriptsNeverParseMarkup() throws IOException {
        Pattern sinks = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function"
                + "|\\balert\\(|\\bconfirm\\(");
        for (String file : SCRIPTS) {
            assertThat(sinks.matcher(read(file)).find()).as(file).isFalse();
        }
    }

    @Test
    void pagesHaveNoInlineCode() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handlers = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern styles = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);
        for (String file : PAGES) {
            String html = read(file);
            assertThat(inlineScript.matcher(html).find()).as(file + " inline script").isFalse();
            assertThat(handlers.matcher(html).find()).as(file + " inline handler").isFalse();
            assertThat(styles.matcher(html).find()).as(file + " inline style").isFalse();
            assertThat(html).as(file).contains("<html lang=\"en\"").contains("/static/css/app.css");
        }
    }

    private static String read(String file) throws IOException {
        try (InputStream in = ReplayPageSourceTest.class.getClassLoader().getResourceAsStream("web/replay/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
