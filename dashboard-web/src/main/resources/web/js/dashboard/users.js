import { byId } from '../lib/dom.js';
import { DataTable, ticking } from '../lib/table.js';
import { badge, stateColour, modeColour } from '../lib/badges.js';
import { orDash, phone, dateTime, epochOf } from '../lib/format.js';

/** Users tab: every logged-in agent/supervisor with state and mode badges and a live duration. */
export class UsersView {
  constructor(store, onRouteChange) {
    this.store = store;
    this.search = byId('users-search');
    this.result = byId('users-result');
    this.table = new DataTable({
      label: 'Users',
      keyOf: (u) => String(u.object_id),
      emptyText: 'Nobody is logged in on this project.',
      sort: { key: 'since', dir: 'desc' },
      columns: [
        { key: 'name', label: 'Name', sortValue: (u) => orDash(u.user_name), cell: (u) => orDash(u.user_name) },
        { key: 'login', label: 'Login', sortValue: (u) => orDash(u.login), cell: (u) => orDash(u.login) },
        { key: 'state', label: 'State', sortValue: (u) => orDash(u.state), cell: (u) => badge(u.state, stateColour(u.state)) },
        { key: 'mode', label: 'Mode', sortValue: (u) => orDash(u.mode), cell: (u) => badge(u.mode, modeColour(u.mode)) },
        { key: 'project', label: 'Project', sortValue: (u) => orDash(u.project_name), cell: (u) => orDash(u.project_name) },
        { key: 'position', label: 'Position', className: 'mono', sortValue: (u) => phone(u.phone_contact_uri), cell: (u) => phone(u.phone_contact_uri) },
        { key: 'profile', label: 'Profile', sortValue: (u) => orDash(u.profile_name), cell: (u) => orDash(u.profile_name) },
        { key: 'queues', label: 'Queues', sortValue: queuesOf, cell: queuesOf },
        { key: 'since', label: 'Connected since', className: 'mono', sortValue: (u) => epochOf(u.create_date_iso),
          text: (u) => dateTime(u.create_date_iso), cell: (u) => dateTime(u.create_date_iso) },
        { key: 'duration', label: 'Duration', numeric: true, title: 'Time since login (live)',
          sortValue: (u) => -epochOf(u.create_date_iso), text: () => '',
          cell: (u) => ticking(epochOf(u.create_date_iso)) },
      ],
    });
    byId('users-table').append(this.table.element);
    this.search.addEventListener('input', () => {
      this.table.setQuery(this.search.value);
      this.updateCount();
      onRouteChange();
    });
    this.table.onSortChange(() => onRouteChange());
  }

  render() {
    if (!this.store.loaded) return;
    this.table.setRows([...this.store.users.values()]);
    this.updateCount();
  }

  updateCount() {
    this.result.textContent = this.table.loaded ? `${this.table.visibleCount} of ${this.store.users.size}` : '';
  }

  route() {
    return { q: this.search.value, sort: this.table.sort };
  }

  applyRoute(route) {
    this.search.value = route.q;
    this.table.setQuery(route.q);
    if (route.sort) this.table.setSort(route.sort.key, route.sort.dir);
  }
}

function queuesOf(user) {
  if (Array.isArray(user.queues) && user.queues.length) return user.queues.join(', ');
  return orDash(user.queue);
}
