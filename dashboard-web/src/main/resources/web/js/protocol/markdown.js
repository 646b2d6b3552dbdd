import { h } from '../lib/dom.js';

/*
 * The subset of Markdown the readable spec (protocol-spec's README) is written in, turned into DOM nodes with
 * dom.js: headings, paragraphs, bullet and numbered lists, tables, fenced code, and inline `code`, **bold** and
 * [links](…). Every piece of text becomes a text node; nothing is ever parsed as HTML, so the text cannot inject
 * markup. Links keep their href only when it stays on the page (#…) or is an https address; others show as text.
 */

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline spans of one block's text, as an array of nodes and strings for h(). */
export function inline(text) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[1] !== undefined) out.push(h('code', { text: m[1] }));
    else if (m[2] !== undefined) out.push(h('strong', {}, inline(m[2])));
    else {
      const href = m[4];
      const safe = href.startsWith('#') || href.startsWith('https://');
      out.push(safe ? h('a', { attrs: { href } }, inline(m[3])) : h('span', {}, inline(m[3])));
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const cells = (line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
const isRule = (line) => /^\|?\s*:?-{3,}/.test(line.trim()) && /^[|\s:-]+$/.test(line.trim());
const bullet = /^(\s*)(?:[*-]|\d+\.)\s+(.*)$/;

/** Anchor of a heading: "## 5. Explorer session flow" → "spec-5-explorer-session-flow". */
export function anchor(title) {
  return `spec-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/**
 * Renders Markdown text into block nodes. Headings go one level down (# → h2) since the page has its own h1;
 * each heading gets an id from anchor() so that a table of contents can point at it.
 * @returns {{nodes: Node[], headings: {level: number, title: string, id: string}[]}}
 */
export function render(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const nodes = [];
  const headings = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) { i += 1; continue; }
    const heading = /^(#{1,5})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(heading[1].length + 1, 6);
      const title = heading[2].trim();
      const id = anchor(title);
      headings.push({ level, title, id });
      nodes.push(h(`h${level}`, { attrs: { id } }, inline(title)));
      i += 1;
      continue;
    }
    if (line.startsWith('```')) {
      const body = [];
      i += 1;
      while (i < lines.length && !lines[i].startsWith('```')) { body.push(lines[i]); i += 1; }
      i += 1;
      nodes.push(h('pre', {}, h('code', { text: body.join('\n') })));
      continue;
    }
    if (line.trim().startsWith('|') && i + 1 < lines.length && isRule(lines[i + 1])) {
      const head = cells(line);
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) { rows.push(cells(lines[i])); i += 1; }
      nodes.push(h('div', { class: 'table-wrap' }, h('table', { class: 'spec-table' },
        h('thead', {}, h('tr', {}, head.map((c) => h('th', {}, inline(c))))),
        h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, inline(c)))))))));
      continue;
    }
    if (bullet.test(line)) {
      const ordered = /^\s*\d+\./.test(line);
      const items = [];
      while (i < lines.length && lines[i].trim()) {
        const m = bullet.exec(lines[i]);
        if (m && m[1].length < 2) items.push(m[2]);
        else if (items.length) items[items.length - 1] += ` ${lines[i].trim()}`;
        else break;
        i += 1;
      }
      nodes.push(h(ordered ? 'ol' : 'ul', {}, items.map((item) => h('li', {}, inline(item)))));
      continue;
    }
    const paragraph = [];
    while (i < lines.length && lines[i].trim() && !/^(#{1,5}\s|```|\|)/.test(lines[i]) && !bullet.test(lines[i])) {
      paragraph.push(lines[i].trim());
      i += 1;
    }
    if (!paragraph.length) { paragraph.push(line.trim()); i += 1; }
    nodes.push(h('p', {}, inline(paragraph.join(' '))));
  }
  return { nodes, headings };
}
