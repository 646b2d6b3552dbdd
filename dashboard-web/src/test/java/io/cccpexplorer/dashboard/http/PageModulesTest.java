package io.cccpexplorer.dashboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard page names every module its script imports, directly or not, as a {@code modulepreload}: the browser
 * then fetches them all at once instead of one level of imports after the other (four round trips before the page
 * could start, about 0.3 s of a 5,000-agent site's first picture). A module added to the imports and not to the
 * page, or left on the page after its last import went, fails here.
 */
class PageModulesTest {

    private static final Path WEB = Path.of("src/main/resources/web");
    private static final Pattern IMPORT = Pattern.compile("^\\s*(?:import|export)\\s[^;]*?from\\s+'([^']+)'",
            Pattern.MULTILINE);
    private static final Pattern PRELOAD = Pattern.compile("<link rel=\"modulepreload\" href=\"/static/([^\"]+)\">");

    @Test
    void theDashboardPagePreloadsExactlyTheModulesItsScriptImports() throws IOException {
        Set<String> imported = importsOf("js/app.js");
        imported.remove("js/app.js");   // the page's own script tag fetches it

        Set<String> preloaded = new TreeSet<>();
        Matcher m = PRELOAD.matcher(Files.readString(WEB.resolve("index.html")));
        while (m.find()) {
            preloaded.add(m.group(1));
        }

        assertThat(imported).hasSizeGreaterThan(10);   // the scan found the imports
        assertThat(preloaded).isEqualTo(new TreeSet<>(imported));
    }

    @Test
    void theScanFollowsImportsAndReExports() {
        Matcher m = IMPORT.matcher("import { a } from './lib/a.js';\nexport { b } from '../b.js';\nconst x = 'from';");
        Set<String> found = new LinkedHashSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactly("./lib/a.js", "../b.js");
    }

    /** Every module reachable from {@code start} (paths relative to the web root), {@code start} included. */
    private static Set<String> importsOf(String start) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(start));
        while (!todo.isEmpty()) {
            String module = todo.removeFirst();
            if (!seen.add(module)) {
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(WEB.resolve(module)));
            while (m.find()) {
                todo.add(Path.of(module).resolveSibling(m.group(1)).normalize().toString().replace('\\', '/'));
            }
        }
        return seen;
    }
}
