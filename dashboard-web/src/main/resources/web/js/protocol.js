import { byId, h, replace } from './lib/dom.js';
import { getJson } from './lib/api.js';
import { Banners } from './lib/banners.js';
import { bindThemeSelect } from './lib/theme.js';
import { bindLanguageSelect, t, translatePage } from './lib/i18n.js';
import { render as renderMarkdown } from './protocol/markdown.js';

/*
 * /protocol: what protocol-spec knows, readable. Drawn from /api/protocol (the data: framing, encodings, object
 * blobs, field types, namespaces, session types, list actions, filters, interfaces and messages with the dispatch's
 * behaviour, classes with fields and wire ids) and /api/protocol/readable (the spec's prose: the session flow, live
 * updates, errors, object ids). Only text nodes (dom.js): the spec's strings never become markup. Data the page
 * does not know by name (a key added to the spec later) is still shown, by the generic value renderer.
 */

const banners = new Banners(byId('banners'));
translatePage();
bindLanguageSelect(byId('lang-select'));
bindThemeSelect(byId('theme-select'));

/** "namespaceNumbering" → "namespace numbering". */
const words = (key) => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();

/** Any JSON value as nodes: text, a list of strings, a table of objects, or a definition list. */
export function value(v) {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) {
    if (!v.length) return h('span', { class: 'muted', text: '—' });
    if (v.every((x) => x === null || typeof x !== 'object')) {
      return v.length > 1 && v.every((x) => typeof x === 'string' && x.length > 24)
        ? h('ul', {}, v.map((x) => h('li', { text: x })))
        : v.map(String).join(', ');
    }
    if (v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) return table(v);
    return h('ul', {}, v.map((x) => h('li', {}, value(x))));
  }
  if (typeof v === 'object') {
    return h('dl', { class: 'spec-dl' }, Object.entries(v).flatMap(([k, x]) => [h('dt', { text: words(k) }),
      h('dd', {}, value(x))]));
  }
  return String(v);
}

/** A table of objects, one column per key seen (in first-seen order). */
function table(rows, columns) {
  const keys = columns || [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return h('div', { class: 'table-wrap' }, h('table', { class: 'spec-table' },
    h('thead', {}, h('tr', {}, keys.map((k) => h('th', { text: words(k) })))),
    h('tbody', {}, rows.map((r) => h('tr', {}, keys.map((k) => h('td', {}, value(r[k]))))))));
}

function section(id, title, ...children) {
  return h('section', { class: 'spec-section', attrs: { id } }, h('h2', { text: title }), children);
}

function wireFormatSections(spec) {
  const wire = spec.wireFormat || {};
  const known = {
    framing: t('protocol.framing'), primitives: t('protocol.encodings'), strings: t('protocol.strings'),
    objectBlob: t('protocol.object_blobs'), namespaceNumbering: t('protocol.namespaces'),
    sessionTypes: t('protocol.session_types'), listActions: t('protocol.list_actions'),
    filterLanguage: t('protocol.filters'), versions: t('protocol.versions'), ports: t('protocol.ports'),
  };
  const out = [];
  for (const [key, v] of Object.entries(wire)) {
    const extra = [];
    if (key === 'objectBlob') {
      extra.push(h('h3', { text: t('protocol.field_types') }), table(spec.fieldTypes || []),
        value((spec.notes || {}).fieldTypes));
    }
    if (key === 'namespaceNumbering') {
      extra.push(h('h3', { text: t('protocol.default_namespaces') }),
        table((spec.defaultNamespaces || []).map((n, i) => (typeof n === 'string' ? { number: i + 1, path: n } : n))));
    }
    out.push(section(`wire-${key}`, known[key] || words(key), value(v), extra));
  }
  return out;
}

function argumentsText(m) {
  if (!m.argumentsKnown) return h('span', { class: 'muted', text: t('protocol.arguments_unknown') });
  return (m.arguments || []).map((a) => `${a.name}: ${a.encoding}${a.objectClass ? ` (${a.objectClass})` : ''}`)
    .join(', ');
}

function interfaceSection(itf) {
  const rows = (itf.messages || []).map((m) => h('tr', { attrs: { id: `msg-${itf.name}-${m.name}` } },
    h('td', { class: 'num', text: String(m.id) }), h('td', {}, h('code', { text: m.name })),
    h('td', { text: m.direction || '' }), h('td', {}, argumentsText(m)), h('td', { text: m.summary || '' }),
    h('td', { text: m.dispatchBehaviour || '' })));
  const facts = [`${t('protocol.kind')}: ${itf.kind}`, itf.moduleId !== undefined && itf.moduleId !== null
    ? `${t('protocol.module_id')}: ${itf.moduleId}` : null,
  itf.servedBy && itf.servedBy.length ? `${t('protocol.served_by')}: ${itf.servedBy.join(', ')}` : null]
    .filter(Boolean).join(' · ');
  return h('section', { class: 'spec-interface', attrs: { id: `itf-${itf.name}` } },
    h('h3', { text: itf.name }), h('p', { text: itf.summary || '' }), h('p', { class: 'muted', text: facts }),
    rows.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'spec-table' },
      h('thead', {}, h('tr', {}, ['id', t('protocol.name'), t('protocol.direction'), t('protocol.arguments'),
        t('protocol.meaning'), t('protocol.dispatch_behaviour')].map((c) => h('th', { text: c })))),
      h('tbody', {}, rows))) : null);
}

function behaviours(spec) {
  const items = [];
  for (const itf of spec.interfaces || []) {
    for (const m of itf.messages || []) {
      if (m.dispatchBehaviour) {
        items.push(h('li', {}, h('a', { attrs: { href: `#msg-${itf.name}-${m.name}` } }, h('code', { text: m.name })),
          ` (${itf.name} ${m.id}): ${m.dispatchBehaviour}`));
      }
    }
  }
  return section('behaviours', t('protocol.behaviours'), h('p', { text: t('protocol.behaviours_intro') }),
    h('ul', {}, items));
}

function classSection(spec) {
  const typeName = new Map((spec.fieldTypes || []).map((f) => [f.code, f.name]));
  const classes = [...(spec.classes || [])].sort((a, b) => (a.classId ? 0 : 1) - (b.classId ? 0 : 1)
    || a.name.localeCompare(b.name));
  const list = h('div', { class: 'spec-classes' });
  const count = h('span', { class: 'result-count' });
  const fieldsOf = (c) => table((c.fields || []).map((f) => ({
    id: f.id, name: f.name, type: `${typeName.get(f.type) || f.type} (${f.type})`,
    item: f.itemClass ? `${f.itemClass}${f.itemNamespace ? ` (${f.itemNamespace})` : ''}` : null,
    description: f.description || null,
  })), ['id', 'name', 'type', 'item', 'description']);
  const entry = (c) => {
    const details = h('details', { class: 'spec-class', attrs: { id: `class-${c.name}` } },
      h('summary', {}, h('code', { text: c.name }), ` ${c.namespace || ''}`,
        c.classId ? h('span', { class: 'muted', text: ` · ${t('protocol.class_id')} ${c.classId}` }) : null,
        h('span', { class: 'muted', text: ` · ${t('protocol.field_count', { count: (c.fields || []).length })}` })));
    // fields drawn when opened: 553 classes, thousands of rows, most never looked at
    details.addEventListener('toggle', () => {
      if (details.open && details.childElementCount === 1) {
        details.append(h('p', { text: c.description || '' }),
          h('p', { class: 'muted', text: `${t('protocol.parent')}: ${c.parent || '-'}${c.parentNamespace
            ? ` (${c.parentNamespace})` : ''}` }), fieldsOf(c));
      }
    });
    return details;
  };
  const all = classes.map((c) => ({ c, node: entry(c), text: `${c.name} ${c.namespace} ${c.classId || ''} ${
    (c.fields || []).map((f) => f.name).join(' ')}`.toLowerCase() }));
  const search = h('input', { attrs: { type: 'search', placeholder: t('protocol.class_search'),
    'aria-label': t('protocol.class_search'), autocomplete: 'off', id: 'class-search' } });
  const show = () => {
    const q = search.value.trim().toLowerCase();
    const shown = all.filter((x) => !q || x.text.includes(q));
    replace(list, shown.map((x) => x.node));
    count.textContent = t('protocol.class_count', { shown: shown.length, total: all.length });
  };
  search.addEventListener('input', show);
  show();
  return section('classes', t('protocol.classes'), h('p', { text: t('protocol.classes_intro') }),
    value((spec.notes || {}).classes), h('div', { class: 'toolbar' }, search, count), list);
}

function contents(entries) {
  return h('nav', { class: 'spec-toc', attrs: { 'aria-label': t('protocol.contents') } },
    h('h2', { text: t('protocol.contents') }),
    h('ul', {}, entries.map(([id, title, children]) => h('li', {}, h('a', { attrs: { href: `#${id}` }, text: title }),
      children && children.length ? h('ul', {}, children.map(([cid, ctitle]) => h('li', {},
        h('a', { attrs: { href: `#${cid}` }, text: ctitle })))) : null))));
}

async function main() {
  const root = byId('protocol');
  const [spec, readable] = await Promise.all([getJson('/api/protocol'),
    getJson('/api/protocol/readable').catch((e) => ({ error: e }))]);
  const wire = wireFormatSections(spec);
  const prose = readable.error ? null : renderMarkdown(readable.text || '');
  if (readable.error) banners.show('readable', t('protocol.readable_failed', { message: readable.error.message }));
  const interfaces = section('interfaces', t('protocol.interfaces'), (spec.interfaces || []).map(interfaceSection));
  const toc = contents([
    ...wire.map((s) => [s.id, s.firstChild.textContent]),
    ['interfaces', t('protocol.interfaces'), (spec.interfaces || []).map((i) => [`itf-${i.name}`, i.name])],
    ['behaviours', t('protocol.behaviours')],
    ['classes', t('protocol.classes')],
    prose ? ['prose', t('protocol.prose'), prose.headings.filter((x) => x.level === 3).map((x) => [x.id, x.title])]
      : null,
  ].filter(Boolean));
  replace(root,
    h('p', { class: 'muted', id: 'spec-source' }, `${spec.source || ''} · ${t('protocol.spec_version')} ${
      spec.specVersion || ''} · `, h('a', { attrs: { href: '/api/protocol' }, text: t('protocol.json') })),
    value(spec.directions),
    toc, wire, interfaces, behaviours(spec), classSection(spec),
    prose ? h('section', { class: 'spec-section spec-prose', attrs: { id: 'prose' } }, prose.nodes) : null);
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  banners.show('spec', t('protocol.load_failed', { message: e.message }));
  document.body.dataset.ready = 'error';
});
