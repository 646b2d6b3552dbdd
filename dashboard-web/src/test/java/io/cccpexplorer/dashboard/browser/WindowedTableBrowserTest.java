package io.cccpexplorer.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The keyed table (lib/table.js) renders a window of a large table: the rows in sight of its scroll box plus a
 * margin, the others stood for by two spacer rows. Checked in the browser on 1,000 rows in a 300 px box: which
 * rows are in the DOM after a scroll, a sort and a search, and that an update touches only rendered rows.
 */
class WindowedTableBrowserTest extends LabBrowserTest {

    /** A table of 1,000 rows (key i, name "n0000".."n0999", num = i) in a 300 px scroll box, then {@code steps}. */
    private Map<?, ?> withTable(String steps) {
        Object result = browser.jsAsync("""
                const done = arguments[arguments.length - 1];
                import('/static/js/lib/table.js').then(async ({ DataTable }) => {
                  const frames = (n) => new Promise((r) => { const f = (k) => k \
                ? requestAnimationFrame(() => f(k - 1)) : r(); f(n); });
                  const box = document.createElement('div');
                  box.style.cssText = 'overflow:auto;height:300px;width:600px';
                  document.body.replaceChildren(box);
                  const table = new DataTable({ label: 'lab', keyOf: (r) => String(r.id), emptyText: 'none',
                    sort: { key: 'num', dir: 'asc' },
                    columns: [{ key: 'name', label: 'Name', sortValue: (r) => r.name, cell: (r) => r.name },
                              { key: 'num', label: 'Num', numeric: true, sortValue: (r) => r.num, \
                cell: (r) => String(r.num) }] });
                  box.append(table.element);
                  const rows = Array.from({ length: 1000 }, (_, i) => ({ id: i, \
                name: 'n' + String(i).padStart(4, '0'), num: i }));
                  table.setRows(rows);
                  await frames(2);
                  const keys = () => [...table.tbody.querySelectorAll('tr[data-key]')].map((tr) => \
                Number(tr.dataset.key));
                  // the keys of the rendered rows whose middle is inside the box
                  const inSight = () => { const b = box.getBoundingClientRect();
                    return [...table.tbody.querySelectorAll('tr[data-key]')].filter((tr) => {
                      const r = tr.getBoundingClientRect(); const m = (r.top + r.bottom) / 2;
                      return m > b.top + 30 && m < b.bottom; }).map((tr) => Number(tr.dataset.key)); };
                  const out = {};
                """ + steps + """
                  done(out);
                }).catch((e) => done({ error: String(e && e.stack || e) }));""");
        assertThat(result).isInstanceOf(Map.class);
        Map<?, ?> out = (Map<?, ?>) result;
        assertThat(out.get("error")).as("script error").isNull();
        return out;
    }

    @Test
    void rendersTheRowsInSightAndFollowsTheScroll() {
        Map<?, ?> out = withTable("""
                out.held = table.element.dataset.rows;
                out.rendered = keys().length;
                out.firstKeys = keys().slice(0, 3);
                out.topInSight = inSight()[0];
                out.fullHeight = box.scrollHeight;
                box.scrollTop = box.scrollHeight / 2;
                await frames(3);
                out.middle = inSight();
                out.middleRendered = keys().length;
                box.scrollTop = box.scrollHeight;
                await frames(3);
                out.bottom = inSight();
                out.bottomKeys = keys();
                """);
        assertThat(out.get("held")).isEqualTo("1000");
        assertThat(((Number) out.get("rendered")).intValue()).isBetween(10, 120);
        assertThat(out.get("firstKeys")).isEqualTo(java.util.List.of(0L, 1L, 2L));
        assertThat(out.get("topInSight")).isEqualTo(0L);
        // the spacers give the body the height of every row: the box scrolls over all 1,000
        int rowHeight = ((Number) out.get("fullHeight")).intValue() / 1000;
        assertThat(rowHeight).isBetween(10, 60);
        assertThat(longs(out.get("middle"))).isNotEmpty().allSatisfy(k -> assertThat(k).isBetween(400L, 600L));
        assertThat(((Number) out.get("middleRendered")).intValue()).isBetween(10, 120);
        assertThat(longs(out.get("bottom"))).contains(999L);
        assertThat(longs(out.get("bottomKeys"))).doesNotContain(0L, 500L).contains(999L);
    }

    @Test
    void sortingAndSearchingRunOverEveryRowNotTheRenderedOnes() {
        Map<?, ?> out = withTable("""
                box.scrollTop = box.scrollHeight / 2;
                await frames(3);
                table.setSort('num', 'desc');
                await frames(2);
                out.sortedMiddle = inSight();
                box.scrollTop = 0;
                await frames(3);
                out.sortedTop = inSight()[0];
                table.setQuery('n0777');
                out.searchHeld = table.element.dataset.rows;
                out.searchKeys = keys();
                out.spacers = table.tbody.querySelectorAll('tr.spacer').length;
                """);
        // the same scroll place shows the middle of the other order
        assertThat(longs(out.get("sortedMiddle"))).isNotEmpty().allSatisfy(k -> assertThat(k).isBetween(400L, 600L));
        assertThat(out.get("sortedTop")).isEqualTo(999L);
        assertThat(out.get("searchHeld")).isEqualTo("1");
        assertThat(longs(out.get("searchKeys"))).containsExactly(777L);
        assertThat(out.get("spacers")).isEqualTo(0L);
    }

    @Test
    void anUpdateTouchesOnlyRenderedRows() {
        Map<?, ?> out = withTable("""
                const before = new Map([...table.tbody.querySelectorAll('tr[data-key]')].map((tr) => \
                [tr.dataset.key, tr]));
                const changed = rows.map((r) => r.id === 1 || r.id === 900 ? { ...r, name: r.name + '!' } : r);
                let built = 0;
                const original = table.rowFor.bind(table);
                table.rowFor = (key, row) => { built++; return original(key, row); };
                table.setRows(changed);
                out.built = built;
                out.rendered = keys().length;
                const after = [...table.tbody.querySelectorAll('tr[data-key]')];
                out.kept = after.filter((tr) => before.has(tr.dataset.key)).length;
                out.sameNodes = after.filter((tr) => before.get(tr.dataset.key) === tr).length;
                out.row1 = table.tbody.querySelector('tr[data-key="1"]').textContent;
                out.row900 = table.tbody.querySelector('tr[data-key="900"]') === null;
                """);
        int rendered = ((Number) out.get("rendered")).intValue();
        assertThat(((Number) out.get("built")).intValue()).as("rows looked at").isEqualTo(rendered);
        assertThat(((Number) out.get("kept")).intValue()).isGreaterThan(rendered / 2);
        assertThat(out.get("sameNodes")).as("every row still rendered kept its <tr>").isEqualTo(out.get("kept"));
        assertThat(out.get("row1")).isEqualTo("n0001!1");
        assertThat(out.get("row900")).as("an off-screen row gets no <tr>").isEqualTo(true);
    }

    private static java.util.List<Long> longs(Object list) {
        return ((java.util.List<?>) list).stream().map(o -> ((Number) o).longValue()).toList();
    }
}
