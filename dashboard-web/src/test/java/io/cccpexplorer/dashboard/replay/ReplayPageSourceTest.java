package io.cccpexplorer.dashboard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages keep server text out of markup and run under the dashboard's CSP: no HTML sinks in the scripts, no
 * inline scripts, styles or event handlers in the pages, no alert/confirm. The replay pages import the shared
 * modules of the main pages (console, API client, theme), so every file under {@code web/} is checked, and the
 * replay pages must be among them.
 */
class ReplayPageSourceTest {

    private static final Pattern SINKS = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write"
            + "|\\beval\\(|new Function|\\balert\\(|\\bconfirm\\(");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLERS = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLES = Pattern.compile("<style|\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void scriptsNeverParseMarkup() throws IOException {
        List<Path> scripts = webFiles(".js");
        assertThat(scripts).extracting(ReplayPageSourceTest::name)
                .contains("replay/replay.js", "replay/console.js", "js/console.js", "js/console/session-console.js",
                        "js/console/layout.js", "js/dashboard/history-link.js", "js/theme-boot.js");
        for (Path file : scripts) {
            assertThat(SINKS.matcher(read(file)).find()).as(name(file)).isFalse();
        }
    }

    @Test
    void pagesHaveNoInlineCode() throws IOException {
        List<Path> pages = webFiles(".html");
        assertThat(pages).extracting(ReplayPageSourceTest::name)
                .contains("replay/replay.html", "replay/console.html", "console.html", "index.html", "login.html");
        for (Path file : pages) {
            String html = read(file);
            assertThat(INLINE_SCRIPT.matcher(html).find()).as(name(file) + " inline script").isFalse();
            assertThat(HANDLERS.matcher(html).find()).as(name(file) + " inline handler").isFalse();
            assertThat(STYLES.matcher(html).find()).as(name(file) + " inline style").isFalse();
            assertThat(html).as(name(file)).containsPattern("<html lang=\"(fr|en)\"");
            if (!name(file).equals("wallboard.html")) { // the TV screen: its own stylesheet, always dark
                assertThat(html).as(name(file)).contains("/static/css/app.css")
                        .contains("<script src=\"/static/js/theme-boot.js\"></script>");
            }
        }
    }

    @Test
    void bothConsolesAreTheSharedConsole() throws IOException {
        for (String entry : List.of("js/console.js", "replay/console.js")) {
            String script = read(web().resolve(entry));
            assertThat(script).as(entry)
                    .containsPattern("import \\{ SessionConsole \\} from '[./a-z/]*console/session-console\\.js'")
                    .doesNotContain("contextmenu", "keydown", "highlight(");
        }
    }

    private static List<Path> webFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(web())) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Path web() {
        URL url = ReplayPageSourceTest.class.getClassLoader().getResource("web/index.html");
        assertThat(url).as("web/ on the test class path").isNotNull();
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new AssertionError("web/ is not a folder: " + url, e);
        }
    }

    private static String name(Path file) {
        return web().relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
