import { byId, h } from '../lib/dom.js';
import { ChoiceFilter } from '../lib/choice-filter.js';
import { DataTable, ticking } from '../lib/table.js';
import { badge, stateColour, modeColour, statusColour } from '../lib/badges.js';
import { orDash, phone, dateTime, epochOf } from '../lib/format.js';
import { t, labelOf } from '../lib/i18n.js';

/** Users tab: every logged-in agent/supervisor with state and mode badges and a live duration. */
export class UsersView {
  /** @param {(scope, subject, metric) => ?string} level a figure's alert level (lib/alerts.js), for cell colours */
  constructor(store, onRouteChange, openConsole = () => {}, level = () => null) {
    this.store = store;
    this.search = byId('users-search');
    this.result = byId('users-result');
    this.statusFilter = new ChoiceFilter(byId('users-status'), t('common.any_status'),
      (status) => labelOf('status', status));
    this.queueFilter = new ChoiceFilter(byId('users-queue'), t('common.any_queue'));
    // the server says which teams an agent is in (the team -> queues rule is the model's)
    this.teamFilter = new ChoiceFilter(byId('users-team'), t('common.any_team'));
    this.table = new DataTable({
      label: t('tab.users'),
      keyOf: (u) => String(u.object_id),
      emptyText: t('users.empty'),
      sort: { key: 'since', dir: 'desc' },
      columns: [
        { key: 'name', label: t('users.col.name'), sortValue: (u) => orDash(u.user_name), cell: (u) => orDash(u.user_name) },
        { key: 'login', label: t('users.col.login'), sortValue: (u) => orDash(u.login), cell: (u) => orDash(u.login) },
        { key: 'status', label: t('users.col.status'), title: t('users.col.status_title'), sortValue: (u) => orDash(u.status),
          text: (u) => `${orDash(u.status)} ${orDash(labelOf('status', u.status))} ${orDash(u.pause_reason)}`,
          cell: (u) => badge(statusText(u), statusColour(u.status)),
          level: (u) => level('agent', u.login, null) },
        { key: 'in-status', label: t('users.col.in_status'), numeric: true, title: t('users.col.in_status_title'),
          sortValue: (u) => -epochOf(u.status_since), text: () => '', cell: (u) => ticking(epochOf(u.status_since)) },
        { key: 'call', label: t('users.col.call'), className: 'mono', sortValue: (u) => callText(u), cell: (u) => callCell(u, openConsole) },
        { key: 'state', label: t('users.col.state'), sortValue: (u) => orDash(u.state), cell: (u) => badge(u.state, stateColour(u.state)) },
        { key: 'mode', label: t('users.col.mode'), sortValue: (u) => orDash(u.mode), cell: (u) => badge(u.mode, modeColour(u.mode)) },
        { key: 'project', label: t('common.project'), sortValue: (u) => orDash(u.project_name), cell: (u) => orDash(u.project_name) },
        { key: 'position', label: t('users.col.position'), className: 'mono', sortValue: (u) => phone(u.phone_contact_uri), cell: (u) => phone(u.phone_contact_uri) },
        { key: 'profile', label: t('users.col.profile'), sortValue: (u) => orDash(u.profile_name), cell: (u) => orDash(u.profile_name) },
        { key: 'queues', label: t('users.col.queues'), sortValue: queuesOf, cell: queuesOf },
        { key: 'since', label: t('users.col.since'), className: 'mono', sortValue: (u) => epochOf(u.create_date_iso),
          text: (u) => dateTime(u.create_date_iso), cell: (u) => dateTime(u.create_date_iso) },
        { key: 'duration', label: t('common.duration'), numeric: true, title: t('users.col.duration_title'),
          sortValue: (u) => -epochOf(u.create_date_iso), text: () => '',
          cell: (u) => ticking(epochOf(u.create_date_iso)) },
      ],
      filter: (u) => this.statusFilter.accepts(u.status) && this.queueFilter.accepts(queueList(u))
        && this.teamFilter.accepts(u.teams || []),
    });
    byId('users-table').append(this.table.element);
    this.search.addEventListener('input', () => {
      this.table.setQuery(this.search.value);
      this.updateCount();
      onRouteChange();
    });
    for (const filter of [this.statusFilter, this.queueFilter, this.teamFilter]) {
      filter.select.addEventListener('change', () => {
        this.table.refilter();
        this.updateCount();
        onRouteChange();
      });
    }
    this.table.onSortChange(() => onRouteChange());
  }

  render() {
    if (!this.store.loaded) return;
    const users = [...this.store.users.values()];
    this.statusFilter.setChoices(users.map((u) => u.status));
    this.queueFilter.setChoices(users.flatMap(queueList));
    this.teamFilter.setChoicesOrHide(users.flatMap((u) => u.teams || []));
    this.table.setRows(users);
    this.updateCount();
  }

  updateCount() {
    this.result.textContent = this.table.loaded
      ? t('common.count', { shown: this.table.visibleCount, total: this.store.users.size }) : '';
  }

  route() {
    return { q: this.search.value, status: this.statusFilter.value, queue: this.queueFilter.value,
      team: this.teamFilter.value, sort: this.table.sort };
  }

  applyRoute(route) {
    this.search.value = route.q;
    this.statusFilter.value = route.status;
    this.queueFilter.value = route.queue;
    this.teamFilter.value = route.team;
    this.table.setQuery(route.q);
    if (route.sort) this.table.setSort(route.sort.key, route.sort.dir);
    this.table.refilter();
  }
}

/** The queues the server lists for a user (`queues`, else its single `queue`). */
function queueList(user) {
  if (Array.isArray(user.queues) && user.queues.length) return user.queues;
  return user.queue ? [user.queue] : [];
}

function queuesOf(user) {
  if (Array.isArray(user.queues) && user.queues.length) return user.queues.join(', ');
  return orDash(user.queue);
}

/** The model's status in the page's language, with the pause reason (the server's state name) as it is. */
function statusText(user) {
  const status = labelOf('status', user.status);
  return user.pause_reason ? `${status}: ${user.pause_reason}` : status;
}

function callText(user) {
  const c = user.current_call;
  return c ? `${orDash(c.caller)} ${orDash(c.queue)}` : '';
}

/** The agent's current call (caller and queue); a click opens its session console. */
function callCell(user, openConsole) {
  const c = user.current_call;
  if (!c) return '-';
  return h('button', { class: 'link-button', text: `${phone(c.caller)} · ${orDash(c.queue)}`,
    title: t('common.open_console', { session: c.session_id }),
    on: { click: (event) => { event.stopPropagation(); openConsole({ session_id: c.session_id }); } } });
}
