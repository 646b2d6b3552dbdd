/**
 * Deep links in the URL fragment: #tab=calls&q=text&status=talking&queue=VIP&team=Front&sort=col:asc (plus the Calls "active" toggle,
 * the history page and the Queues "hidden" toggle). Reading tolerates anything; writing replaces the
 * current history entry so typing in a search box does not flood the back button.
 */

const TABS = ['projects', 'users', 'queues', 'calls'];

/** The route encoded in a fragment, with defaults for missing or invalid parts. */
export function parseRoute(hash) {
  const params = new URLSearchParams((hash || '').replace(/^#/, ''));
  const tab = TABS.includes(params.get('tab')) ? params.get('tab') : null;
  let sort = null;
  const sortText = params.get('sort');
  if (sortText) {
    const m = /^([\w.]+):(asc|desc)$/.exec(sortText);
    if (m) sort = { key: m[1], dir: m[2] };
  }
  const page = Number.parseInt(params.get('page') || '1', 10);
  return {
    tab,
    q: params.get('q') || '',
    sort,
    status: params.get('status') || '',
    queue: params.get('queue') || '',
    team: params.get('team') || '',
    active: params.get('active') === '1',
    hidden: params.get('hidden') === '1',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The fragment for a route (defaults are left out to keep links short). */
export function formatRoute(route) {
  const params = new URLSearchParams();
  if (route.tab) params.set('tab', route.tab);
  if (route.q) params.set('q', route.q);
  if (route.status) params.set('status', route.status);
  if (route.queue) params.set('queue', route.queue);
  if (route.team) params.set('team', route.team);
  if (route.sort) params.set('sort', `${route.sort.key}:${route.sort.dir}`);
  if (route.active) params.set('active', '1');
  if (route.hidden) params.set('hidden', '1');
  if (route.page && route.page > 1) params.set('page', String(route.page));
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Writes the route into the address bar without adding a history entry or firing hashchange. */
export function writeRoute(route) {
  const hash = formatRoute(route);
  if (hash !== location.hash && !(hash === '' && location.hash === '')) {
    history.replaceState(history.state, '', location.pathname + location.search + hash);
  }
}
