import { byId, h, replace } from './lib/dom.js';
import { getJson, onUnauthenticated, redirectToLogin, withQuery } from './lib/api.js';
import { Banners } from './lib/banners.js';
import { bindThemeSelect } from './lib/theme.js';
import { bindLanguageSelect, t, translatePage } from './lib/i18n.js';
import { DataTable } from './lib/table.js';
import { dateTime, setDisplayZone, zoneLabel } from './lib/format.js';
import { readState, pageLink, apiLink } from './reports/params.js';
import { queueColumns, agentColumns, callColumns } from './reports/columns.js';
import { ReportChart, queueChart, agentChart } from './reports/report-chart.js';
import { loadTeams } from './reports/teams.js';

/*
 * /reports: the call history's queue and agent reports per interval, and the call search, from /api/reports/* and
 * /api/calls/search. The URL holds every parameter (reports/params.js), so a link or a reload shows the same report;
 * the export links are the same query with format=csv|xlsx. A call opens its console from the stored events
 * (/reports/console, no log replay).
 */

const LOAD_TIMEOUT_MS = 60000;
const banners = new Banners(byId('banners'));
const form = byId('r-form');
const fields = {
  project: byId('r-project'), from: byId('r-from'), to: byId('r-to'), interval: byId('r-interval'),
  team: byId('r-team'), queues: byId('r-queues'), agents: byId('r-agents'), caller: byId('r-caller'),
  called: byId('r-called'), callAgent: byId('r-call-agent'), callQueue: byId('r-call-queue'),
  disposition: byId('r-disposition'), minWait: byId('r-min-wait'),
};
const chart = new ReportChart(byId('r-chart'));
const DEFAULT_INTERVAL = { queues: 'hour', agents: 'day' };

let state = readState(location.search);
let table = null;
let tableShape = '';
let loadSeq = 0;

translatePage();
bindLanguageSelect(byId('lang-select'));
bindThemeSelect(byId('theme-select'));
onUnauthenticated(() => redirectToLogin());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go({ ...formState(), view: state.view });
});
for (const tab of document.querySelectorAll('.tabs [data-view]')) {
  tab.addEventListener('click', () => go({ ...formState(), view: tab.dataset.view }));
}
byId('r-prev').addEventListener('click', () => go({ ...state, page: String(Math.max(0, page() - 1)) }, true));
byId('r-next').addEventListener('click', () => go({ ...state, page: String(page() + 1) }, true));
fields.project.addEventListener('change', () => showTeams());
window.addEventListener('popstate', () => {
  state = readState(location.search);
  fillForm();
  load();
});

start();

async function start() {
  fillForm();
  await loadProjects();
  if (!state.project && fields.project.value) {
    state.project = fields.project.value;
    history.replaceState(null, '', pageLink(state));
  }
  await showTeams();
  load();
}

/** A new state: into the URL (Back returns to the previous report), then shown. A new search starts at page 1. */
function go(next, keepPage = false) {
  if (!keepPage) delete next.page;
  state = readState(new URL(pageLink(next), location.origin).search);
  history.pushState(null, '', pageLink(state));
  fillForm();
  load();
}

function page() {
  return Number.parseInt(state.page || '0', 10) || 0;
}

/** The form's values as a state of the current view (only that view's parameters). */
function formState() {
  const value = (input) => input.value.trim();
  return {
    project: value(fields.project), from: value(fields.from), to: value(fields.to),
    interval: value(fields.interval), team: value(fields.team),
    queue: state.view === 'calls' ? value(fields.callQueue) : value(fields.queues),
    agent: state.view === 'calls' ? value(fields.callAgent) : value(fields.agents),
    caller: value(fields.caller), called: value(fields.called), disposition: value(fields.disposition),
    min_wait: value(fields.minWait),
  };
}

function fillForm() {
  const set = (input, value) => { input.value = value || ''; };
  if (state.project) ensureOption(fields.project, state.project);
  set(fields.project, state.project || fields.project.value);
  set(fields.from, state.from);
  set(fields.to, state.to);
  set(fields.interval, state.interval || DEFAULT_INTERVAL[state.view]);
  if (state.team) ensureOption(fields.team, state.team);
  set(fields.team, state.team);
  set(fields.queues, state.view === 'queues' ? state.queue : fields.queues.value);
  set(fields.agents, state.view === 'agents' ? state.agent : fields.agents.value);
  if (state.view === 'calls') {
    set(fields.caller, state.caller);
    set(fields.called, state.called);
    set(fields.callAgent, state.agent);
    set(fields.callQueue, state.queue);
    set(fields.disposition, state.disposition);
    set(fields.minWait, state.min_wait);
  }
  for (const tab of document.querySelectorAll('.tabs [data-view]')) {
    tab.setAttribute('aria-selected', String(tab.dataset.view === state.view));
  }
  for (const node of document.querySelectorAll('[data-views]')) {
    node.hidden = !node.dataset.views.split(' ').includes(state.view);
  }
  byId('r-chart-box').hidden = state.view === 'calls';
  byId('r-csv').href = apiLink(state, 'csv');
  byId('r-xlsx').href = apiLink(state, 'xlsx');
}

function ensureOption(select, value) {
  if (![...select.options].some((o) => o.value === value)) select.append(h('option', { text: value, attrs: { value } }));
}

async function loadProjects() {
  try {
    const servers = await getJson('/api/servers');
    const names = [...new Set(servers.map((s) => s.project))];
    const selected = state.project;
    replace(fields.project, names.map((name) => h('option', { text: name, attrs: { value: name } })));
    if (selected) {
      ensureOption(fields.project, selected);
      fields.project.value = selected;
    }
  } catch (error) {
    if (error.status !== 401) banners.show('projects', t('reports.projects_failed', { message: error.message }), 'warning');
    if (state.project) ensureOption(fields.project, state.project);
  }
}

/** The team choice lists the project's configured teams (hidden when it has none). */
async function showTeams() {
  const teams = await loadTeams(fields.project.value);
  const chosen = state.team;
  replace(fields.team, h('option', { text: t('reports.team.none'), attrs: { value: '' } }),
    teams.map((name) => h('option', { text: name, attrs: { value: name } })));
  if (chosen) ensureOption(fields.team, chosen);
  fields.team.value = chosen || '';
  fields.team.closest('label').classList.toggle('no-teams', teams.length === 0 && !chosen);
}

async function load() {
  const seq = ++loadSeq;
  const shown = { ...state };
  if (!shown.project) {
    banners.show('load', t('reports.no_project'), 'info');
    return;
  }
  byId('r-summary').textContent = t('common.loading');
  let answer;
  try {
    answer = await getJson(apiLink(shown), undefined, { timeoutMs: LOAD_TIMEOUT_MS });
  } catch (error) {
    if (seq !== loadSeq || error.status === 401) return;
    banners.show('load', t('reports.failed', { message: error.message }));
    byId('r-summary').textContent = '';
    if (table) table.showError(t('reports.failed', { message: error.message }));
    return;
  }
  if (seq !== loadSeq) return;
  banners.clear('load');
  setDisplayZone(answer.zone);
  // the project's zone and day start: its days, intervals and every time shown are in them
  const zone = answer.day_start && answer.day_start !== '00:00'
    ? t('reports.day_start', { zone: zoneLabel(), time: answer.day_start }) : zoneLabel();
  byId('r-zone').textContent = t('header.zone', { zone });
  showGaps(answer.gaps);
  // the answer names the days and grain it used (the API's defaults when the link left them out)
  fields.from.value = answer.from || '';
  fields.to.value = answer.to || '';
  if (answer.interval) fields.interval.value = answer.interval;
  document.title = `${t(`reports.view.${shown.view}`)} · ${shown.project} · ${t('reports.page_title')}`;
  showRows(shown, answer);
}

/**
 * Spans of these days no dashboard recorded and not (yet) filled from the logs: the rows lack what happened then,
 * so the report says so instead of showing quiet intervals.
 */
function showGaps(gaps) {
  if (!Array.isArray(gaps) || gaps.length === 0) {
    banners.clear('gaps');
    return;
  }
  const spans = gaps.map((g) => t(g.state === 'filling' ? 'reports.gap_filling' : 'reports.gap_span',
    { from: dateTime(g.from), to: dateTime(g.to), reason: g.reason })).join(' · ');
  banners.show('gaps', t('reports.gaps', { count: gaps.length, spans }), 'warning');
}

function showRows(shown, answer) {
  const rows = Array.isArray(answer.rows) ? answer.rows : [];
  const grain = answer.interval;
  const columns = shown.view === 'queues' ? queueColumns(grain)
    : shown.view === 'agents' ? agentColumns(grain, answer.columns) : callColumns();
  const shape = `${shown.view}|${grain}|${columns.map((c) => c.key).join(',')}`;
  if (!table || shape !== tableShape) {
    table = new DataTable({
      columns,
      keyOf: shown.view === 'calls' ? (r) => r.session_id
        : (r) => `${r.interval}|${shown.view === 'queues' ? r.queue : r.agent}`,
      label: t(`reports.view.${shown.view}`),
      emptyText: t(shown.view === 'calls' ? 'reports.no_calls' : 'reports.no_rows'),
      sort: { key: shown.view === 'calls' ? 'start' : 'interval', dir: 'asc' },
      rowTitle: shown.view === 'calls' ? () => t('reports.open_console') : undefined,
      onRowClick: shown.view === 'calls' ? (r) => openConsole(shown.project, r.session_id) : undefined,
    });
    tableShape = shape;
    replace(byId('r-table'), table.element);
  }
  table.setRows(rows);
  if (shown.view === 'calls') {
    byId('r-page').textContent = t('reports.page', { page: page() + 1 });
    byId('r-prev').disabled = page() === 0;
    byId('r-next').disabled = !answer.more;
    byId('r-summary').textContent = t(answer.more ? 'reports.calls_more' : 'reports.calls_count', { count: rows.length });
  } else {
    byId('r-summary').textContent = t('reports.rows_count', { count: rows.length });
    byId('r-chart-title').textContent = t(shown.view === 'queues' ? 'reports.chart.queues' : 'reports.chart.agents');
    chart.show(shown.view === 'queues' ? queueChart(rows, grain) : agentChart(rows, grain));
    rememberNames(shown.view === 'queues' ? 'r-queue-names' : 'r-agent-names',
      rows.map((r) => (shown.view === 'queues' ? r.queue_name : r.agent)));
  }
}

/** Names seen in answers, offered as completions of the queue and agent fields. */
function rememberNames(listId, names) {
  const list = byId(listId);
  const known = new Set([...list.options].map((o) => o.value));
  for (const name of names) {
    if (name && !known.has(name)) {
      known.add(name);
      list.append(h('option', { attrs: { value: name } }));
    }
  }
}

function openConsole(project, session) {
  window.open(withQuery('/reports/console', { project, session }), '_blank');
}
