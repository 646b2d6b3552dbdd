package io.cccpexplorer.dashboard.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI's one message catalogue: both languages have the same keys, with the same placeholders and no empty text;
 * every key the pages name exists; and no page or script shows a label of its own (a scan of the places a
 * user-visible text goes: table labels, titles, banners, text content, markup text and attributes).
 */
class MessageCatalogueTest {

    private static final Path WEB = Path.of("src/main/resources/web");
    private static final Pattern ENTRY = Pattern.compile("^\\s*'([a-z_.]+)':\\s*"
            + "(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"),?\\s*$",
            Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\bt\\('([a-z_.]+)'|data-i18n(?:-[a-z-]+)?=\"([a-z_.]+)\""
            + "|\\blabel:\\s*'([a-z_]+(?:\\.[a-z_]+)+)'");
    /** A literal that is a catalogue key (a table of keys translated later, as the wallboard's tiles). */
    private static final Pattern KEY_LITERAL = Pattern.compile("[a-z_]+(?:\\.[a-z_]+)+");
    /** A key built at run time, t(`alerts.level.${level}`): some key must start with its fixed part. */
    private static final Pattern DYNAMIC_USE = Pattern.compile("\\bt\\(`([a-z_.]+)\\$\\{|\\blabelOf\\('([a-z_.]+)'");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    /** Names that are the same in every language: the product, the language names, a file format. */
    private static final List<String> SAME_IN_EVERY_LANGUAGE = List.of("CCCP Explorer", "Français", "English", "RLOG");
    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÿ]{2,}");
    private static final String LITERAL = "('(?:[^'\\\\\\n]|\\\\.)*'|\"(?:[^\"\\\\\\n]|\\\\.)*\"|`[^`]*`)";
    /** Where a script puts text a user reads: these must be t(...) calls, never literals. */
    private static final List<Pattern> VISIBLE_TEXT = List.of(
            Pattern.compile("\\b(?:text|label|title|emptyText|noMatchText|placeholder|closeNotice|'aria-label')"
                    + "\\s*:\\s*"
                    + LITERAL),
            Pattern.compile("\\.(?:textContent|title|placeholder)\\s*=\\s*" + LITERAL),
            // either branch of a ternary: el.textContent = found ? `${n} rows` : 'none'
            Pattern.compile("\\.(?:textContent|title|placeholder)\\s*=[^;\\n]*?\\?\\s*" + LITERAL),
            Pattern.compile("\\.(?:textContent|title|placeholder)\\s*=[^;\\n]*?\\?[^;\\n]*?\\s:\\s*" + LITERAL),
            Pattern.compile("\\b(?:text|label|title|emptyText|noMatchText)\\s*:\\s*[^,\\n]*?\\?\\s*" + LITERAL),
            Pattern.compile("\\.show\\(\\s*'[^']*',\\s*" + LITERAL),
            Pattern.compile("\\b(?:startPolling|refuse|showError|showPlaceholder|clearCalls|placeholder)\\(\\s*"
                    + LITERAL),
            Pattern.compile("\\bsetStatus\\(\\s*'[^']*',\\s*" + LITERAL),
            Pattern.compile("\\bnew (?:ChoiceFilter\\([^,]+|ApiError\\([^,]+,[^,]+),\\s*" + LITERAL));

    private static String catalogue() throws IOException {
        return Files.readString(WEB.resolve("js/lib/messages.js"), StandardCharsets.UTF_8);
    }

    /** key -> text of one language's block. */
    private static Map<String, String> entries(String block) {
        Map<String, String> entries = new TreeMap<>();
        Matcher m = ENTRY.matcher(block);
        while (m.find()) {
            entries.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return entries;
    }

    private static Map<String, String> french() throws IOException {
        String c = catalogue();
        return entries(c.substring(c.indexOf("\n  fr: {"), c.indexOf("\n  en: {")));
    }

    private static Map<String, String> english() throws IOException {
        String c = catalogue();
        return entries(c.substring(c.indexOf("\n  en: {")));
    }

    private static List<Path> webFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(WEB)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void bothLanguagesHaveEveryKeyWithTheSamePlaceholdersAndNoEmptyText() throws IOException {
        Map<String, String> fr = french();
        Map<String, String> en = english();
        // every line of the catalogue that looks like an entry was read (a typo would otherwise hide a key)
        long lines = catalogue().lines().filter(l -> l.matches("^\\s*'[a-z_.]+':.*")).count();
        assertThat(fr.size() + en.size()).isEqualTo(lines);
        assertThat(fr).hasSizeGreaterThan(300);
        assertThat(fr.keySet()).as("keys missing in English").isSubsetOf(en.keySet());
        assertThat(en.keySet()).as("keys missing in French").isSubsetOf(fr.keySet());
        for (String key : fr.keySet()) {
            assertThat(fr.get(key)).as("French " + key).isNotBlank();
            assertThat(en.get(key)).as("English " + key).isNotBlank();
            assertThat(placeholders(fr.get(key))).as("placeholders of " + key).isEqualTo(placeholders(en.get(key)));
        }
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> keys = french().keySet();
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        List<Path> files = new ArrayList<>(webFiles(".js"));
        files.addAll(webFiles(".html"));
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = USE.matcher(text);
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
            Matcher d = DYNAMIC_USE.matcher(text);
            while (d.find()) {
                prefixes.add(d.group(1) != null ? d.group(1) : d.group(2) + ".");
            }
        }
        assertThat(used).hasSizeGreaterThan(250);
        assertThat(keys).containsAll(used);
        assertThat(prefixes).contains("alerts.level.", "status.", "disposition.", "console.col.");
        for (String prefix : prefixes) {
            assertThat(keys).as("a key under " + prefix).anyMatch(k -> k.startsWith(prefix));
        }
    }

    @Test
    void noScriptShowsALabelOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : webFiles(".js")) {
            if (f.endsWith(Path.of("js/lib/messages.js"))) {
                continue;
            }
            String code = withoutComments(Files.readString(f, StandardCharsets.UTF_8));
            if (code.contains("const TEXT")) {
                found.add(WEB.relativize(f) + ": a TEXT constant (labels belong in lib/messages.js)");
            }
            for (String literal : visibleLiterals(code)) {
                found.add(WEB.relativize(f) + ": " + literal);
            }
        }
        assertThat(found).isEmpty();
    }

    /** The scan itself: it finds a literal label where a page would show it, and lets t(...) and names pass. */
    @Test
    void theScanFindsLiteralLabels() {
        assertThat(visibleLiterals("{ key: 'name', label: 'Name', cell: x }")).containsExactly("'Name'");
        assertThat(visibleLiterals("el.textContent = `${n} of ${total}`;")).containsExactly("`${n} of ${total}`");
        assertThat(visibleLiterals("banners.show('live', 'Refreshing failed', 'info')")).hasSize(1);
        assertThat(visibleLiterals("new ChoiceFilter(byId('x'), 'Any status')")).hasSize(1);
        assertThat(visibleLiterals("{ label: t('users.col.name'), text: '×', title: `${a} · ${b}` }")).isEmpty();
        assertThat(visibleLiterals("document.title = `${project} · CCCP Explorer`;")).isEmpty();
        assertThat(visibleLiterals("{ metric: 'waiting', label: 'figure.waiting' }")).isEmpty();
        assertThat(visibleLiterals("m.textContent = needle ? `${a} of ${b} rows` : '';"))
                .containsExactly("`${a} of ${b} rows`");
        assertThat(visibleLiterals("m.textContent = ok ? t('a.b') : 'Nothing';")).containsExactly("'Nothing'");
        assertThat(visibleLiterals("{ text: `${t('a.b')}: ${x ? `${y}` : ''} ${z}`, title: `${f({ a: 1 })} of` }"))
                .containsExactly("`${f({ a: 1 })} of`");
    }

    @Test
    void noPageShowsALabelOfItsOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : webFiles(".html")) {
            String html = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?s)<noscript>.*?</noscript>", "");
            boolean titled = html.contains("data-i18n-title=\"") && html.matches("(?s).*<html[^>]*data-i18n-title=.*");
            Matcher text = Pattern.compile(">([^<]+)<").matcher(html);
            while (text.find()) {
                String tag = html.substring(html.lastIndexOf('<', text.start()), text.start() + 1);
                if (!hasWords(text.group(1)) || tag.contains("data-i18n=\"") || (tag.startsWith("<title") && titled)) {
                    continue;
                }
                found.add(WEB.relativize(f) + ": text " + text.group(1).strip());
            }
            Matcher tags = Pattern.compile("<[a-z]+\\b[^>]*>").matcher(html);
            while (tags.find()) {
                Matcher attribute = Pattern.compile("\\s(placeholder|title|aria-label)=\"([^\"]*)\"")
                        .matcher(tags.group());
                while (attribute.find()) {
                    if (hasWords(attribute.group(2))
                            && !tags.group().contains("data-i18n-" + attribute.group(1) + "=")) {
                        found.add(WEB.relativize(f) + ": " + attribute.group(1) + " " + attribute.group(2));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> visibleLiterals(String code) {
        List<String> found = new ArrayList<>();
        for (Pattern p : VISIBLE_TEXT) {
            Matcher m = p.matcher(code);
            while (m.find()) {
                String literal = m.group(1);
                String shown = withoutSubstitutions(literal.substring(1, literal.length() - 1));
                if (hasWords(shown) && !KEY_LITERAL.matcher(shown).matches()) {
                    found.add(literal);
                }
            }
        }
        return found;
    }

    /** A template's text without its ${...} parts (nested braces and an unclosed last part included). */
    private static String withoutSubstitutions(String template) {
        StringBuilder shown = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (depth == 0 && c == '$' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                depth = 1;
                i++;
            } else if (depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static boolean hasWords(String text) {
        String rest = text.replaceAll("&[a-z]+;", " ");
        for (String name : SAME_IN_EVERY_LANGUAGE) {
            rest = rest.replace(name, " ");
        }
        return WORD.matcher(rest).find();
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").replaceAll("\\s//\\s.*", "");
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
