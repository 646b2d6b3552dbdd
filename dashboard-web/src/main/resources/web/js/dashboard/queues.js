import { byId } from '../lib/dom.js';
import { DataTable, ticking } from '../lib/table.js';
import { badge, pill } from '../lib/badges.js';
import { orDash, duration, epochOf } from '../lib/format.js';

/** Queues the original hid: virtual queues (VQ_*) and per-user queues. A toggle shows them. */
/** Virtual and per-user queues, which the model marks hidden (the rule lives in cccp-client's QueueStats). */
export function isHiddenQueue(queue) {
  return queue.hidden === true;
}

/** Queues tab: the server's own logged/working/waiting counters and the longest current wait. */
export class QueuesView {
  /** @param {(scope, subject, metric) => ?string} level a figure's alert level (lib/alerts.js), for cell colours */
  constructor(store, onRouteChange, level = () => null) {
    this.store = store;
    this.search = byId('queues-search');
    this.showHidden = byId('queues-show-hidden');
    this.result = byId('queues-result');
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
      ],
      filter: (q) => this.showHidden.checked || !isHiddenQueue(q),
    });
    byId('queues-table').append(this.table.element);
    this.search.addEventListener('input', () => {
      this.table.setQuery(this.search.value);
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
    this.table.setRows([...this.store.queues.values()]);
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
    return { q: this.search.value, sort: this.table.sort, hidden: this.showHidden.checked };
  }

  applyRoute(route) {
    this.search.value = route.q;
    this.showHidden.checked = route.hidden;
    this.table.setQuery(route.q);
    if (route.sort) this.table.setSort(route.sort.key, route.sort.dir);
    this.table.refilter();
  }
}

function longestWait(queue) {
  const oldest = epochOf(queue.oldest_waiting_iso);
  if (queue.waiting > 0 && Number.isFinite(oldest)) return (Date.now() - oldest) / 1000;
  return typeof queue.longest_wait_seconds === 'number' ? queue.longest_wait_seconds : NaN;
}

function longestWaitCell(queue) {
  const oldest = epochOf(queue.oldest_waiting_iso);
  if (queue.waiting > 0 && Number.isFinite(oldest)) return ticking(oldest);
  return queue.longest_wait_seconds > 0 ? duration(queue.longest_wait_seconds) : '-';
}
