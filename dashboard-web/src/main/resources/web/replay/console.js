import { h, byId, replace } from '/static/js/lib/dom.js';
import { getJson, onUnauthenticated, redirectToLogin } from '/static/js/lib/api.js';
import { Banners } from '/static/js/lib/banners.js';
import { bindThemeSelect } from '/static/js/lib/theme.js';
import { renderRow, searchText } from '/static/js/console/rows.js';
import { highlight, clearHighlights } from '/static/js/console/highlight.js';

/*
 * Replay console: every event of one session of a replay snapshot (exact session id), with the live console's
 * six colour-coded columns, search with highlight, right-click copy, Enter = reload, Esc = clear search / close.
 * A replayed day does not change, so there is no live stream.
 */

const LOAD_TIMEOUT_MS = 30000;
const params = new URLSearchParams(location.search);
const snapshot = params.get('snapshot') || '';
const session = params.get('session') || '';

const banners = new Banners(byId('banners'));
const tbody = byId('c-rows');
const search = byId('c-search');
const status = byId('c-status');
const rows = [];
let loadSeq = 0;

onUnauthenticated(() => redirectToLogin());
bindThemeSelect(byId('theme-select'));
document.addEventListener('themechange', (event) => {
  const path = event.detail === 'light' ? '/replay_light/console' : '/replay/console';
  if (location.pathname !== path) history.replaceState(history.state, '', path + location.search);
});
byId('c-snapshot').textContent = snapshot || '-';
byId('c-session').textContent = session || '-';
document.title = `${session ? session.split('@')[0] : 'Session'} · replay console`;
byId('c-reload').addEventListener('click', () => load());
byId('c-close').addEventListener('click', closeConsole);
search.addEventListener('input', applySearch);
tbody.addEventListener('contextmenu', copyCell);
document.addEventListener('keydown', onKey);

if (!snapshot || !session) {
  setStatus('error', 'No session');
  showPlaceholder('The link names no snapshot or session: open the console from a call of the History page.');
} else {
  load();
}

async function load() {
  const seq = ++loadSeq;
  setStatus('loading', 'Loading…');
  if (rows.length === 0) showPlaceholder('Loading events…');
  try {
    const answer = await getJson(`/api/replay/snapshots/${encodeURIComponent(snapshot)}/sessions/${encodeURIComponent(session)}/events`,
      undefined, { timeoutMs: LOAD_TIMEOUT_MS });
    if (seq !== loadSeq) return;
    banners.clear('load');
    byId('c-object').textContent = String(answer.object_id);
    byId('c-snapshot').textContent = `${answer.project} ${answer.date}`;
    rows.length = 0;
    tbody.replaceChildren();
    for (const row of answer.columns) {
      const tr = renderRow(row);
      rows.push({ tr, text: searchText(row) });
      tbody.append(tr);
    }
    if (rows.length === 0) showPlaceholder('No events for this session.');
    byId('c-lines').textContent = String(rows.length);
    applySearch();
    setStatus('ok', 'OK');
  } catch (error) {
    if (seq !== loadSeq) return;
    const missing = error.code === 'session_not_found' || error.code === 'snapshot_not_found';
    setStatus('error', missing ? 'Not found' : 'Error');
    banners.show('load', error.message);
    if (rows.length === 0) showPlaceholder(missing ? 'Not in this snapshot (or the snapshot was deleted or expired).' : 'No events loaded.');
  }
}

function applySearch() {
  const query = search.value.trim();
  const needle = query.toLowerCase();
  let shown = 0;
  let marks = 0;
  for (const { tr, text } of rows) {
    const visible = !needle || text.includes(needle);
    tr.hidden = !visible;
    if (visible) {
      shown += 1;
      marks += highlight(tr, query);
    } else {
      clearHighlights(tr);
    }
  }
  byId('c-match').textContent = needle ? `${shown} of ${rows.length} rows, ${marks} matches` : '';
}

function setStatus(value, text) {
  status.dataset.state = value;
  status.textContent = text;
}

function showPlaceholder(message) {
  replace(tbody, h('tr', {}, h('td', { class: 'placeholder', attrs: { colspan: '6' }, text: message })));
}

async function copyCell(event) {
  const td = event.target.closest('td');
  if (!td || td.classList.contains('placeholder')) return;
  event.preventDefault();
  let copied = true;
  try {
    const refused = new Promise((resolve, reject) => setTimeout(() => reject(new Error('clipboard timeout')), 1000));
    await Promise.race([navigator.clipboard.writeText(td.textContent), refused]);
  } catch (e) {
    const area = h('textarea', { attrs: { readonly: true, 'aria-hidden': 'true' } });
    area.value = td.textContent;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    copied = document.execCommand('copy');
    area.remove();
  }
  td.classList.remove('copied');
  void td.offsetWidth;
  td.classList.add('copied');
  td.dataset.copied = String(copied);
}

function onKey(event) {
  if (event.key === 'Enter') {
    const tag = event.target.tagName;
    if (tag === 'BUTTON' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    event.preventDefault();
    if (snapshot && session) load();
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
  setTimeout(() => banners.show('close', 'This tab was not opened by the History page; close it with your browser.', 'info'), 200);
}
