import { byId } from '../lib/dom.js';
import { ChoiceFilter } from '../lib/choice-filter.js';
import { DataTable, ticking } from '../lib/table.js';
import { badge, pill } from '../lib/badges.js';
import { orDash, duration, epochOf, percent, count } from '../lib/format.js';

/** This module's texts, in one place. */
const TEXT = {
  available: 'Available',
  availableTitle: 'Agents of the queue who are available now (model status)',
  talking: 'Talking',
  talkingTitle: 'Agents of the queue on a call now',
  wrapUp: 'Wrap-up',
  wrapUpTitle: 'Agents of the queue in wrap-up now',
  pause: 'Pause',
  pauseTitle: 'Agents of the queue in pause now',
  offered: 'Offered',
  offeredTitle: 'Calls that entered the queue since the day started',
  answered: 'Answered',
  answeredTitle: 'Calls of the queue an agent answered today',
  abandoned: 'Abandoned',
  abandonedTitle: 'Callers who hung up while waiting in the queue today',
  abandonRate: 'Abandon %',
  abandonRateTitle: 'Abandoned / (offered − short abandons), today',
  serviceLevel: 'Service level',
  serviceLevelTitle: 'Answered within the target / (answered + abandoned), today; the target in brackets',
  serviceLevelCell: (level, target) => (typeof target === 'number' ? `${level} (${target} s)` : level),
  asa: 'ASA',
  asaTitle: 'Average speed of answer today: mean wait of the answered calls',
  aht: 'AHT',
  ahtTitle: 'Average handle time today: talk plus wrap-up per answered call',
  maxWait: 'Max wait',
  maxWaitTitle: 'Longest wait of any call of the queue today',
};

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
    this.teamFilter = new ChoiceFilter(byId('queues-team'), 'Any team');
    this.table = new DataTable({
      label: 'Queues',
      keyOf: (q) => String(q.object_id),
      emptyText: 'No queues on this project.',
      noMatchText: 'No queue matches the search.',
      sort: { key: 'name', dir: 'asc' },
      columns: [
        { key: 'name', label: 'Queue', sortValue: (q) => orDash(q.name), cell: (q) => badge(q.name, 'green') },
        { key: 'type', label: 'Type', sortValue: (q) => orDash(q.type), cell: (q) => orDash(q.type) },
        { key: 'display', label: 'Display name', sortValue: (q) => orDash(q.display_name), cell: (q) => orDash(q.display_name) },
        { key: 'logged', label: 'Logged', numeric: true, sortValue: (q) => q.logged, cell: (q) => pill(q.logged, 'green') },
        { key: 'working', label: 'Working', numeric: true, sortValue: (q) => q.working, cell: (q) => pill(q.working, 'blue') },
        { key: 'waiting', label: 'Waiting', numeric: true, sortValue: (q) => q.waiting, cell: (q) => pill(q.waiting, 'amber'),
          level: (q) => level('queue', q.name, 'waiting') },
        { key: 'progress', label: 'In progress', numeric: true, sortValue: (q) => q.calls_in_progress, cell: (q) => orDash(q.calls_in_progress) },
        { key: 'longest', label: 'Longest wait', numeric: true, title: 'Wait of the oldest waiting call (live)',
          sortValue: longestWait, text: () => '', cell: longestWaitCell,
          level: (q) => level('queue', q.name, 'longest_wait_s') },
        figureColumn('available', TEXT.available, TEXT.availableTitle, 'agents_available', count,
          (q) => level('queue', q.name, 'agents_available')),
        figureColumn('talking', TEXT.talking, TEXT.talkingTitle, 'agents_talking', count),
        figureColumn('wrap-up', TEXT.wrapUp, TEXT.wrapUpTitle, 'agents_wrap_up', count),
        figureColumn('pause', TEXT.pause, TEXT.pauseTitle, 'agents_pause', count),
        figureColumn('offered', TEXT.offered, TEXT.offeredTitle, 'offered', count),
        figureColumn('answered', TEXT.answered, TEXT.answeredTitle, 'answered', count),
        figureColumn('abandoned', TEXT.abandoned, TEXT.abandonedTitle, 'abandoned', count),
        figureColumn('abandon-rate', TEXT.abandonRate, TEXT.abandonRateTitle, 'abandon_rate', percent,
          (q) => level('queue', q.name, 'abandon_rate')),
        figureColumn('service-level', TEXT.serviceLevel, TEXT.serviceLevelTitle, 'service_level',
          (value, q) => TEXT.serviceLevelCell(percent(value), q.service_level_target_s),
          (q) => level('queue', q.name, 'service_level')),
        figureColumn('asa', TEXT.asa, TEXT.asaTitle, 'asa_s', duration),
        figureColumn('aht', TEXT.aht, TEXT.ahtTitle, 'aht_s', duration),
        figureColumn('max-wait', TEXT.maxWait, TEXT.maxWaitTitle, 'max_wait_s', duration),
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
    this.result.textContent = this.table.loaded
      ? `${this.table.visibleCount} of ${shown}${hidden ? ` (${hidden} hidden)` : ''}` : '';
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
