import { h, byId, replace } from '/static/js/lib/dom.js';
import { getJson, postJson, deleteJson, setCsrfToken, onUnauthenticated, redirectToLogin, withQuery } from '/static/js/lib/api.js';
import { Banners } from '/static/js/lib/banners.js';
import { directionIcon } from '/static/js/lib/badges.js';
import { bindThemeSelect, currentTheme } from '/static/js/lib/theme.js';
import { t, labelOf, translatePage, bindLanguageSelect } from '/static/js/lib/i18n.js';
import { bindDayLink } from '/static/js/reports/day-link.js';

/*
 * History: a past day from the call history (links into /reports, reports/day-link.js), and the log replay: load a
 * project's logs for a local day (or one hour) into a server-side snapshot, follow the load job, then browse that
 * snapshot's calls and open a call's events. Every server text goes through textContent.
 */

const PAGE_SIZE = 200;
const POLL_MS = 1000;
const SNAPSHOTS_REFRESH_MS = 15000;

const banners = new Banners(byId('banners'));
const projectSelect = byId('r-project');
const dateInput = byId('r-date');
const hourSelect = byId('r-hour');
const loadButton = byId('r-load');
const jobBox = byId('r-job');
const searchInput = byId('r-search');
const callsBody = byId('r-calls');
const confirmDialog = byId('r-confirm');

const state = {
  operator: true,
  today: null,
  projects: new Map(), // project -> [{date, files, hours}]
  snapshots: [],
  current: null, // snapshot id whose calls are shown
  page: 1,
  pages: 1,
  polling: null, // job id being followed
  searchTimer: null,
  callsSeq: 0,
};

onUnauthenticated(() => redirectToLogin());
translatePage();
bindLanguageSelect(byId('lang-select'));
bindThemeSelect(byId('theme-select'));
bindDayLink();
for (let hour = 0; hour < 24; hour += 1) {
  hourSelect.append(h('option', { text: `${String(hour).padStart(2, '0')}:00 – ${String(hour).padStart(2, '0')}:59`, attrs: { value: String(hour) } }));
}
projectSelect.addEventListener('change', () => { rememberParams(); showDays(); });
dateInput.addEventListener('change', showDays);
byId('r-today').addEventListener('click', () => setDate(state.today));
byId('r-yesterday').addEventListener('click', () => setDate(shiftDay(state.today, -1)));
loadButton.addEventListener('click', startLoad);
byId('r-refresh').addEventListener('click', () => loadCalls());
byId('r-prev').addEventListener('click', () => { if (state.page > 1) { state.page -= 1; loadCalls(); } });
byId('r-next').addEventListener('click', () => { if (state.page < state.pages) { state.page += 1; loadCalls(); } });
searchInput.addEventListener('input', () => {
  clearTimeout(state.searchTimer);
  state.searchTimer = setTimeout(() => { state.page = 1; loadCalls(); }, 250);
});
callsBody.addEventListener('click', openConsoleFromRow);
callsBody.addEventListener('keydown', (event) => { if (event.key === 'Enter') openConsoleFromRow(event); });

start();

async function start() {
  try {
    const me = await getJson('/api/me');
    setCsrfToken(me.csrf_token);
    state.operator = me.role === 'operator';
  } catch (error) {
    if (error.status === 401) return;
    // /api/me belongs to the main dashboard; without it the server's answers still enforce roles
  }
  if (!state.operator) {
    loadButton.disabled = true;
    banners.show('role', t('replay.needs_operator'), 'info');
  }
  await loadProjects();
  await refreshSnapshots();
  const wanted = new URLSearchParams(location.search).get('snapshot');
  if (wanted && state.snapshots.some((s) => s.id === wanted)) openSnapshot(wanted);
  setInterval(refreshSnapshots, SNAPSHOTS_REFRESH_MS);
}

async function loadProjects() {
  try {
    const answer = await getJson('/api/replay/projects');
    state.today = answer.today;
    byId('zone-info').textContent = t('replay.zone', { zone: answer.zone });
    state.projects = new Map(answer.projects.map((p) => [p.project, p.days]));
    const wanted = new URLSearchParams(location.search).get('project');
    replace(projectSelect, answer.projects.length === 0
      ? h('option', { text: t('replay.no_project'), attrs: { value: '' } })
      : answer.projects.map((p) => h('option', { text: p.project, attrs: { value: p.project } })));
    if (wanted && state.projects.has(wanted)) projectSelect.value = wanted;
    const days = state.projects.get(projectSelect.value) || [];
    setDate(days.length ? days[0].date : state.today);
    banners.clear('projects');
  } catch (error) {
    replace(projectSelect, h('option', { text: t('replay.unavailable'), attrs: { value: '' } }));
    loadButton.disabled = true;
    if (replayOff(error)) {
      // not a failure: without log files the page offers the stored day above, and says why there is no replay
      byId('replay-main').hidden = true;
      banners.show('projects', t('history.replay_off'), 'info');
    } else {
      banners.show('projects', error.message);
    }
  }
}

function setDate(value) {
  if (!value) return;
  dateInput.value = value;
  showDays();
}

/** YYYY-MM-DD plus n days, computed on the calendar (no time zone involved). */
function shiftDay(day, n) {
  if (!day) return day;
  const [y, m, d] = day.split('-').map(Number);
  const shifted = new Date(Date.UTC(y, m - 1, d + n));
  return shifted.toISOString().slice(0, 10);
}

/** Shows which days have logs and marks the hours of the chosen day that have records. */
function showDays() {
  const days = state.projects.get(projectSelect.value) || [];
  const chosen = days.find((d) => d.date === dateInput.value);
  const hours = new Set(chosen ? chosen.hours : []);
  for (const option of hourSelect.options) {
    if (option.value === '') continue;
    const hour = Number(option.value);
    const label = `${String(hour).padStart(2, '0')}:00 – ${String(hour).padStart(2, '0')}:59`;
    option.textContent = hours.has(hour) ? `${label} ●` : label;
  }
  const recent = days.slice(0, 7).map((d) => d.date).join(', ');
  byId('r-days-hint').textContent = days.length === 0 ? t('replay.no_logs')
    : `${chosen ? t('replay.day_files', { files: chosen.files }) : t('replay.day_none')} ${
      t('replay.days', { days: `${recent}${days.length > 7 ? ', …' : ''}` })}`;
}

async function startLoad() {
  const project = projectSelect.value;
  if (!project || !dateInput.value) {
    banners.show('load', t('replay.pick_first'), 'warning');
    return;
  }
  banners.clear('load');
  loadButton.disabled = true;
  showJob({ state: 'queued', percent: 0, progress: t('replay.starting') });
  try {
    const body = { project, date: dateInput.value };
    if (hourSelect.value !== '') body.hour = hourSelect.value;
    const answer = await postJson('/api/replay/snapshots', body);
    refreshSnapshots();
    follow(answer.job_id, answer.job);
  } catch (error) {
    loadButton.disabled = !state.operator;
    showJob({ state: 'failed', percent: 0, progress: t('replay.failed', { message: error.message }) });
  }
}

/** Polls one job every second until it is ready or failed (queued and loading keep polling). */
function follow(jobId, first) {
  state.polling = jobId;
  if (first) showJob(first);
  const tick = async () => {
    if (state.polling !== jobId) return;
    try {
      const job = await getJson(`/api/replay/jobs/${encodeURIComponent(jobId)}`);
      showJob(job);
      if (job.state === 'ready') {
        state.polling = null;
        loadButton.disabled = !state.operator;
        await refreshSnapshots();
        openSnapshot(job.snapshot_id);
        return;
      }
      if (job.state === 'failed') {
        state.polling = null;
        loadButton.disabled = !state.operator;
        refreshSnapshots();
        return;
      }
    } catch (error) {
      if (error.status === 404) {
        state.polling = null;
        loadButton.disabled = !state.operator;
        showJob({ state: 'failed', percent: 0, progress: t('replay.failed_gone') });
        return;
      }
      showJob({ state: 'loading', percent: undefined, progress: t('replay.waiting_server', { message: error.message }) });
    }
    setTimeout(tick, POLL_MS);
  };
  setTimeout(tick, POLL_MS);
}

function showJob(job) {
  jobBox.hidden = false;
  jobBox.dataset.state = job.state;
  if (typeof job.percent === 'number') {
    byId('r-fill').style.width = `${Math.max(0, Math.min(100, job.percent))}%`;
    byId('r-bar').setAttribute('aria-valuenow', String(job.percent));
  }
  byId('r-job-text').textContent = job.progress || labelOf('replay.state', job.state);
}

async function refreshSnapshots() {
  try {
    const answer = await getJson('/api/replay/snapshots');
    state.snapshots = answer.snapshots;
    renderSnapshots();
    banners.clear('snapshots');
  } catch (error) {
    if (error.status !== 401 && !replayOff(error)) banners.show('snapshots', t('replay.snapshots_failed', { message: error.message }), 'warning');
  }
}

function renderSnapshots() {
  const list = byId('r-snapshots');
  byId('r-snapshots-empty').hidden = state.snapshots.length > 0;
  replace(list, state.snapshots.map((s) => {
    const detail = [t('replay.files', { count: s.files }), t('replay.records', { count: s.records }),
      s.calls === null ? null : t('replay.call_count', { count: s.calls }), t('replay.created', { time: s.created }),
      t('replay.last_used', { time: s.last_used }), s.reason ? t('replay.reason', { reason: s.reason }) : null]
      .filter(Boolean).join(' · ');
    const open = h('button', { class: 'open', text: s.key, title: detail, attrs: { type: 'button', disabled: s.state !== 'ready' },
      on: { click: () => openSnapshot(s.id) } });
    const badge = h('span', { class: `state badge ${{ ready: 'green', failed: 'red', loading: 'blue', queued: 'amber' }[s.state] || ''}`, text: labelOf('replay.state', s.state) });
    const remove = h('button', { class: 'remove', text: '✕', title: t('replay.delete_key', { key: s.key }),
      attrs: { type: 'button', 'aria-label': t('replay.delete_key', { key: s.key }), disabled: !state.operator },
      on: { click: () => confirmDelete(s) } });
    return h('li', { class: s.id === state.current ? 'current' : '' }, open, badge, remove);
  }));
}

function confirmDelete(snapshot) {
  byId('r-confirm-text').textContent = t('replay.confirm_delete', { key: snapshot.key });
  const ok = byId('r-confirm-ok');
  const cancel = byId('r-confirm-cancel');
  const close = () => { ok.onclick = null; cancel.onclick = null; confirmDialog.close(); };
  cancel.onclick = close;
  ok.onclick = async () => {
    close();
    try {
      await deleteJson(`/api/replay/snapshots/${encodeURIComponent(snapshot.id)}`);
      if (state.current === snapshot.id) clearCalls(t('replay.deleted'));
    } catch (error) {
      banners.show('delete', t('replay.delete_failed', { key: snapshot.key, message: error.message }));
    }
    refreshSnapshots();
  };
  confirmDialog.showModal();
}

function openSnapshot(id) {
  state.current = id;
  state.page = 1;
  const snapshot = state.snapshots.find((s) => s.id === id);
  byId('r-open-label').textContent = snapshot
    ? t('replay.snapshot_window', { key: snapshot.key, from: snapshot.window_from, to: snapshot.window_to })
    : t('replay.snapshot', { key: id });
  const params = new URLSearchParams(location.search);
  params.set('snapshot', id);
  history.replaceState(history.state, '', `${location.pathname}?${params}`);
  renderSnapshots();
  loadCalls();
}

function clearCalls(message) {
  state.current = null;
  byId('r-open-label').textContent = message;
  byId('r-calls-count').textContent = '';
  byId('r-result').textContent = '';
  replace(callsBody, placeholder(message));
}

async function loadCalls() {
  if (!state.current) return;
  const seq = ++state.callsSeq;
  byId('r-result').textContent = t('common.loading');
  try {
    const answer = await getJson(`/api/replay/snapshots/${encodeURIComponent(state.current)}/calls`,
      { page: state.page, size: PAGE_SIZE, q: searchInput.value.trim() });
    if (seq !== state.callsSeq) return;
    state.pages = answer.pages;
    byId('r-calls-count').textContent = `(${answer.total})`;
    byId('r-result').textContent = t(searchInput.value.trim() ? 'replay.matching' : 'replay.total', { total: answer.total });
    byId('r-page').textContent = t('replay.page', { page: answer.page, pages: answer.pages, total: answer.total });
    byId('r-prev').disabled = answer.page <= 1;
    byId('r-next').disabled = answer.page >= answer.pages;
    replace(callsBody, answer.items.length ? answer.items.map(renderCall) : placeholder(t('replay.no_calls_match')));
    banners.clear('calls');
  } catch (error) {
    if (seq !== state.callsSeq) return;
    byId('r-result').textContent = '';
    if (error.status === 404) clearCalls(t('replay.expired'));
    else banners.show('calls', t('replay.calls_failed', { message: error.message }));
  }
}

function renderCall(call) {
  const cells = [
    h('td', {}, directionIcon(call.call_type)),
    h('td', { class: 'mono', text: call.create_date_iso || '-' }),
    h('td', { class: 'mono', text: call.caller }),
    h('td', { class: 'mono', text: call.called }),
    h('td', { class: 'num', text: call.duration }),
    h('td', { class: 'mono', text: call.session_id, title: call.session_id }),
    h('td', { text: call.queue_name }),
    h('td', { text: call.agent }),
    h('td', {}, h('a', { text: t('replay.view'), attrs: { href: consoleUrl(call.session_id), target: '_blank', rel: 'noopener' } })),
  ];
  return h('tr', { class: 'clickable', dataset: { session: call.session_id }, attrs: { tabindex: '0' } }, cells);
}

function consoleUrl(session) {
  const page = currentTheme() === 'light' ? '/replay_light/console' : '/replay/console';
  return withQuery(page, { snapshot: state.current, session });
}

function openConsoleFromRow(event) {
  if (event.target.closest('a')) return;
  const tr = event.target.closest('tr[data-session]');
  if (!tr) return;
  window.open(consoleUrl(tr.dataset.session), '_blank', 'noopener');
}

function placeholder(message) {
  return h('tr', {}, h('td', { class: 'placeholder', attrs: { colspan: '9' }, text: message }));
}

function rememberParams() {
  const params = new URLSearchParams(location.search);
  params.set('project', projectSelect.value);
  history.replaceState(history.state, '', `${location.pathname}?${params}`);
}

/** The server has no logs folder: replay is off by configuration (503 replay_unavailable), not broken. */
function replayOff(error) {
  return error.status === 503 && error.code === 'replay_unavailable';
}
