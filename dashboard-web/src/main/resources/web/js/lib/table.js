import { h, replace } from './dom.js';
import { duration } from './format.js';
import { t } from './i18n.js';

/**
 * A sortable, searchable table whose rows are keyed (by object_id): live updates re-render only the
 * rows that changed and move existing <tr> elements instead of rebuilding the body, so the scroll
 * position, the search text, the sort and the selected row all survive a stream of updates.
 *
 * Column: {key, label, sortValue(row) -> string|number, cell(row) -> Node|string, text?(row) -> string
 *          (for search; defaults to sortValue), numeric?, className?, title?}
 * A cell that shows a live duration returns ticking(sinceEpochMs) and is refreshed by tick().
 * A column with level(row) -> "warn"|"alarm"|null colours its cells (data-level) from the server's open alerts;
 * call refreshLevels() when the alerts change.
 */
const VOLATILE_FIELDS = new Set(['duration', 'duration_seconds']);

export class DataTable {
  /**
   * @param {{columns: Array, keyOf: (row) => string, emptyText: string, noMatchText?: string,
   *          onRowClick?: (row) => void, rowTitle?: (row) => string, filter?: (row) => boolean,
   *          sort?: {key: string, dir: "asc"|"desc"}, label: string}} options
   */
  constructor(options) {
    this.columns = options.columns;
    this.keyOf = options.keyOf;
    this.emptyText = options.emptyText;
    this.noMatchText = options.noMatchText || t('common.no_match');
    this.onRowClick = options.onRowClick;
    this.rowTitle = options.rowTitle;
    this.extraFilter = options.filter || (() => true);
    this.sort = options.sort || null;
    this.query = '';
    this.rows = [];
    this.loaded = false;
    this.selectedKey = null;
    this.rowCache = new Map(); // key -> {tr, signature}
    this.sortListeners = [];
    this.visibleCount = 0;

    this.thead = h('thead');
    this.tbody = h('tbody');
    this.element = h('table', { class: 'data', attrs: { 'aria-label': options.label } }, this.thead, this.tbody);
    this.renderHead();
    this.showPlaceholder(h('span', {}, h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }), t('common.loading')));
    this.tbody.addEventListener('click', (event) => this.handleClick(event));
  }

  /** Called with {key, dir} whenever the user changes the sort. */
  onSortChange(listener) {
    this.sortListeners.push(listener);
  }

  /** Replaces the data (a full list); unchanged rows keep their DOM nodes. */
  setRows(rows) {
    this.rows = rows;
    this.loaded = true;
    this.render();
  }

  /** Sets the search text (case-insensitive substring over every column). */
  setQuery(query) {
    this.query = (query || '').trim().toLowerCase();
    if (this.loaded) this.render();
  }

  /** Sets the sort; key must be a column key, dir "asc" or "desc". Unknown keys are ignored. */
  setSort(key, dir) {
    if (!this.columns.some((c) => c.key === key)) return;
    this.sort = { key, dir: dir === 'desc' ? 'desc' : 'asc' };
    this.renderHead();
    if (this.loaded) this.render();
  }

  /** Re-applies the extra filter (e.g. a toggle changed). */
  refilter() {
    if (this.loaded) this.render();
  }

  /** Shows an error instead of rows (keeps the rows so the next successful update restores them). */
  showError(message) {
    this.showPlaceholder(message);
  }

  /** Refreshes every live duration cell. */
  tick(now) {
    for (const node of this.tbody.querySelectorAll('[data-since]')) {
      node.textContent = duration((now - Number(node.dataset.since)) / 1000);
    }
  }

  renderHead() {
    const cells = this.columns.map((column) => {
      const active = this.sort && this.sort.key === column.key;
      const mark = active ? (this.sort.dir === 'asc' ? '▲' : '▼') : '';
      const th = h('th', {
        class: column.numeric ? 'sortable num' : 'sortable',
        title: column.title || t('common.sort_by', { label: column.label }),
        dataset: { key: column.key },
        attrs: { scope: 'col', tabindex: '0', 'aria-sort': active ? (this.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none' },
        on: {
          click: () => this.toggleSort(column.key),
          keydown: (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              this.toggleSort(column.key);
            }
          },
        },
      }, column.label, h('span', { class: 'sort-mark', text: mark }));
      return th;
    });
    replace(this.thead, h('tr', {}, cells));
  }

  toggleSort(key) {
    const dir = this.sort && this.sort.key === key && this.sort.dir === 'asc' ? 'desc' : 'asc';
    this.setSort(key, dir);
    for (const listener of this.sortListeners) listener({ ...this.sort });
  }

  render() {
    const visible = this.rows.filter((row) => this.extraFilter(row) && this.matches(row));
    if (this.sort) {
      const column = this.columns.find((c) => c.key === this.sort.key);
      const sign = this.sort.dir === 'desc' ? -1 : 1;
      visible.sort((a, b) => {
        const va = column.sortValue(a);
        const vb = column.sortValue(b);
        // Missing values stay at the bottom in both directions.
        return missingLast(va, vb) || sign * compare(va, vb) || compare(this.keyOf(a), this.keyOf(b));
      });
    }
    this.visibleCount = visible.length;
    if (visible.length === 0) {
      this.showPlaceholder(this.rows.some((row) => this.extraFilter(row)) ? this.noMatchText : this.emptyText);
      this.dropStaleCache(new Set(this.rows.map(this.keyOf)));
      return;
    }
    if (this.placeholder) {
      this.placeholder.remove();
      this.placeholder = null;
    }
    const wanted = new Set();
    let cursor = this.tbody.firstChild;
    for (const row of visible) {
      const key = this.keyOf(row);
      wanted.add(key);
      const tr = this.rowFor(key, row);
      if (tr !== cursor) this.tbody.insertBefore(tr, cursor);
      else cursor = cursor.nextSibling;
    }
    // Anything after the cursor is no longer visible (filtered out or removed).
    while (cursor) {
      const next = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
    this.dropStaleCache(new Set(this.rows.map(this.keyOf)));
    this.tick(Date.now());
    this.refreshLevels();
  }

  /** Re-applies the threshold colours of the columns that have level(row). */
  refreshLevels() {
    const levelled = this.columns.filter((column) => column.level);
    if (!levelled.length) return;
    for (const row of this.rows) {
      const cached = this.rowCache.get(this.keyOf(row));
      if (!cached) continue;
      for (const column of levelled) {
        const td = cached.tr.querySelector(`td[data-col="${column.key}"]`);
        const level = column.level(row);
        if (!td) continue;
        if (level) td.dataset.level = level;
        else delete td.dataset.level;
      }
    }
  }

  rowFor(key, row) {
    // Durations computed by the server move on every snapshot; the table ticks them itself.
    const signature = JSON.stringify(row, (name, value) => (VOLATILE_FIELDS.has(name) ? undefined : value));
    const cached = this.rowCache.get(key);
    if (cached && cached.signature === signature) return cached.tr;
    const tr = cached ? cached.tr : h('tr', { dataset: { key } });
    replace(tr, this.columns.map((column) => {
      const content = column.cell(row);
      return h('td', { class: [column.numeric ? 'num' : '', column.className || ''].join(' ').trim() || undefined,
        dataset: { col: column.key } }, content);
    }));
    if (this.rowTitle) tr.title = this.rowTitle(row);
    tr.classList.toggle('clickable', Boolean(this.onRowClick));
    tr.classList.toggle('selected', key === this.selectedKey);
    if (cached) {
      // Restart the flash animation so a changed row is noticed.
      tr.classList.remove('changed');
      void tr.offsetWidth;
      tr.classList.add('changed');
    }
    this.rowCache.set(key, { tr, signature });
    return tr;
  }

  dropStaleCache(present) {
    for (const key of this.rowCache.keys()) {
      if (!present.has(key)) {
        this.rowCache.get(key).tr.remove();
        this.rowCache.delete(key);
      }
    }
  }

  matches(row) {
    if (!this.query) return true;
    return this.columns.some((column) => {
      const text = column.text ? column.text(row) : column.sortValue(row);
      return text !== null && text !== undefined && String(text).toLowerCase().includes(this.query);
    });
  }

  showPlaceholder(content) {
    this.tbody.replaceChildren();
    this.placeholder = h('tr', {}, h('td', { class: 'placeholder', attrs: { colspan: String(this.columns.length) } }, content));
    this.tbody.append(this.placeholder);
  }

  handleClick(event) {
    const tr = event.target.closest('tr[data-key]');
    if (!tr || !this.tbody.contains(tr)) return;
    const key = tr.dataset.key;
    this.selectedKey = key;
    for (const other of this.tbody.querySelectorAll('tr.selected')) other.classList.remove('selected');
    tr.classList.add('selected');
    if (this.onRowClick) {
      const row = this.rows.find((r) => this.keyOf(r) === key);
      if (row) this.onRowClick(row);
    }
  }
}

/** Cell content for a live duration since an epoch-ms instant (refreshed every second by tick()). */
export function ticking(sinceEpochMs) {
  if (!Number.isFinite(sinceEpochMs)) return '-';
  return h('span', { class: 'ticking', dataset: { since: String(sinceEpochMs) },
    text: duration((Date.now() - sinceEpochMs) / 1000) });
}

function isMissing(value) {
  return value === null || value === undefined || value === '' || value === '-'
    || (typeof value === 'number' && Number.isNaN(value));
}

function missingLast(a, b) {
  const missingA = isMissing(a);
  const missingB = isMissing(b);
  if (!missingA && !missingB) return 0;
  return missingA === missingB ? 0 : missingA ? 1 : -1;
}

/** Numbers numerically, strings case-insensitively with embedded numbers in order. */
function compare(a, b) {
  if (isMissing(a) || isMissing(b)) return missingLast(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { sensitivity: 'base', numeric: true });
}
