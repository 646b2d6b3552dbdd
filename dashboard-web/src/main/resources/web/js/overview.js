import { byId, h } from './lib/dom.js';
import { getJson, onUnauthenticated, redirectToLogin } from './lib/api.js';
import { Banners } from './lib/banners.js';
import { bindThemeSelect, currentTheme } from './lib/theme.js';
import { bindLanguageSelect, t, translatePage } from './lib/i18n.js';
import { DataTable } from './lib/table.js';
import { duration, percent, count } from './lib/format.js';

/*
 * /overview: every project at a glance, refreshed every 3 s from /api/overview. The server reads only projects a
 * browser watches or the configuration pins, so a list of 100 projects opens no connection; the others say
 * "not watched". Clicking a row opens the project (which then counts as watched).
 */

const REFRESH_MS = 3000;
const banners = new Banners(byId('banners'));

translatePage();
bindLanguageSelect(byId('lang-select'));
bindThemeSelect(byId('theme-select'));
onUnauthenticated(() => redirectToLogin());

const watched = (row) => row.state !== 'not_watched';
const figure = (row, name) => (row.figures && row.figures[name] !== undefined ? row.figures[name] : null);

function stateBadge(row) {
  const label = t(`conn.${row.state}`);
  return h('span', { class: 'conn-badge', dataset: { state: row.state === 'not_watched' ? 'idle' : row.state },
    title: row.state === 'not_watched' ? t('overview.not_watched_hint') : (row.error || '') }, label,
  row.pinned ? h('span', { class: 'muted', text: ` · ${t('overview.pinned')}` }) : null);
}

function alertCell(row) {
  if (!row.alerts_alarm && !row.alerts_warn) return watched(row) ? '0' : '-';
  return h('span', {}, row.alerts_alarm ? h('span', { class: 'level-chip', dataset: { level: 'alarm' },
    text: String(row.alerts_alarm) }) : null, row.alerts_warn ? h('span', { class: 'level-chip',
    dataset: { level: 'warn' }, text: String(row.alerts_warn) }) : null);
}

const columns = [
  { key: 'project', label: t('overview.col.project'), sortValue: (r) => r.project, cell: (r) => h('strong', { text: r.project }) },
  { key: 'state', label: t('overview.col.state'), sortValue: (r) => r.state, text: (r) => t(`conn.${r.state}`), cell: stateBadge },
  { key: 'agents', label: t('overview.col.agents'), numeric: true, sortValue: (r) => figure(r, 'agents_logged'),
    cell: (r) => count(figure(r, 'agents_logged')) },
  ...['available', 'talking', 'pause', 'wrap_up'].map((status) => ({
    key: status, label: t(`overview.col.${status}`), numeric: true,
    sortValue: (r) => figure(r, `agents_${status}`), cell: (r) => count(figure(r, `agents_${status}`)),
  })),
  { key: 'waiting', label: t('overview.col.waiting'), numeric: true, sortValue: (r) => figure(r, 'waiting'),
    cell: (r) => count(figure(r, 'waiting')) },
  { key: 'longest', label: t('overview.col.longest'), numeric: true, sortValue: (r) => figure(r, 'longest_wait_s'),
    cell: (r) => (r.figures ? duration(r.figures.longest_wait_s) : '-') },
  { key: 'sl', label: t('overview.col.sl'), numeric: true, sortValue: (r) => figure(r, 'service_level'),
    cell: (r) => percent(figure(r, 'service_level')) },
  { key: 'answered', label: t('overview.col.answered'), numeric: true, sortValue: (r) => figure(r, 'answered'),
    cell: (r) => count(figure(r, 'answered')) },
  { key: 'abandoned', label: t('overview.col.abandoned'), numeric: true, sortValue: (r) => figure(r, 'abandoned'),
    cell: (r) => count(figure(r, 'abandoned')) },
  { key: 'alerts', label: t('overview.col.alerts'), numeric: true,
    sortValue: (r) => (watched(r) ? r.alerts_alarm * 1000 + r.alerts_warn : null), cell: alertCell },
];

const table = new DataTable({
  columns,
  keyOf: (r) => r.project,
  label: t('overview.title'),
  emptyText: t('overview.empty'),
  noMatchText: t('common.no_match'),
  sort: { key: 'alerts', dir: 'desc' },
  rowTitle: (r) => t('overview.open_title', { project: r.project }),
  onRowClick: (r) => location.assign(`/cst_explorer${currentTheme() === 'light' ? '_light' : ''}/${encodeURIComponent(r.project)}`),
});
byId('overview-table').append(table.element);
byId('overview-search').addEventListener('input', (event) => table.setQuery(event.target.value));

async function refresh() {
  try {
    const answer = await getJson('/api/overview', {}, { timeoutMs: REFRESH_MS * 3 });
    banners.clear('overview');
    table.setRows(answer.projects);
    byId('overview-count').textContent = t('overview.count', {
      watched: answer.projects.filter(watched).length, total: answer.projects.length });
  } catch (error) {
    if (error.status !== 401) banners.show('overview', t('overview.failed', { message: error.message }));
  } finally {
    setTimeout(refresh, REFRESH_MS);
  }
}

refresh();
