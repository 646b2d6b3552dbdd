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
 *
 * Windowed: above WINDOW_ABOVE rows only the rows in sight of the scroll container (plus MARGIN_ROWS on each
 * side) are in the DOM, between two spacer rows that give the body the height of all its rows, so the scroll bar
 * and scrolling work as before. Filtering, searching, sorting and counting still run over every row (plain
 * JavaScript, no DOM); keyed updates re-render only the rendered rows. A 5,000-agent site thus costs a screenful
 * of <tr> per render, not 5,000 (which took the browser 15 s before its first picture). The table element says how
 * many rows it holds (data-rows) and the rendered rows' first and last positions (data-first, data-last).
 */
const VOLATILE_FIELDS = new Set(['duration', 'duration_seconds']);
/** Rows above which only a window of them is rendered; smaller tables render every row. */
const WINDOW_ABOVE = 300;
/** Rows rendered beyond each edge of the visible part, so a scroll shows rendered rows at once. */
const MARGIN_ROWS = 30;
/** Rows rendered while the table is not laid out (a hidden tab): its first screenful when shown. */
const UNLAID_ROWS = 60;
/** A row's height until one is measured (px; padding 6 + line + border). */
const DEFAULT_ROW_HEIGHT = 33;
/** Case-insensitive, embedded numbers in order; one collator is far cheaper than localeCompare per comparison. */
const COLLATOR = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

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
    this.visibleRows = []; // every row that passes the filters, sorted; only [range.start, range.end) is rendered
    this.range = { start: 0, end: 0 };
    this.rowHeight = DEFAULT_ROW_HEIGHT;
    this.pendingFrame = 0;

    this.thead = h('thead');
    this.tbody = h('tbody');
    this.element = h('table', { class: 'data', attrs: { 'aria-label': options.label } }, this.thead, this.tbody);
    this.topSpacer = spacerRow(this.columns.length);
    this.bottomSpacer = spacerRow(this.columns.length);
    this.renderHead();
    this.showPlaceholder(h('span', {}, h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }), t('common.loading')));
    this.tbody.addEventListener('click', (event) => this.handleClick(event));
    // a scroll anywhere (scroll events do not bubble, but are captured), a resize, or the table being shown (a tab
    // switch resizes it from nothing) may bring other rows in sight: the window follows once per frame
    const follow = () => {
      if (this.pendingFrame) return;
      this.pendingFrame = requestAnimationFrame(() => {
        this.pendingFrame = 0;
        this.followScroll();
      });
    };
    document.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow, { passive: true });
    if (typeof ResizeObserver === 'function') new ResizeObserver(follow).observe(this.element);
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

  /** Refreshes every live duration cell (of the rendered rows). */
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
    let visible = this.rows.filter((row) => this.extraFilter(row) && this.matches(row));
    if (this.sort) {
      const column = this.columns.find((c) => c.key === this.sort.key);
      const sign = this.sort.dir === 'desc' ? -1 : 1;
      // each row's sort value computed once, not once per comparison (a date is parsed per call)
      const decorated = visible.map((row) => ({ row, value: column.sortValue(row), key: this.keyOf(row) }));
      decorated.sort((a, b) =>
        // Missing values stay at the bottom in both directions.
        missingLast(a.value, b.value) || sign * compare(a.value, b.value) || compare(a.key, b.key));
      visible = decorated.map((d) => d.row);
    }
    this.visibleRows = visible;
    this.visibleCount = visible.length;
    this.element.dataset.rows = String(visible.length);
    if (visible.length === 0) {
      this.range = { start: 0, end: 0 };
      this.showPlaceholder(this.rows.some((row) => this.extraFilter(row)) ? this.noMatchText : this.emptyText);
      this.dropStaleCache(new Set());
      return;
    }
    if (this.placeholder) {
      this.placeholder.remove();
      this.placeholder = null;
    }
    this.renderWindow(this.windowRange());
  }

  /** Renders the rows [start, end) of the sorted, filtered rows, between spacers standing for the others. */
  renderWindow({ start, end }) {
    const visible = this.visibleRows;
    const windowed = start > 0 || end < visible.length;
    this.range = { start, end };
    const wanted = new Set();
    let cursor = this.tbody.firstChild;
    const place = (tr) => {
      if (tr !== cursor) this.tbody.insertBefore(tr, cursor);
      else cursor = cursor.nextSibling;
    };
    if (windowed) {
      this.topSpacer.firstChild.style.height = `${start * this.rowHeight}px`;
      place(this.topSpacer);
    }
    for (let i = start; i < end; i++) {
      const row = visible[i];
      const key = this.keyOf(row);
      wanted.add(key);
      place(this.rowFor(key, row));
    }
    if (windowed) {
      this.bottomSpacer.firstChild.style.height = `${(visible.length - end) * this.rowHeight}px`;
      place(this.bottomSpacer);
    }
    // Anything after the cursor is no longer rendered (filtered out, removed, or out of the window).
    while (cursor) {
      const next = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
    this.dropStaleCache(wanted);
    this.element.dataset.first = String(start);
    this.element.dataset.last = String(end);
    this.measureRows(end - start);
    this.tick(Date.now());
    this.refreshLevels();
  }

  /**
   * The rows to render: all of a small table; else those in sight of the scroll container (the nearest scrolling
   * ancestor, or the page) plus MARGIN_ROWS each side, from the body's position and the rows' measured height.
   */
  windowRange() {
    const total = this.visibleRows.length;
    if (total <= WINDOW_ABOVE) return { start: 0, end: total };
    const scroller = this.scroller();
    const body = this.tbody.getBoundingClientRect();
    const view = scroller ? scroller.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    const top = Math.max(view.top, 0);
    const bottom = Math.min(view.bottom, window.innerHeight);
    if (!this.element.isConnected || this.element.getClientRects().length === 0 || bottom <= top) {
      // not laid out (a hidden tab): keep the place, render a screenful
      const start = Math.min(this.range.start, Math.max(0, total - UNLAID_ROWS));
      return { start, end: Math.min(total, start + UNLAID_ROWS) };
    }
    const first = Math.floor(Math.max(0, top - body.top) / this.rowHeight);
    const last = Math.ceil(Math.max(0, bottom - body.top) / this.rowHeight);
    const start = Math.min(Math.max(0, first - MARGIN_ROWS), total);
    return { start, end: Math.min(total, Math.max(start, last + MARGIN_ROWS)) };
  }

  /** Moves the window when the rows in sight come near an edge of the rendered ones. */
  followScroll() {
    if (!this.loaded || this.visibleRows.length <= WINDOW_ABOVE || this.placeholder || !this.element.isConnected) return;
    const next = this.windowRange();
    if (Math.abs(next.start - this.range.start) >= MARGIN_ROWS / 2
        || Math.abs(next.end - this.range.end) >= MARGIN_ROWS / 2) {
      this.renderWindow(next);
    }
  }

  /** The rendered rows' mean height, for the spacers and the window (kept while the table is not laid out). */
  measureRows(count) {
    if (count <= 0 || this.topSpacer.parentNode !== this.tbody) return;
    const first = this.topSpacer.nextSibling;
    const last = this.bottomSpacer.previousSibling;
    const height = (last.getBoundingClientRect().bottom - first.getBoundingClientRect().top) / count;
    if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) {
      this.rowHeight = height;
      this.topSpacer.firstChild.style.height = `${this.range.start * height}px`;
      this.bottomSpacer.firstChild.style.height = `${(this.visibleRows.length - this.range.end) * height}px`;
    }
  }

  /** The nearest ancestor that scrolls (a .table-wrap), or null for the page itself. */
  scroller() {
    for (let node = this.element.parentElement; node; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowY;
      if (overflow === 'auto' || overflow === 'scroll') return node;
    }
    return null;
  }

  /** Re-applies the threshold colours of the columns that have level(row). */
  refreshLevels() {
    const levelled = this.columns.filter((column) => column.level);
    if (!levelled.length) return;
    for (const row of this.visibleRows.slice(this.range.start, this.range.end)) {
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

  /** Replaces the body by one message row (spacers included: the next render places them again). */
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

/** A row standing for the rows that are not rendered: only its height counts (set by renderWindow). */
function spacerRow(columns) {
  const td = h('td', { attrs: { colspan: String(columns) } });
  td.style.padding = '0';
  td.style.border = '0';
  td.style.height = '0';
  return h('tr', { class: 'spacer', attrs: { 'aria-hidden': 'true' } }, td);
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
  return COLLATOR.compare(String(a), String(b));
}
