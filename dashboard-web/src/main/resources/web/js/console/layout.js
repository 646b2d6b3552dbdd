import { h } from '../lib/dom.js';
import { t, bindLanguageSelect } from '../lib/i18n.js';
import { COLUMNS } from './rows.js';

/**
 * The console page's markup, built once for both consoles (live and replay) so the two can never drift apart.
 * The pages themselves only hold the <head>; everything else is built here with text nodes.
 */


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
      field(t('console.session'), 'c-session', { class: 'session-id', text: '-' }),
      field(t('console.object_id'), 'c-object', { text: '-' }),
      field(t('console.lines'), 'c-lines', { text: '0' }),
      field(t('console.times'), 'c-zone', { text: '-', title: t('console.times_title') }),
      field(t('console.status'), 'c-status', { class: 'status', text: t('common.loading'), dataset: { state: 'loading' },
        attrs: { role: 'status', 'aria-live': 'polite' } })),
    h('div', { class: 'header-spacer' }),
    h('div', { class: 'header-tools' },
      h('label', { class: 'muted', text: t('common.theme'), attrs: { for: 'theme-select' } }),
      h('select', { attrs: { id: 'theme-select', 'aria-label': t('common.theme') } },
        h('option', { text: t('common.theme.dark'), attrs: { value: 'dark' } }),
        h('option', { text: t('common.theme.light'), attrs: { value: 'light' } })),
      h('select', { attrs: { id: 'lang-select', 'aria-label': t('common.language') } },
        h('option', { text: 'Français', attrs: { value: 'fr' } }), h('option', { text: 'English', attrs: { value: 'en' } })),
      h('button', { text: t('console.reload'), title: t('console.reload_title'), attrs: { type: 'button', id: 'c-reload' } }),
      h('button', { text: t('console.close'), title: t('console.close_title'), attrs: { type: 'button', id: 'c-close' } })));
  const grid = h('table', { class: 'console', attrs: { 'aria-label': t('console.events') } },
    h('colgroup', {}, COLUMNS.map((column) => h('col', { class: `c-${column}` }))),
    h('thead', {}, h('tr', {}, COLUMNS.map((column) => h('th', { text: t(`console.col.${column}`), attrs: { scope: 'col' } })))),
    h('tbody', { attrs: { id: 'c-rows' } }));
  const main = h('main', { class: 'console-main' },
    h('div', { class: 'console-toolbar' },
      h('input', { attrs: { type: 'search', id: 'c-search', placeholder: t('console.search'),
        'aria-label': t('console.search_label'), autocomplete: 'off' } }),
      h('span', { class: 'hint', attrs: { id: 'c-match' } }),
      h('span', { class: 'hint', text: t('console.hint') })),
    h('div', { class: 'console-wrap', attrs: { id: 'c-wrap' } }, grid));
  document.body.replaceChildren(header, h('div', { class: 'banners', attrs: { id: 'banners' } }), main);
  bindLanguageSelect(document.getElementById('lang-select'));
}
