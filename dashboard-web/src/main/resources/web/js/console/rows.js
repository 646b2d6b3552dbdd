import { h } from '../lib/dom.js';
import { dateTime } from '../lib/format.js';

/**
 * One console row = six cells: date (the page's one date format, in the project's zone), source, target, state,
 * name, data.
 * In data, "X-..." SIP header tokens and "Called number... / Caller's number..." phrases are coloured.
 */

export const COLUMNS = ['date', 'source', 'target', 'state', 'name', 'data'];

// A phrase naming a number, up to and including the number (or URI) that follows it.
const NUMBER_PHRASE = /(?:Called number|Caller's number|Caller number|Calling number|The number called is)(?:\s*(?:is|:|=))?\s*[^\s;,|]+/gi;
const X_HEADER = /(^|[\s;,|{("'])(X-[A-Za-z0-9-]+(?:\s*[:=]\s*[^\s;,|)}"']*)?)/g;

/** Builds the <tr> for a row. */
export function renderRow(row) {
  const tr = h('tr', { dataset: { id: String(row.id ?? '') } });
  for (const column of COLUMNS) {
    const td = h('td', { class: `c-${column}` });
    if (column === 'data') appendData(td, text(row.data));
    else td.textContent = cellText(row, column);
    tr.append(td);
  }
  return tr;
}

/** Text searched for a row: all six columns. */
export function searchText(row) {
  return COLUMNS.map((column) => cellText(row, column)).join('\u0000').toLowerCase();
}

function cellText(row, column) {
  return column === 'date' ? dateTime(row.date) : text(row[column]);
}

function text(value) {
  return value === null || value === undefined ? '' : String(value);
}

/** Splits data into plain text and coloured spans (as text nodes, never markup). */
export function appendData(td, data) {
  const spans = [];
  for (const match of data.matchAll(NUMBER_PHRASE)) spans.push({ start: match.index, end: match.index + match[0].length, cls: 'tok-number' });
  for (const match of data.matchAll(X_HEADER)) {
    const start = match.index + match[1].length;
    const end = start + match[2].length;
    if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, cls: 'tok-x' });
  }
  spans.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) td.append(document.createTextNode(data.slice(at, span.start)));
    td.append(h('span', { class: span.cls, text: data.slice(span.start, span.end) }));
    at = span.end;
  }
  if (at < data.length) td.append(document.createTextNode(data.slice(at)));
}
