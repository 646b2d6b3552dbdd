import { byId } from '../lib/dom.js';
import { ChoiceFilter } from '../lib/choice-filter.js';
import { DataTable, ticking } from '../lib/table.js';
import { badge, pill } from '../lib/badges.js';
import { orDash, duration, epochOf, percent, count } from '../lib/format.js';
import { t } from '../lib/i18n.js';

/** A model figure the server may send as null (no model figures for this queue): sorts last. */
const figure = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : -Infinity);

/** Queues the original hid: virtual queues (VQ_*) and per-user queues. A toggle shows them. */
/** Virtual and per-user queues, which the model marks hidden (the rule lives in cccp-client's QueueStats). */
export function isHiddenQueue(queue) {
  return queue.hidden === true;
}

/**
 * Queues tab: the server's own logged/working/waiting counters and the longest current wait, then the model's
 * per-queue figures as /api/queues sends them (agents by status now, the day's calls, service level, ASA, AHT).
 */
export class QueuesView {
  /** @param {(scope, subject, metric) => ?string} level a figure's alert level (lib/alerts.js), for cell colours */
  constructor(store, onRouteChange, level = () => null) {
    this.store = store;
    this.search = byId('queues-search');
    this.showHidden = byId('queues-show-hidden');
    this.result = byId('queues-result');
    this.teamFilter = new ChoiceFilter(byId('queues-team'), t('common.any_team'));
    this.table = new DataTable({
      label: t('tab.queues'),
      keyOf: (q) => String(q.object_id),
      emptyText: t('queues.empty'),
      noMatchText: t('queues.no_match'),
      sort: { key: 'name', dir: 'asc' },
      columns: [
        { key: 'name', label: t('common.queue'), sortValue: (q) => orDash(q.name), cell: (q) => badge(q.name, 'green') },
        { key: 'type', label: t('queues.col.type'), sortValue: (q) => orDash(q.type), cell: (q) => orDash(q.type) },
        { key: 'display', label: t('queues.col.display'), sortValue: (q) => orDash(q.display_name), cell: (q) => orDash(q.display_name) },
        { key: 'logged', label: t('queues.col.logged'), numeric: true, sortValue: (q) => q.logged, cell: (q) => pill(q.logged, 'green') },
        { key: 'working', label: t('queues.col.working'), numeric: true, sortValue: (q) => q.working, cell: (q) => pill(q.working, 'blue') },
        { key: 'waiting', label: t('queues.col.waiting'), numeric: true, sortValue: (q) => q.waiting, cell: (q) => pill(q.waiting, 'amber'),
          level: (q) => level('queue', q.name, 'waiting') },
        { key: 'progress', label: t('queues.col.progress'), numeric: true, sortValue: (q) => q.calls_in_progress, cell: (q) => orDash(q.calls_in_progress) },
        { key: 'longest', label: t('queues.col.longest'), numeric: true, title: t('queues.col.longest_title'),
          sortValue: longestWait, text: () => '', cell: longestWaitCell,
          level: (q) => level('queue', q.name, 'longest_wait_s') },
        figureColumn('available', t('queues.col.available'), t('queues.col.available_title'), 'agents_available', count,
          (q) => level('queue', q.name, 'agents_available')),
        figureColumn('talking', t('queues.col.talking'), t('queues.col.talking_title'), 'agents_talking', count),
        figureColumn('wrap-up', t('queues.col.wrap_up'), t('queues.col.wrap_up_title'), 'agents_wrap_up', count),
        figureColumn('pause', t('queues.col.pause'), t('queues.col.pause_title'), 'agents_pause', count),
        figureColumn('offered', t('queues.col.offered'), t('queues.col.offered_title'), 'offered', count),
        figureColumn('answered', t('queues.col.answered'), t('queues.col.answered_title'), 'answered', count),
        figureColumn('abandoned', t('queues.col.abandoned'), t('queues.col.abandoned_title'), 'abandoned', count),
        figureColumn('abandon-rate', t('queues.col.abandon_rate'), t('queues.col.abandon_rate_title'), 'abandon_rate', percent,
          (q) => level('queue', q.name, 'abandon_rate')),
        figureColumn('service-level', t('queues.col.service_level'), t('queues.col.service_level_title'), 'service_level',
          (value, q) => serviceLevelCell(percent(value), q.service_level_target_s),
          (q) => level('queue', q.name, 'service_level')),
        figureColumn('asa', t('queues.col.asa'), t('queues.col.asa_title'), 'asa_s', duration),
        figureColumn('aht', t('queues.col.aht'), t('queues.col.aht_title'), 'aht_s', duration),
        figureColumn('max-wait', t('queues.col.max_wait'), t('queues.col.max_wait_title'), 'max_wait_s', duration),
      ],
      filter: (q) => (this.showHidden.checked || !isHiddenQueue(q)) && this.teamFilter.accepts(q.teams || []),
    });
    byId('queues-table').append(this.table.element);
    this.search.addEventListener('input', () => {
      this.table.setQuery(this.search.value);
      this.updateCount();
      onRouteChange();
    });
    this.teamFilter.select.addEventListener('change', () => {
      this.table.refilter();
      this.updateCount();
      onRouteChange();
    });
    this.showHidden.addEventListener('change', () => {
      this.table.refilter();
      this.updateCount();
      onRouteChange();
    });
    this.table.onSortChange(() => onRouteChange());
  }

  render() {
    if (!this.store.loaded) return;
    const queues = [...this.store.queues.values()];
    this.teamFilter.setChoicesOrHide(queues.flatMap((q) => q.teams || []));
    this.table.setRows(queues);
    this.updateCount();
  }

  updateCount() {
    const all = [...this.store.queues.values()];
    const shown = this.showHidden.checked ? all.length : all.filter((q) => !isHiddenQueue(q)).length;
    const hidden = all.length - shown;
    const counts = { shown: this.table.visibleCount, total: shown, hidden };
    this.result.textContent = !this.table.loaded ? ''
      : t(hidden ? 'queues.count_hidden' : 'common.count', counts);
  }

  route() {
    return { q: this.search.value, sort: this.table.sort, hidden: this.showHidden.checked, team: this.teamFilter.value };
  }

  applyRoute(route) {
    this.search.value = route.q;
    this.showHidden.checked = route.hidden;
    this.teamFilter.value = route.team;
    this.table.setQuery(route.q);
    if (route.sort) this.table.setSort(route.sort.key, route.sort.dir);
    this.table.refilter();
  }
}

/** A numeric column of one model figure, shown with `format(value, queue)`; null figures show as "-". */
function figureColumn(key, label, title, field, format, levelOf) {
  const column = { key, label, title, numeric: true, sortValue: (q) => figure(q[field]), text: () => '',
    cell: (q) => (q[field] === null || q[field] === undefined ? '-' : format(q[field], q)) };
  if (levelOf) column.level = levelOf;
  return column;
}

/** The service level with the queue's target in brackets (when the server sends one). */
function serviceLevelCell(level, target) {
  return typeof target === 'number' ? t('queues.col.service_level_cell', { level, target }) : level;
}

function longestWait(queue) {
  const oldest = epochOf(queue.oldest_waiting_iso);
  if (queue.waiting > 0 && Number.isFinite(oldest)) return (Date.now() - oldest) / 1000;
  return typeof queue.longest_wait_s === 'number' ? queue.longest_wait_s : queue.longest_wait_seconds;
}

function longestWaitCell(queue) {
  const oldest = epochOf(queue.oldest_waiting_iso);
  if (queue.waiting > 0 && Number.isFinite(oldest)) return ticking(oldest);
  const seconds = typeof queue.longest_wait_s === 'number' ? queue.longest_wait_s : queue.longest_wait_seconds;
  return seconds > 0 ? duration(seconds) : '-';
}
