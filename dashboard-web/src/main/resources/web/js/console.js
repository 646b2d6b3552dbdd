import { h, byId, replace } from './lib/dom.js';
import { postJson, getJson, setCsrfToken, onUnauthenticated, redirectToLogin, withQuery } from './lib/api.js';
import { Banners } from './lib/banners.js';
import { bindThemeSelect } from './lib/theme.js';
import { renderRow, searchText } from './console/rows.js';
import { highlight, clearHighlights } from './console/highlight.js';

/*
 * Session console: every event of one call session, live while the call goes on.
 * The project comes from the link (?project=), never from whatever another tab selected last.
 * Keys: Enter reloads, Esc clears the search or closes the tab; right-click copies a cell.
 */

const LOAD_TIMEOUT_MS = 30000;
const MAX_STREAM_FAILURES = 5;

const params = new URLSearchParams(location.search);
const session = params.get('session') || '';
const project = params.get('project') || '';

const banners = new Banners(byId('banners'));
const tbody = byId('c-rows');
const wrap = byId('c-wrap');
const search = byId('c-search');
const status = byId('c-status');
const lines = byId('c-lines');
const matchInfo = byId('c-match');

/** id -> {row, tr, text}; rows in arrival order (the server sends them oldest first). */
const rows = new Map();
let stream = null;
let streamFailures = 0;
let loadSeq = 0;

onUnauthenticated(() => redirectToLogin());
bindThemeSelect(byId('theme-select'));
byId('c-project').textContent = project || '(selected project)';
byId('c-session').textContent = session || '-';
document.title = `${session ? session.split('@')[0] : 'Session'}${project ? ` · ${project}` : ''} · console`;
byId('c-reload').addEventListener('click', () => load());
byId('c-close').addEventListener('click', closeConsole);
search.addEventListener('input', applySearch);
tbody.addEventListener('contextmenu', copyCell);
document.addEventListener('keydown', onKey);

start();

async function start() {
  if (!session) {
    setStatus('error', 'No session');
    showPlaceholder('No session in the link: open the console from a call in the dashboard.');
    return;
  }
  if (!project) {
    banners.show('project', 'The link names no project; the project selected in this browser is used.', 'warning');
  }
  try {
    const me = await getJson('/api/me');
    setCsrfToken(me.csrf_token);
    if (me.role !== 'operator') {
      setStatus('error', 'Not allowed');
      showPlaceholder('The session console needs the operator role.');
      return;
    }
  } catch (error) {
    if (error.status === 401) return;
    banners.show('identity', `Could not check the session: ${error.message}`, 'warning');
  }
  await load();
}

async function load() {
  if (!session) return;
  const seq = ++loadSeq;
  setStatus('loading', 'Loading…');
  if (rows.size === 0) showPlaceholder('Loading events…');
  try {
    const answer = await postJson('/api/console/session', { session, project: project || undefined },
      { timeoutMs: LOAD_TIMEOUT_MS });
    if (seq !== loadSeq) return;
    banners.clear('load');
    byId('c-object').textContent = answer.object_id === undefined || answer.object_id === null ? '-' : String(answer.object_id);
    if (answer.project && !project) byId('c-project').textContent = String(answer.project);
    replaceRows(Array.isArray(answer.columns) ? answer.columns : []);
    setStatus('ok', 'OK');
    openStream();
  } catch (error) {
    if (seq !== loadSeq) return;
    setStatus('error', error.code === 'session_not_found' ? 'Not found' : 'Error');
    banners.show('load', error.message);
    if (rows.size === 0) showPlaceholder(error.code === 'session_not_found' ? 'This session does not exist (any more) on the server.' : 'No events loaded.');
  }
}

function replaceRows(list) {
  rows.clear();
  tbody.replaceChildren();
  for (const row of list) addRow(row, false);
  if (rows.size === 0) showPlaceholder('No events for this session yet.');
  updateCount();
  applySearch();
}

function addRow(row, isNew) {
  const id = row.id !== undefined && row.id !== null ? String(row.id) : `${row.date}|${row.name}|${rows.size}`;
  if (rows.has(id)) return false;
  const placeholder = tbody.querySelector('td.placeholder');
  if (placeholder) placeholder.parentElement.remove();
  const tr = renderRow(row);
  if (isNew) tr.classList.add('new');
  rows.set(id, { row, tr, text: searchText(row) });
  tbody.append(tr);
  return true;
}

/** Live rows over SSE; the server resumes with Last-Event-ID when the browser reconnects. */
function openStream() {
  if (stream || typeof EventSource === 'undefined') return;
  stream = new EventSource(withQuery('/api/console/stream', { project: project || undefined, session }));
  stream.addEventListener('open', () => setStatus('live', 'Live'));
  stream.addEventListener('console', (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    streamFailures = 0;
    setStatus('live', 'Live');
    const list = Array.isArray(data) ? data : [data && data.row ? data.row : data];
    const follow = wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - 4;
    let added = 0;
    for (const row of list) if (row && addRow(row, true)) added += 1;
    if (added) {
      updateCount();
      applySearch();
      if (follow) wrap.scrollTop = wrap.scrollHeight;
    }
  });
  stream.addEventListener('error', () => {
    streamFailures += 1;
    // A stream that keeps dying without delivering anything is given up (Enter retries).
    if (stream && (stream.readyState === EventSource.CLOSED || streamFailures >= MAX_STREAM_FAILURES)) {
      stream.close();
      stream = null;
      streamFailures = 0;
      setStatus('ok', 'OK (live updates stopped, press Enter to reload)');
    } else {
      setStatus('loading', 'Reconnecting…');
    }
  });
}

function applySearch() {
  const query = search.value.trim();
  const needle = query.toLowerCase();
  let shown = 0;
  let marks = 0;
  for (const { tr, text } of rows.values()) {
    const visible = !needle || text.includes(needle);
    tr.hidden = !visible;
    if (visible) {
      shown += 1;
      marks += highlight(tr, query);
    } else {
      clearHighlights(tr);
    }
  }
  matchInfo.textContent = needle ? `${shown} of ${rows.size} rows, ${marks} matches` : '';
}

function updateCount() {
  lines.textContent = String(rows.size);
}

function setStatus(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

function showPlaceholder(message) {
  replace(tbody, h('tr', {}, h('td', { class: 'placeholder', attrs: { colspan: '6' }, text: message })));
}

async function copyCell(event) {
  const td = event.target.closest('td');
  if (!td || td.classList.contains('placeholder')) return;
  event.preventDefault();
  const copied = await copyText(td.textContent);
  td.classList.remove('copied');
  void td.offsetWidth;
  td.classList.add('copied');
  td.dataset.copied = String(copied);
  toast(copied ? 'Copied' : 'Copying is blocked by the browser');
}

/** Copies with the Clipboard API, or a hidden selection where the API is refused or stalls. */
async function copyText(value) {
  try {
    const refused = new Promise((resolve, reject) => setTimeout(() => reject(new Error('clipboard timeout')), 1000));
    await Promise.race([navigator.clipboard.writeText(value), refused]);
    return true;
  } catch (e) {
    const area = h('textarea', { attrs: { readonly: true, 'aria-hidden': 'true' } });
    area.value = value;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

let toastTimer = null;
function toast(message) {
  let node = document.querySelector('.toast');
  if (!node) {
    node = h('div', { class: 'toast', attrs: { role: 'status' } });
    document.body.append(node);
  }
  node.textContent = message;
  node.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { node.hidden = true; }, 1200);
}

function onKey(event) {
  if (event.key === 'Enter') {
    const tag = event.target.tagName;
    if (tag === 'BUTTON' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    event.preventDefault();
    load();
  } else if (event.key === 'Escape') {
    if (search.value) {
      search.value = '';
      applySearch();
    } else {
      closeConsole();
    }
  }
}

function closeConsole() {
  window.close();
  // Browsers only let scripts close tabs that scripts opened; say so instead of doing nothing.
  setTimeout(() => banners.show('close', 'This tab was not opened by the dashboard; close it with your browser.', 'info'), 200);
}
