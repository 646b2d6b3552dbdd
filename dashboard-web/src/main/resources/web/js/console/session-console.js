import { h, byId, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { Banners } from '../lib/banners.js';
import { bindThemeSelect } from '../lib/theme.js';
import { buildConsolePage } from './layout.js';
import { renderRow, searchText } from './rows.js';
import { highlight, clearHighlights } from './highlight.js';
import { copyText } from './clipboard.js';
import { setDisplayZone, zoneLabel } from '../lib/format.js';

/**
 * One call session's events in six colour-coded columns, shared by the live console and the replay console:
 * the grid, search with highlight, right-click copy, the keys (Enter reloads; Esc clears the search, then closes)
 * and the status line. A page only supplies where the events come from.
 *
 * @typedef {Object} ConsoleSource
 * @property {() => Promise<{objectId: *, context?: string, timeZone?: string, rows: Array}>} fetch one full load
 *           (rejects with ApiError); timeZone is the project's (dates are shown in it), else the browser's
 * @property {(error: Error) => string} failureText placeholder text when a load fails and nothing is shown yet
 * @property {(error: Error) => boolean} isMissing whether a failure means "not found" (status "Not found")
 * @property {(view: SessionConsole) => void} [loaded] called after every successful load (e.g. to follow live)
 */
export class SessionConsole {
  /**
   * @param {{title: string, badge?: string, context: {id: string, label: string}, closeNotice: string,
   *          emptyText: string}} page texts of this console
   */
  constructor(page) {
    buildConsolePage(page);
    this.page = page;
    this.source = null;
    this.banners = new Banners(byId('banners'));
    this.tbody = byId('c-rows');
    this.wrap = byId('c-wrap');
    this.search = byId('c-search');
    this.status = byId('c-status');
    /** id -> {tr, text}; rows in arrival order (servers send them oldest first). */
    this.rows = new Map();
    this.loadSeq = 0;
    this.toastTimer = null;
    bindThemeSelect(byId('theme-select'));
    byId('c-reload').addEventListener('click', () => this.load());
    byId('c-close').addEventListener('click', () => this.close());
    this.search.addEventListener('input', () => this.applySearch());
    this.tbody.addEventListener('contextmenu', (event) => this.copyCell(event));
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Shows a header field (the context field, the session...). */
  setField(id, value) {
    byId(id).textContent = value === undefined || value === null || value === '' ? '-' : String(value);
  }

  /** Sets where the events come from; Enter and Reload load again from it. */
  use(source) {
    this.source = source;
  }

  /** Stops here with a reason (a link without a session, a missing role): nothing is fetched, Enter does nothing. */
  refuse(status, message) {
    this.source = null;
    this.setStatus('error', status);
    this.showPlaceholder(message);
  }

  async load() {
    if (!this.source) return;
    const source = this.source;
    const seq = ++this.loadSeq;
    this.setStatus('loading', t('common.loading'));
    if (this.rows.size === 0) this.showPlaceholder(t('console.loading_events'));
    try {
      const answer = await source.fetch();
      if (seq !== this.loadSeq) return;
      this.banners.clear('load');
      this.setField('c-object', answer.objectId);
      // the page's one time zone: dates are shown in it and the header names it once
      setDisplayZone(answer.timeZone);
      this.setField('c-zone', zoneLabel());
      if (answer.context) this.setField(this.page.context.id, answer.context);
      this.replaceRows(answer.rows);
      this.setStatus('ok', t('console.ok'));
      if (source.loaded) source.loaded(this);
    } catch (error) {
      if (seq !== this.loadSeq) return;
      this.setStatus('error', source.isMissing(error) ? t('console.not_found') : t('console.error'));
      this.banners.show('load', error.message);
      if (this.rows.size === 0) this.showPlaceholder(source.failureText(error));
    }
  }

  replaceRows(list) {
    this.rows.clear();
    this.tbody.replaceChildren();
    for (const row of Array.isArray(list) ? list : []) this.addRow(row, false);
    if (this.rows.size === 0) this.showPlaceholder(this.page.emptyText);
    this.updateCount();
    this.applySearch();
  }

  /** Adds rows that arrived live (duplicates by id are ignored); follows them when scrolled to the bottom. */
  appendRows(list) {
    const follow = this.wrap.scrollTop + this.wrap.clientHeight >= this.wrap.scrollHeight - 4;
    let added = 0;
    for (const row of list) if (row && this.addRow(row, true)) added += 1;
    if (added) {
      this.updateCount();
      this.applySearch();
      if (follow) this.wrap.scrollTop = this.wrap.scrollHeight;
    }
    return added;
  }

  addRow(row, isNew) {
    const id = row.id !== undefined && row.id !== null ? String(row.id) : `${row.date}|${row.name}|${this.rows.size}`;
    if (this.rows.has(id)) return false;
    const placeholder = this.tbody.querySelector('td.placeholder');
    if (placeholder) placeholder.parentElement.remove();
    const tr = renderRow(row);
    if (isNew) tr.classList.add('new');
    this.rows.set(id, { tr, text: searchText(row) });
    this.tbody.append(tr);
    return true;
  }

  applySearch() {
    const query = this.search.value.trim();
    const needle = query.toLowerCase();
    let shown = 0;
    let marks = 0;
    for (const { tr, text } of this.rows.values()) {
      const visible = !needle || text.includes(needle);
      tr.hidden = !visible;
      if (visible) {
        shown += 1;
        marks += highlight(tr, query);
      } else {
        clearHighlights(tr);
      }
    }
    byId('c-match').textContent = needle
      ? t('console.matches', { shown, total: this.rows.size, marks }) : '';
  }

  updateCount() {
    byId('c-lines').textContent = String(this.rows.size);
  }

  setStatus(state, text) {
    this.status.dataset.state = state;
    this.status.textContent = text;
  }

  showPlaceholder(message) {
    replace(this.tbody, h('tr', {}, h('td', { class: 'placeholder', attrs: { colspan: '6' }, text: message })));
  }

  async copyCell(event) {
    const td = event.target.closest('td');
    if (!td || td.classList.contains('placeholder')) return;
    event.preventDefault();
    const copied = await copyText(td.textContent);
    td.classList.remove('copied');
    void td.offsetWidth; // restarts the flash animation
    td.classList.add('copied');
    td.dataset.copied = String(copied);
    this.toast(copied ? t('console.copied') : t('console.copy_blocked'));
  }

  toast(message) {
    let node = document.querySelector('.toast');
    if (!node) {
      node = h('div', { class: 'toast', attrs: { role: 'status' } });
      document.body.append(node);
    }
    node.textContent = message;
    node.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => { node.hidden = true; }, 1200);
  }

  onKey(event) {
    if (event.key === 'Enter') {
      const tag = event.target.tagName;
      if (tag === 'BUTTON' || tag === 'SELECT' || tag === 'TEXTAREA') return;
      event.preventDefault();
      this.load();
    } else if (event.key === 'Escape') {
      if (this.search.value) {
        this.search.value = '';
        this.applySearch();
      } else {
        this.close();
      }
    }
  }

  close() {
    window.close();
    // Browsers only let scripts close tabs that scripts opened; say so instead of doing nothing.
    setTimeout(() => this.banners.show('close', this.page.closeNotice, 'info'), 200);
  }
}
