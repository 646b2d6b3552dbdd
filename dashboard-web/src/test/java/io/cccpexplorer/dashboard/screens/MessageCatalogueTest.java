package io.cccpexplorer.dashboard.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The UI's one message catalogue: both languages have the same keys, and every key the pages name exists. */
class MessageCatalogueTest {

    private static final Path WEB = Path.of("src/main/resources/web");
    private static final Pattern KEY = Pattern.compile("^\\s*'([a-z_.]+)':", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\bt\\('([a-z_.]+)'|data-i18n(?:-[a-z-]+)?=\"([a-z_.]+)\"");

    private static Set<String> keys(String block) {
        Set<String> keys = new TreeSet<>();
        Matcher m = KEY.matcher(block);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveEveryKeyThePagesUse() throws IOException {
        String catalogue = Files.readString(WEB.resolve("js/lib/messages.js"), StandardCharsets.UTF_8);
        int en = catalogue.indexOf("\n  en: {");
        Set<String> french = keys(catalogue.substring(catalogue.indexOf("\n  fr: {"), en));
        Set<String> english = keys(catalogue.substring(en));
        assertThat(french).isNotEmpty().isEqualTo(english);

        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).toList()) {
                Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(french).containsAll(used);
    }
}
