import { byId } from './lib/dom.js';
import { ApiError, getJson, postJson, setCsrfToken, onUnauthenticated, redirectToLogin, withQuery } from './lib/api.js';
import { Banners } from './lib/banners.js';
import { bindThemeSelect, currentTheme } from './lib/theme.js';
import { LiveFeed } from './lib/live.js';
import { parseRoute, writeRoute } from './lib/router.js';
import { DashboardStore } from './dashboard/store.js';
import { Header } from './dashboard/header.js';
import { HistoryLink } from './dashboard/history-link.js';
import { KpiBar } from './dashboard/kpis.js';
import { ActivityChart } from './dashboard/chart.js';
import { ProjectsView } from './dashboard/projects.js';
import { UsersView } from './dashboard/users.js';
import { QueuesView, isHiddenQueue } from './dashboard/queues.js';
import { CallsView } from './dashboard/calls.js';
import { AlertBook } from './lib/alerts.js';
import { AlertPanel } from './dashboard/alerts-panel.js';
import { t, translatePage, bindLanguageSelect } from './lib/i18n.js';

/*
 * Dashboard entry point: wires the store, the live feed, the header and the four tabs together.
 * The project always travels explicitly (path /cst_explorer/<project>, then ?project= on every call),
 * so two tabs of the same browser can watch two projects.
 */

const TABS = ['projects', 'users', 'queues', 'calls'];

const banners = new Banners(byId('banners'));
const store = new DashboardStore();
const header = new Header();
const historyLink = new HistoryLink(byId('history-link'), byId('reports-link'));
const kpiBar = new KpiBar(byId('kpis'));
let alerts = null; // the open alerts of the project shown (lib/alerts.js)
const alertPanel = new AlertPanel({ canAcknowledge: () => me.role === 'operator', banners });
let chart = null;
let feed = null;
let me = { role: 'viewer', auth_enabled: false };
let currentTab = null;
let applyingRoute = false;
let shownZone = null;
let liveMode = 'idle';
let seriesRequest = 0;
const unrendered = new Set(); // tabs whose data changed while they were hidden

const routeChanged = () => {
  if (!applyingRoute && currentTab) writeRoute({ tab: currentTab, ...views[currentTab].route() });
};

const views = {
  projects: new ProjectsView({ onSelect: selectProject, onRouteChange: routeChanged, banners }),
  users: new UsersView(store, routeChanged, openConsole, alertLevel),
  queues: new QueuesView(store, routeChanged, alertLevel),
  calls: new CallsView(store, { onRouteChange: routeChanged, openConsole, banners }),
};

onUnauthenticated(() => redirectToLogin());
translatePage();
bindLanguageSelect(byId('lang-select'));
bindThemeSelect(byId('theme-select'));
for (const button of document.querySelectorAll('.tab')) {
  button.addEventListener('click', () => {
    showTab(button.dataset.tab);
    routeChanged();
  });
}
// Arrow keys move between tabs (WAI-ARIA tabs pattern).
document.querySelector('[role="tablist"]').addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const enabled = [...document.querySelectorAll('.tab')].filter((tab) => !tab.disabled);
  const at = enabled.findIndex((tab) => tab.dataset.tab === currentTab);
  const next = enabled[(at + (event.key === 'ArrowRight' ? 1 : enabled.length - 1)) % enabled.length];
  if (!next) return;
  event.preventDefault();
  showTab(next.dataset.tab);
  routeChanged();
  next.focus();
});
window.addEventListener('hashchange', () => applyRoute(parseRoute(location.hash)));
byId('logout').addEventListener('click', logout);
store.subscribe(render);
setInterval(() => views[currentTab] && views[currentTab].table && views[currentTab].table.tick(Date.now()), 1000);

main().catch((error) => banners.show('startup', t('app.start_failed', { message: error.message })));

async function main() {
  const route = parseRoute(location.hash);
  const pathProject = projectFromPath();
  if (pathProject) {
    // The URL names the project (the server answered this page, so it exists): its stream opens at once and the
    // stream's snapshot is the first picture. Waiting for /api/me, then a whole /api/status (the same picture,
    // built, sent and parsed a second time) put about 0.5 s before a 5,000-agent site's first rows (#11).
    startProject(pathProject, null);
    applyRoute({ ...route, tab: route.tab || 'users' });
    const identity = loadIdentity();
    historyLink.probe();
    views.projects.load();
    await identity;
    alertPanel.render();   // the role decides whether alerts offer "acknowledge": drawn again once it is known
    return;
  }
  await loadIdentity();
  historyLink.probe();
  const listing = views.projects.load();
  let initial = null;
  try {
    initial = await getJson('/api/status');   // the session's project, or the only one, if the server has one
  } catch (error) {
    if (error.code !== 'project_required') {
      banners.show('project', t('app.project_failed', { message: error.message }));
    }
  }
  const project = (initial && initial.current_project) || null;
  if (project) {
    // the server chose it (the session's project, or the only one): the URL names it, as after a pick
    showProjectInUrl(project);
    startProject(project, initial);
    applyRoute({ ...route, tab: route.tab || 'users' });
    return;
  }
  await listing;
  const servers = views.projects.servers || [];
  if (servers.length === 1 && route.tab !== 'projects') {
    // one project: nothing to pick, open it (the Projects tab still lists it)
    await selectProject(String(servers[0].project));
    return;
  }
  header.setStreamMode('idle');
  applyRoute({ ...route, tab: 'projects' });
}

async function loadIdentity() {
  try {
    me = await getJson('/api/me');
    setCsrfToken(me.csrf_token);
  } catch (error) {
    if (error.status === 401) return; // redirect already under way
    banners.show('identity', t('console.identity_failed', { message: error.message }), 'warning');
    return;
  }
  if (me.auth_enabled) {
    byId('user-name').textContent = me.user || '';
    byId('user-role').textContent = me.role || '';
    byId('user-box').hidden = false;
  }
}

async function logout() {
  try {
    await postJson('/api/logout', {});
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) {
      banners.show('logout', t('app.logout_failed', { message: error.message }));
      return;
    }
  }
  location.assign('/login');
}

/** Project of /cst_explorer/<p> or /cst_explorer_light/<p>, decoded; null elsewhere. */
function projectFromPath() {
  const m = /^\/cst_explorer(?:_light)?\/([^/]+)\/?$/.exec(location.pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch (e) {
    return m[1];
  }
}

function startProject(project, status) {
  if (feed) feed.stop();
  store.reset(project);
  if (status) store.applySnapshot(status);
  loadSeries(project);
  views.projects.setCurrent(project);
  byId('kpi-area').hidden = false;
  if (!chart) chart = new ActivityChart(byId('chart'));
  header.showProject(project, status && status.current_host, status && status.current_port);
  historyLink.showProject(project);
  alerts = new AlertBook(project);
  alertPanel.watch(alerts);
  alerts.subscribe(() => refreshLevels());
  byId('wallboard-link').href = `/wallboard/${encodeURIComponent(project)}`;
  byId('wallboard-link').hidden = false;
  feed = new LiveFeed({
    project,
    onSnapshot: (snapshot) => {
      if (liveMode === 'polling') banners.show('live', t('app.polling'), 'info'); // replaces a failed-refresh notice
      else banners.clear('live');
      store.applySnapshot(snapshot);
      alerts.load().then(() => banners.clear('alerts'))
        .catch((error) => banners.show('alerts', t('alerts.load_failed', { message: error.message }), 'warning'));
      loadSeries(project);
    },
    onEvent: (type, data) => {
      if (type === 'alert') {
        alerts.apply(data);
        return;
      }
      if (type === 'kpi') store.applyKpis(data);
      else if (type === 'agents') store.applyAgentCounts(data);
      else if (type === 'connection') store.applyConnection(data);
      else store.applyChange(type, data);
    },
    // One banner for the live link, whatever its trouble: the newest news replaces the older.
    onMode: (mode, detail) => {
      liveMode = mode;
      header.setStreamMode(mode, detail);
      if (mode === 'polling') banners.show('live', t('app.polling'), 'info');
      else if (mode === 'live') banners.clear('live');
    },
    onError: (error) => banners.show('live', t('app.refresh_failed', { message: error.message })),
  });
  feed.start();
}

/** Reads the day's curve; kpi events then append to it. The newest request wins. */
async function loadSeries(project) {
  const request = ++seriesRequest;
  try {
    const curve = await getJson('/api/kpis/series', { project });
    if (request !== seriesRequest || store.project !== project) return;
    banners.clear('series');
    store.applySeries(curve);
  } catch (error) {
    if (request === seriesRequest && error.status !== 401) banners.show('series', t('app.series_failed', { message: error.message }), 'warning');
  }
}

async function selectProject(project) {
  banners.clear('project');
  let status;
  try {
    status = await postJson('/api/select_server', { project });
  } catch (error) {
    banners.show('project', t('app.select_failed', { project, message: error.message }));
    return;
  }
  showProjectInUrl(project);
  startProject(project, status);
  applyRoute({ ...parseRoute(''), tab: 'users' });
}

/** Puts /cst_explorer/<project> (or _light) in the address bar, keeping the hash (the tab and its state). */
function showProjectInUrl(project) {
  const light = currentTheme() === 'light';
  history.replaceState(null, '', `/cst_explorer${light ? '_light' : ''}/${encodeURIComponent(project)}${location.hash}`);
}

function applyRoute(route) {
  applyingRoute = true;
  try {
    const tab = route.tab || currentTab || 'users';
    showTab(tab);
    views[tab].applyRoute(route);
  } finally {
    applyingRoute = false;
  }
  routeChanged();
}

function showTab(tab) {
  if (!TABS.includes(tab)) return;
  // Without a project only the Projects tab has something to show.
  const usable = (name) => name === 'projects' || Boolean(store.project);
  if (!usable(tab)) tab = 'projects';
  currentTab = tab;
  if (unrendered.delete(tab)) views[tab].render();   // changed while hidden: drawn now, before it shows
  for (const name of TABS) {
    byId(`panel-${name}`).hidden = name !== tab;
    const button = byId(`tab-${name}`);
    button.setAttribute('aria-selected', String(name === tab));
    button.tabIndex = name === tab ? 0 : -1;
    button.disabled = !usable(name);
  }
}

/**
 * Draws a tab's table if it is the one shown; a hidden tab is drawn when it is shown (showTab). At 5,000 agents
 * the hidden Queues and Calls tables (every queue row is rendered: 200 rows of 30 cells) took more of the first
 * picture's main-thread time than the Users table the page shows (#11).
 */
function renderView(name) {
  if (name === currentTab) views[name].render();
  else unrendered.add(name);
}

function render(parts) {
  if (store.timeZone && store.timeZone !== shownZone) {
    shownZone = store.timeZone;
    header.showTimeZone(shownZone); // before any table renders a date
  }
  if (parts.has('users')) {
    renderView('users');
    byId('count-users').textContent = store.loaded
      ? String(store.users.size) : '-';
  }
  if (parts.has('queues')) {
    renderView('queues');
    byId('count-queues').textContent = store.loaded
      ? String([...store.queues.values()].filter((q) => !isHiddenQueue(q)).length) : '-';
  }
  if (parts.has('calls')) {
    renderView('calls');
    byId('count-calls').textContent = store.loaded
      ? String([...store.calls.values()].filter((c) => c.is_active).length) : '-';
    byId('count-calls').title = t('calls.active');
  }
  if (parts.has('kpis')) {
    kpiBar.render(store.kpis);
  }
  if (parts.has('series') && chart) {
    chart.update(store.series, store.dayStart, store.everySeconds);
  }
  if (parts.has('connection')) header.setServerConnection(store.connection);
  if (parts.has('meta')) {
    header.showProject(store.project, store.host, store.port);
    header.showLastChange(store.lastChange);
  }
}

function openConsole(call) {
  if (me.role !== 'operator') {
    banners.show('console', t('console.needs_operator'), 'warning');
    return;
  }
  const page = currentTheme() === 'light' ? '/console_light' : '/console';
  window.open(withQuery(page, { session: call.session_id, project: store.project }), '_blank', 'noopener');
}

/** Threshold colours of the table cells follow the server's open alerts. */
function refreshLevels() {
  for (const view of Object.values(views)) {
    if (view.table && view.table.refreshLevels) view.table.refreshLevels();
  }
}

/** The level of a figure for the tables' level(row) columns: "warn", "alarm" or null. */
function alertLevel(scope, subject, metric) {
  return alerts ? alerts.level(scope, subject, metric) : null;
}
