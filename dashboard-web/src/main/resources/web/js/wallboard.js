import { byId, h, replace } from './lib/dom.js';
import { getJson, onUnauthenticated, redirectToLogin } from './lib/api.js';
import { LiveFeed } from './lib/live.js';
import { AlertBook } from './lib/alerts.js';
import { t, number } from './lib/i18n.js';
import { clock } from './lib/format.js';

/*
 * /wallboard/<project> (and /wallboard/<project>/team/<team>): large figures for a wall screen, no tables and no
 * interaction. Colours come from the server's open alerts. The live feed reconnects by itself (EventSource with
 * Last-Event-ID, polling fallback), so the screen survives server and network restarts.
 * Options: ?rotate=15 cycles every 15 s through the project's total and each queue; ?projects=A,B cycles through
 * projects (the path's project first).
 * A team's screen shows the model's figures of that team (/api/headline's teams, computed on the server from the
 * configured teams) and, from the team catalogue (/api/teams), colours and alerts of the team's queues only.
 */

const params = new URLSearchParams(location.search);
const ROTATE_S = Number(params.get('rotate')) || 0;
const ROTATE_MS = ROTATE_S > 0 ? Math.max(5, ROTATE_S) * 1000 : 0; // off unless asked for
const route = parseRoute(location.pathname);
const projects = [route.project, ...(params.get('projects') || '').split(',').map((p) => p.trim())
  .filter((p) => p && p !== route.project)];

const HEADLINE_EVERY_MS = 5000;
// team: the team catalogue's entry of route.team ({name, queues, queue_names}); undefined until read, null if unknown
const state = { project: null, headline: null, queues: new Map(), loaded: false, team: undefined };
let feed = null;
let book = null;
let view = { kind: route.team ? 'team' : 'project', name: route.team };
let projectIndex = 0;
let rotation = 0;

onUnauthenticated(() => redirectToLogin());
document.title = t('wallboard.title', { project: route.project || '' });
setInterval(() => { byId('wb-clock').textContent = clock(new Date()); }, 1000);
byId('wb-clock').textContent = clock(new Date());
if (ROTATE_MS) setInterval(rotate, ROTATE_MS);
if (!route.project) message(t('wallboard.unknown_project', { project: '' }));
else open(projects[0]);

function parseRoute(path) {
  const m = /^\/wallboard\/([^/]+)(?:\/team\/([^/]+))?\/?$/.exec(path);
  const decode = (s) => { try { return decodeURIComponent(s); } catch (e) { return s; } };
  return m ? { project: decode(m[1]), team: m[2] ? decode(m[2]) : null } : { project: null, team: null };
}

function open(project) {
  if (feed) feed.stop();
  state.project = project;
  state.headline = null;
  state.queues = new Map();
  state.loaded = false;
  state.team = undefined;
  byId('wb-project').textContent = project;
  if (route.team) loadTeam(project);
  book = new AlertBook(project);
  book.subscribe(render);
  feed = new LiveFeed({
    project,
    views: ['queues'], // tiles and headline only: no agent or call rows (5,000 agents' rows were most of the stream)
    onSnapshot: (status) => {
      applySnapshot(status);
      book.load().catch(() => { /* shown again at the next snapshot; tiles stay uncoloured meanwhile */ });
      refreshHeadline();
      render();
    },
    onEvent: (type, data) => {
      if (type === 'alert') book.apply(data);
      else if (type === 'queue') applyQueue(data);
      if (type !== 'alert') refreshHeadline();
      render();
    },
    onMode: (mode) => {
      const badge = byId('wb-conn');
      badge.dataset.state = mode;
      badge.textContent = t(`conn.${mode}`);
      document.body.classList.toggle('wb-stale', mode !== 'live' && mode !== 'polling');
    },
    onError: () => { /* the mode badge says it; the last figures stay dimmed */ },
  });
  feed.start();
}

/** Reads which queues make the team (the same catalogue the server computes the team's figures with). */
async function loadTeam(project) {
  try {
    const answer = await getJson('/api/teams', { project });
    if (project !== state.project) return;
    state.team = (answer.teams || []).find((team) => team.name === route.team) || null;
  } catch (error) {
    if (project === state.project) state.team = error.status === 404 ? null : undefined;
  }
  render();
}

function applySnapshot(status) {
  state.loaded = true;
  state.queues = new Map((status.queues || []).map((q) => [q.name, q]));
}

/*
 * The project's and teams' headline figures (/api/headline): fetched after every change, at most once a second,
 * and every 5 s anyway so a quiet project's clocks (longest wait) move on.
 */
let headlineTimer = null;
let headlineAt = 0;
function refreshHeadline() {
  if (headlineTimer) return;
  const project = state.project;
  headlineTimer = setTimeout(async () => {
    try {
      const answer = await getJson('/api/headline', { project });
      if (project === state.project) {
        state.headline = answer;
        render();
      }
    } catch (error) {
      /* the connection badge tells; the last figures stay dimmed */
    } finally {
      headlineTimer = null;
      headlineAt = Date.now();
    }
  }, Math.max(0, 1000 - (Date.now() - headlineAt)));
}
setInterval(refreshHeadline, HEADLINE_EVERY_MS);

function applyQueue(event) {
  if (event.op === 'remove') state.queues.delete(event.item.name);
  else state.queues.set(event.item.name, event.item);
}

/** Views of the current project in rotation order: the total, then each queue a supervisor sees. */
function views() {
  if (route.team) return [{ kind: 'team', name: route.team }];
  const queues = [...state.queues.values()].filter((q) => !q.hidden && !q.virtual)
    .map((q) => q.name).sort((a, b) => a.localeCompare(b));
  return [{ kind: 'project' }, ...queues.map((name) => ({ kind: 'queue', name }))];
}

function rotate() {
  const all = views();
  rotation += 1;
  if (projects.length > 1 && (all.length <= 1 || rotation % all.length === 0 || params.get('queues') === 'off')) {
    projectIndex = (projectIndex + 1) % projects.length;
    rotation = 0;
    view = { kind: 'project' };
    open(projects[projectIndex]);
    return;
  }
  view = params.get('queues') === 'off' ? { kind: 'project' } : all[rotation % all.length];
  render();
}

/** The figures of the current view, under the API's names; missing figures are null (their tile is left out). */
function figures() {
  if (view.kind === 'queue') {
    const q = state.queues.get(view.name);
    if (!q) return null;
    return { ...q, longest_wait_s: q.longest_wait_s ?? q.longest_wait_seconds, agents_logged: q.agents_logged ?? q.logged };
  }
  if (!state.headline) return null;
  if (view.kind === 'team') return state.team ? state.headline.teams[view.name] || null : null;
  return state.headline.figures;
}

const pct = (v) => `${number(v * 100, 0)} %`;
const two = (n) => String(n).padStart(2, '0');
/** A wait as a wall clock reads it: 0:42, 12:05, 1:02:09 (shorter than "12m 5s" at this size). */
const clockDuration = (seconds) => {
  const s = Math.max(0, Math.floor(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`
    : `${Math.floor(s / 60)}:${two(s % 60)}`;
};
const TILES = [
  { metric: 'waiting', label: 'figure.waiting', format: (v) => number(v) },
  { metric: 'longest_wait_s', label: 'figure.longest_wait_s', format: clockDuration },
  { metric: 'service_level', label: 'figure.service_level', format: pct },
  { metric: 'abandon_rate', label: 'figure.abandon_rate', format: pct },
  { metric: 'agents_available', label: 'figure.agents_available', format: (v) => number(v) },
  { field: 'agents_talking', label: 'figure.agents_talking', format: (v) => number(v) },
  { field: 'agents_pause', label: 'figure.agents_pause', format: (v) => number(v) },
  { field: 'agents_wrap_up', label: 'figure.agents_wrap_up', format: (v) => number(v) },
  { field: 'agents_logged', label: 'figure.agents_logged', format: (v) => number(v) },
  { field: 'answered', label: 'figure.answered', format: (v) => number(v) },
  { field: 'abandoned', label: 'figure.abandoned', format: (v) => number(v) },
];

function render() {
  const tiles = byId('wb-tiles');
  const f = figures();
  byId('wb-view').textContent = view.kind === 'queue' ? t('wallboard.queue', { name: view.name })
    : view.kind === 'team' ? t('wallboard.team', { name: view.name }) : t('wallboard.project_total');
  if (!f) {
    message(view.kind === 'team' && state.team === null ? t('wallboard.unknown_team', { team: view.name })
      : t('wallboard.no_data'));
    renderAlerts();
    return;
  }
  const shown = TILES.filter((tile) => typeof f[tile.metric || tile.field] === 'number').slice(0, 8).map((tile) => {
    const key = tile.metric || tile.field;
    const level = tile.metric ? levelOf(tile.metric) : null;
    return h('section', { class: 'wb-tile', dataset: { figure: key, level: level || 'ok' } },
      h('div', { class: 'wb-label', text: t(tile.label) }),
      h('div', { class: 'wb-value', text: tile.format(f[key]) }));
  });
  replace(tiles, shown);
  renderAlerts();
}

/** The server's alert level of a figure of the view; a team's is the worst of its queues'. */
function levelOf(metric) {
  if (view.kind === 'queue') return book.level('queue', view.name, metric);
  if (view.kind === 'project') return book.level('project', null, metric);
  const levels = teamQueues().map((queue) => book.level('queue', queue, metric));
  return levels.includes('alarm') ? 'alarm' : levels.includes('warn') ? 'warn' : null;
}

/** The queues of the team shown (the names alerts and tables use); none until the catalogue answered. */
function teamQueues() {
  return state.team ? state.team.queue_names || [] : [];
}

function renderAlerts() {
  const all = book ? book.list() : [];
  // a team's screen lists the alerts of its own queues, not the whole project's
  const alerts = view.kind === 'team' ? all.filter((a) => a.scope === 'queue' && teamQueues().includes(a.subject)) : all;
  byId('wb-alerts').dataset.projectAlerts = String(all.length); // the project's open alerts, shown or not
  replace(byId('wb-alerts'), alerts.slice(0, 4).map((a) => h('span', { class: 'wb-alert', dataset: { level: a.level } },
    `${t(`figure.${a.metric}`)} — ${a.subject ? a.subject : t('alerts.scope.project')}`)));
}

function message(text) {
  replace(byId('wb-tiles'), h('div', { class: 'wb-message', text }));
}
