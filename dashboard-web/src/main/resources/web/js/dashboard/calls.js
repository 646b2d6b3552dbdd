import { byId } from '../lib/dom.js';
import { ChoiceFilter } from '../lib/choice-filter.js';
import { DataTable, ticking } from '../lib/table.js';
import { badge, statusColour, directionIcon } from '../lib/badges.js';
import { orDash, phone, dateTime, epochOf, duration, sessionShort } from '../lib/format.js';
import { getJson } from '../lib/api.js';
import { t, labelOf } from '../lib/i18n.js';

const PAGE_SIZE = 100;

/**
 * Calls tab. Page 1 is live (the store's calls, updated by events); older pages come from
 * /api/history and are fixed pictures of the history, searched on the server.
 * Clicking a call opens its session console in a new tab.
 */
export class CallsView {
  constructor(store, { onRouteChange, openConsole, banners }) {
    this.store = store;
    this.onRouteChange = onRouteChange;
    this.banners = banners;
    this.search = byId('calls-search');
    this.activeOnly = byId('calls-active-only');
    this.result = byId('calls-result');
    this.statusFilter = new ChoiceFilter(byId('calls-status'), t('common.any_status'),
      (status) => labelOf('status', status));
    this.queueFilter = new ChoiceFilter(byId('calls-queue'), t('common.any_queue'));
    // the server says which teams a call is in (those of its queue: the model's rule); compared by name only
    this.teamFilter = new ChoiceFilter(byId('calls-team'), t('common.any_team'));
    this.pageLabel = byId('calls-page');
    this.pageNote = byId('calls-page-note');
    this.newer = byId('calls-newer');
    this.older = byId('calls-older');
    this.page = 1;
    this.pageTotal = 0;
    this.fetchSeq = 0;
    this.searchTimer = null;
    this.table = new DataTable({
      label: t('tab.calls'),
      keyOf: (c) => String(c.object_id ?? c.session_id),
      emptyText: t('calls.empty'),
      noMatchText: t('calls.no_match'),
      sort: { key: 'start', dir: 'desc' },
      onRowClick: (call) => openConsole(call),
      rowTitle: (call) => t('common.open_console', { session: orDash(call.session_id) }),
      columns: [
        { key: 'dir', label: '', title: t('calls.sort_direction'), sortValue: (c) => orDash(c.call_type), cell: (c) => directionIcon(c.call_type) },
        { key: 'start', label: t('common.start'), className: 'mono', sortValue: (c) => epochOf(c.create_date_iso),
          text: (c) => dateTime(c.create_date_iso), cell: (c) => dateTime(c.create_date_iso) },
        { key: 'caller', label: t('common.caller'), className: 'mono', sortValue: (c) => phone(c.caller), cell: (c) => phone(c.caller) },
        { key: 'called', label: t('common.called'), className: 'mono', sortValue: (c) => phone(c.called), cell: (c) => phone(c.called) },
        { key: 'duration', label: t('common.duration'), numeric: true, sortValue: callSeconds, text: () => '', cell: durationCell },
        { key: 'session', label: t('common.session'), className: 'mono', sortValue: (c) => sessionShort(c.session_id),
          text: (c) => orDash(c.session_id), cell: (c) => sessionShort(c.session_id) },
        { key: 'queue', label: t('common.queue'), sortValue: (c) => orDash(c.queue_name), cell: (c) => orDash(c.queue_name) },
        { key: 'agent', label: t('common.agent'), sortValue: (c) => orDash(c.agent), cell: (c) => orDash(c.agent) },
        { key: 'state', label: t('calls.col.status'), sortValue: (c) => orDash(c.status),
          text: (c) => `${orDash(c.status)} ${orDash(c.disposition)} ${orDash(statusText(c))}`,
          cell: (c) => badge(statusText(c), statusColour(c.status)) },
        { key: 'wait', label: t('calls.col.wait'), numeric: true, title: t('calls.col.wait_title'),
          sortValue: (c) => c.wait_s, text: () => '', cell: (c) => duration(c.wait_s) },
        { key: 'talk', label: t('calls.col.talk'), numeric: true, title: t('calls.col.talk_title'),
          sortValue: (c) => c.talk_s, text: () => '', cell: (c) => duration(c.talk_s) },
      ],
      filter: (c) => (this.page > 1 || !this.activeOnly.checked || c.is_active === true)
        && this.statusFilter.accepts(c.status) && this.queueFilter.accepts(c.queue_name)
        && this.teamFilter.accepts(c.teams || []),
    });
    byId('calls-table').append(this.table.element);

    this.search.addEventListener('input', () => {
      if (this.page > 1) this.refetchSoon();
      else this.table.setQuery(this.search.value);
      this.updateCount();
      onRouteChange();
    });
    this.activeOnly.addEventListener('change', () => {
      if (this.page > 1) this.fetchPage();
      else this.table.refilter();
      this.updateCount();
      onRouteChange();
    });
    for (const filter of [this.statusFilter, this.queueFilter, this.teamFilter]) {
      filter.select.addEventListener('change', () => {
        if (this.page > 1) this.fetchPage();   // older pages are filtered by the server, before paging
        else this.table.refilter();
        this.updateCount();
        onRouteChange();
      });
    }
    this.table.onSortChange(() => onRouteChange());
    this.newer.addEventListener('click', () => this.goTo(this.page - 1));
    this.older.addEventListener('click', () => this.goTo(this.page + 1));
  }

  render() {
    if (!this.store.loaded || this.page > 1) {
      this.updatePager();
      return;
    }
    this.showRows([...this.store.calls.values()]);
    this.updateCount();
    this.updatePager();
  }

  goTo(page) {
    this.page = Math.max(1, page);
    this.onRouteChange();
    if (this.page === 1) {
      this.table.setQuery(this.search.value);
      this.table.refilter();
      this.render();
    } else {
      this.fetchPage();
    }
  }

  refetchSoon() {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.fetchPage(), 300);
  }

  async fetchPage() {
    const seq = ++this.fetchSeq;
    this.updatePager();
    try {
      const answer = await getJson('/api/history', {
        project: this.store.project, page: this.page, size: PAGE_SIZE,
        active: this.activeOnly.checked ? 'true' : '', q: this.search.value.trim(),
        status: this.statusFilter.value, queue: this.queueFilter.value, team: this.teamFilter.value,
      });
      if (seq !== this.fetchSeq || this.page === 1) return;
      this.banners.clear('history');
      this.pageTotal = Number(answer.total) || 0;
      this.table.setQuery('');
      this.showRows(Array.isArray(answer.items) ? answer.items : []);
      this.updateCount();
      this.updatePager();
    } catch (error) {
      if (seq !== this.fetchSeq) return;
      this.banners.show('history', t('calls.history_failed', { page: this.page, message: error.message }));
      this.table.showError(t('calls.history_unavailable'));
    }
  }

  /** Shows rows (live or a history page) and offers their statuses and queues in the filters. */
  showRows(calls) {
    this.statusFilter.setChoices(calls.map((c) => c.status));
    this.queueFilter.setChoices(calls.map((c) => c.queue_name));
    this.teamFilter.setChoicesOrHide(calls.flatMap((c) => c.teams || []));
    this.table.setRows(calls);
  }

  updateCount() {
    if (!this.table.loaded) {
      this.result.textContent = '';
    } else if (this.page > 1) {
      this.result.textContent = t('calls.count_page', { shown: this.table.visibleCount, total: this.pageTotal });
    } else {
      this.result.textContent = t('common.count', { shown: this.table.visibleCount, total: this.store.calls.size });
    }
  }

  updatePager() {
    const total = this.page > 1 ? this.pageTotal : this.store.historyCount;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    this.pageLabel.textContent = t('calls.page', { page: this.page, pages: Math.max(pages, this.page) });
    this.newer.disabled = this.page <= 1;
    this.older.disabled = this.page >= pages;
    this.pageNote.textContent = this.page > 1
      ? t('calls.note_older') : t('calls.note_live');
  }

  route() {
    return { q: this.search.value, status: this.statusFilter.value, queue: this.queueFilter.value,
      team: this.teamFilter.value, sort: this.table.sort, active: this.activeOnly.checked, page: this.page };
  }

  applyRoute(route) {
    this.search.value = route.q;
    this.statusFilter.value = route.status;
    this.queueFilter.value = route.queue;
    this.teamFilter.value = route.team;
    this.activeOnly.checked = route.active;
    if (route.sort) this.table.setSort(route.sort.key, route.sort.dir);
    if (route.page !== this.page) {
      this.goTo(route.page);
    } else {
      this.table.setQuery(route.q);
      this.table.refilter();
    }
  }
}

/** The model's status and, for an ended call, its disposition, in the page's language. */
function statusText(call) {
  const status = labelOf('status', call.status);
  return call.disposition ? `${status}: ${labelOf('disposition', call.disposition)}` : status;
}

function callSeconds(call) {
  const start = epochOf(call.create_date_iso);
  if (call.is_active && Number.isFinite(start)) return (Date.now() - start) / 1000;
  return typeof call.duration_seconds === 'number' ? call.duration_seconds : NaN;
}

function durationCell(call) {
  const start = epochOf(call.create_date_iso);
  if (call.is_active && Number.isFinite(start)) return ticking(start);
  if (typeof call.duration_seconds === 'number' && (call.duration_seconds > 0 || !call.is_active)) return duration(call.duration_seconds);
  return orDash(call.duration);
}
