import { h } from '../lib/dom.js';
import { COLUMNS } from './rows.js';

/**
 * The console page's markup, built once for both consoles (live and replay) so the two can never drift apart.
 * The pages themselves only hold the <head>; everything else is built here with text nodes.
 */

const HEADINGS = { date: 'Date', source: 'Source', target: 'Target', state: 'State', name: 'Name', data: 'Data' };

/**
 * Builds the header, the banner area and the event grid into document.body.
 * @param {{title: string, badge?: string, context: {id: string, label: string}}} page
 *        context is the first header field (the project of a live console, the snapshot of a replay).
 */
export function buildConsolePage({ title, badge, context }) {
  const field = (label, id, props = {}) => h('div', {}, h('dt', { text: label }), h('dd', { ...props, attrs: { id, ...props.attrs } }));
  const header = h('header', { class: 'app-header console-header' },
    h('div', { class: 'brand' }, h('span', { class: 'logo', text: '◉', attrs: { 'aria-hidden': 'true' } }), ` ${title}`,
      badge ? [' ', h('span', { class: 'badge amber', text: badge })] : null),
    h('dl', { class: 'meta' },
      field(context.label, context.id, { text: '-' }),
      field('Session', 'c-session', { class: 'session-id', text: '-' }),
      field('Object ID', 'c-object', { text: '-' }),
      field('Lines', 'c-lines', { text: '0' }),
      field('Times', 'c-zone', { text: '-', title: 'Every date on this page is in this time zone' }),
      field('Status', 'c-status', { class: 'status', text: 'Loading…', dataset: { state: 'loading' },
        attrs: { role: 'status', 'aria-live': 'polite' } })),
    h('div', { class: 'header-spacer' }),
    h('div', { class: 'header-tools' },
      h('label', { class: 'muted', text: 'Theme', attrs: { for: 'theme-select' } }),
      h('select', { attrs: { id: 'theme-select', 'aria-label': 'Theme' } },
        h('option', { text: 'Dark', attrs: { value: 'dark' } }), h('option', { text: 'Light', attrs: { value: 'light' } })),
      h('button', { text: 'Reload', title: 'Reload (Enter)', attrs: { type: 'button', id: 'c-reload' } }),
      h('button', { text: 'Close', title: 'Close (Esc)', attrs: { type: 'button', id: 'c-close' } })));
  const grid = h('table', { class: 'console', attrs: { 'aria-label': 'Session events' } },
    h('colgroup', {}, COLUMNS.map((column) => h('col', { class: `c-${column}` }))),
    h('thead', {}, h('tr', {}, COLUMNS.map((column) => h('th', { text: HEADINGS[column], attrs: { scope: 'col' } })))),
    h('tbody', { attrs: { id: 'c-rows' } }));
  const main = h('main', { class: 'console-main' },
    h('div', { class: 'console-toolbar' },
      h('input', { attrs: { type: 'search', id: 'c-search', placeholder: 'Search all columns (matches are highlighted)',
        'aria-label': 'Search events', autocomplete: 'off' } }),
      h('span', { class: 'hint', attrs: { id: 'c-match' } }),
      h('span', { class: 'hint', text: 'Enter reloads · Esc clears the search or closes · right-click copies a cell' })),
    h('div', { class: 'console-wrap', attrs: { id: 'c-wrap' } }, grid));
  document.body.replaceChildren(header, h('div', { class: 'banners', attrs: { id: 'banners' } }), main);
}
