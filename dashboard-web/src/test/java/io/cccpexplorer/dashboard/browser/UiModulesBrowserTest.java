package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The UI's pure modules (deep-link parsing, formatting, badge colours, theme and History routes, safe highlighting),
 * imported as served by the dashboard and run in the browser: the edge cases the page-level tests do not reach.
 */
class UiModulesBrowserTest extends LabBrowserTest {

    @Test
    void deepLinksParseDefensivelyAndRoundTrip() {
        assertThat(run("router.js",
                "JSON.stringify(m.parseRoute('#tab=calls&q=a%20b&sort=caller:desc&page=3&active=1&hidden=1'))"))
                .isEqualTo("{\"tab\":\"calls\",\"q\":\"a b\",\"sort\":{\"key\":\"caller\",\"dir\":\"desc\"},"
                        + "\"status\":\"\",\"queue\":\"\",\"team\":\"\",\"active\":true,\"hidden\":true,\"page\":3}");
        assertThat(run("router.js", "JSON.stringify(m.parseRoute('#tab=evil&sort=x:sideways&page=-2'))"))
                .isEqualTo("{\"tab\":null,\"q\":\"\",\"sort\":null,\"status\":\"\",\"queue\":\"\",\"team\":\"\","
                        + "\"active\":false,"
                        + "\"hidden\":false,\"page\":1}");
        assertThat(run("router.js",
                "m.formatRoute(m.parseRoute('#tab=users&status=pause&queue=SAV%20Nord&team=Front'))"))
                .isEqualTo("#tab=users&status=pause&queue=SAV+Nord&team=Front");
        assertThat(run("router.js", "m.formatRoute(m.parseRoute('#tab=users&q=%3Cb%3E%20x&sort=login:asc'))"))
                .isEqualTo("#tab=users&q=%3Cb%3E+x&sort=login%3Aasc");
        assertThat(run("router.js", "m.formatRoute({tab: 'queues', q: '', sort: null, page: 1})"))
                .isEqualTo("#tab=queues");
    }

    @Test
    void formatsDurationsTimesNumbersAndSessions() {
        assertThat(run("format.js", "[45, 725, 3725, 0, -1, NaN].map(m.duration)"))
                .isEqualTo(List.of("45s", "12m 05s", "1h 02m 05s", "0s", "-", "-"));
        // one format, in the project's zone, whatever offset the value was written with
        assertThat(run("format.js", "(m.setDisplayZone('Europe/Paris'),"
                + " ['2026-02-08T10:03:46+01:00', '2026-02-08T09:03Z', '2026-07-01T12:00:00+02:00', null, "
                + "'garbage'].map(m.dateTime))"))
                .isEqualTo(List.of("2026-02-08 10:03:46", "2026-02-08 10:03:00",
                        "2026-07-01 12:00:00", "-", "garbage"));
        assertThat(run("format.js", "(m.setDisplayZone('America/New_York'), [m.dateTime('2026-02-08T10:03:46+01:00'),"
                + " m.zoneLabel(new Date('2026-02-08T12:00:00Z'))])"))
                .isEqualTo(List.of("2026-02-08 04:03:46", "America/New_York (UTC-05:00)"));
        assertThat(run("format.js", "(m.setDisplayZone('Not/AZone'), m.displayZoneId() === undefined)"))
                .isEqualTo(true);
        assertThat(run("format.js", "['tel:0102030405', 'sip:0612@10.0.0.1', 'undefined', '', null].map(m.phone)"))
                .isEqualTo(List.of("0102030405", "0612", "-", "-", "-"));
        assertThat(run("format.js",
                "[m.sessionShort('session_15918@15101.17.Ccxml.ps'), m.percent(0.8734), m.percent(null)]"))
                .isEqualTo(List.of("session_15918", "87.3%", "-"));
    }

    @Test
    void badgeColoursFollowTheOriginalRules() {
        assertThat(run("badges.js",
                "['supervision', 'En appel', 'Post-appel', 'Pause', 'Sonnerie', 'Disponible', 'unknown']"
                + ".map(m.stateColour)")).isEqualTo(List.of("green", "blue", "amber", "amber", "purple", "green", ""));
        assertThat(run("badges.js", "['supervisor interface', 'agent', 'interface', 'unplugged'].map(m.modeColour)"))
                .isEqualTo(List.of("purple", "green", "amber", ""));
    }

    @Test
    void themeRoutesMapBothWays() {
        assertThat(run("theme.js",
                "[m.pathForTheme('/cst_explorer/A%20B', 'light'), m.pathForTheme('/cst_explorer_light/A', 'dark'),"
                + " m.pathForTheme('/', 'light'), m.pathForTheme('/light', 'dark'), m.pathForTheme('/console', "
                + "'light'),"
                + " m.pathForTheme('/session_console', 'light')]"))
                .isEqualTo(List.of("/cst_explorer_light/A%20B", "/cst_explorer/A", "/light", "/", "/console_light",
                        "/session_console"));
        assertThat(run("theme.js", "[m.pathForTheme('/replay', 'light'), m.pathForTheme('/replay_light', 'dark'),"
                + " m.pathForTheme('/replay/console', 'light'), m.pathForTheme('/replay_light/console', 'dark'),"
                + " m.pathForTheme('/replay/evil', 'light'), m.pathForTheme('/replayx', 'light')]"))
                .isEqualTo(List.of("/replay_light", "/replay", "/replay_light/console",
                        "/replay/console", "/replay/evil",
                        "/replayx"));
    }

    @Test
    void historyLinkCarriesTheThemeAndTheProject() {
        assertThat(runModule("/static/js/dashboard/history-link.js", "[m.historyPath('dark', 'DEMO'),"
                + " m.historyPath('light', 'A B&c=<x>'), m.historyPath('dark', null), m.historyPath('light', '')]"))
                .isEqualTo(List.of("/replay?project=DEMO", "/replay_light?project=A+B%26c%3D%3Cx%3E", "/replay",
                        "/replay_light"));
    }

    @Test
    void highlightingSplitsTextNodesAndNeverParsesMarkup() {
        Object result = browser.jsAsync("const done = arguments[arguments.length - 1];"
                + "import('/static/js/console/highlight.js').then(m => {"
                + "  const div = document.createElement('div'); div.textContent = '<b>ab</b> AB ab';"
                + "  const count = m.highlight(div, 'ab');"
                + "  const marks = [...div.querySelectorAll('mark')].map(x => x.textContent);"
                + "  const elements = div.querySelectorAll('*').length;"
                + "  m.clearHighlights(div);"
                + "  done([count, marks, elements, div.textContent, div.childNodes.length]);"
                + "}, e => done(String(e)));");
        assertThat(result).isEqualTo(List.of(3L, List.of("ab", "AB", "ab"), 3L, "<b>ab</b> AB ab", 1L));
    }

    /** Imports /static/js/lib/{module} in the page and returns the value of {@code expression} (module bound to m). */
    private Object run(String module, String expression) {
        return runModule("/static/js/lib/" + module, expression);
    }

    private Object runModule(String path, String expression) {
        return browser.jsAsync(
                "const done = arguments[arguments.length - 1];"
                        + "import('" + path + "').then(m => done(" + expression
                        + "), e => done('import failed: ' + e));");
    }
}
