import { h } from '../lib/dom.js';
import { count, dateTime, duration, percent, phone, sessionShort, orDash } from '../lib/format.js';
import { t, labelOf } from '../lib/i18n.js';
import { directionIcon } from '../lib/badges.js';

/**
 * The columns of the three report tables (lib/table.js), one per field of the API's rows, under the catalogue's
 * labels. Values are shown as the API sent them: counts, ratios as percentages, seconds as durations, queues by the
 * queue_name the API gives (the live tables' name; the full stored queue is for scripts).
 */

/** An interval's start at the report's grain: "2026-02-10 09:15", "2026-02-10" (day, week), "2026-02" (month). */
export function intervalLabel(iso, interval) {
  return atGrain(dateTime(iso), interval);
}

/** "2026-02-10 09:15:00" (the page's one date format) cut to a report's grain. */
export function atGrain(text, interval) {
  if (text === '-') return text;
  if (interval === 'month') return text.slice(0, 7);
  if (interval === 'day' || interval === 'week') return text.slice(0, 10);
  return text.slice(0, 16);
}

/** What a figure counts, as its header's tooltip: the definitions are the server's (cccp-history's README). */
function definition(key) {
  switch (key) {
    case 'offered': return t('reports.col.offered_title');
    case 'short_abandoned': return t('reports.col.short_abandoned_title');
    case 'service_level': return t('reports.col.service_level_title');
    case 'transferred': return t('reports.col.transferred_title');
    case 'overflowed': return t('reports.col.overflowed_title');
    case 'handled': return t('reports.col.handled_title');
    default: return undefined;
  }
}

const num = (key, label = t(`reports.col.${key}`)) => ({
  key, label, title: definition(key), numeric: true, sortValue: (r) => r[key], cell: (r) => count(r[key]),
});
const secs = (key, label = t(`reports.col.${key}`)) => ({
  key, label, numeric: true, sortValue: (r) => r[key], cell: (r) => duration(r[key]),
});
const ratio = (key) => ({
  key, label: t(`reports.col.${key}`), title: definition(key), numeric: true, sortValue: (r) => r[key],
  cell: (r) => percent(r[key]),
});
const interval = (grain) => ({
  key: 'interval', label: t('reports.col.interval'), sortValue: (r) => r.interval, cell: (r) => intervalLabel(r.interval, grain),
});

export function queueColumns(grain) {
  return [
    interval(grain),
    { key: 'queue', label: t('reports.col.queue'), sortValue: (r) => r.queue_name, cell: (r) => orDash(r.queue_name) },
    num('offered'), num('answered'), num('abandoned'), num('short_abandoned'), ratio('service_level'),
    secs('service_level_target_s'), secs('avg_wait_s'), secs('max_wait_s'), secs('asa_s'), secs('avg_talk_s'),
    secs('aht_s'), num('transferred'), num('overflowed'),
  ];
}

/** The agent table: the fixed columns, then one per pause reason the answer names (pause_<reason>). */
export function agentColumns(grain, apiColumns) {
  const reasons = (apiColumns || []).filter((c) => c.startsWith('pause_') && c !== 'pause_s');
  return [
    interval(grain),
    { key: 'agent', label: t('reports.col.agent'), sortValue: (r) => r.agent, cell: (r) => orDash(r.agent) },
    secs('logged_s'), secs('available_s'), secs('talking_s'), secs('ringing_s'), secs('wrap_up_s'), secs('pause_s'),
    ...reasons.map((c) => secs(c, t('reports.col.pause_reason', { reason: c === 'pause_no_reason' ? '-' : c.slice(6) }))),
    num('handled'), secs('aht_s'), ratio('occupancy'),
  ];
}

export function callColumns() {
  return [
    { key: 'start', label: t('reports.col.start'), sortValue: (r) => r.start, cell: (r) => dateTime(r.start) },
    { key: 'direction', label: '', title: t('reports.col.direction'), sortValue: (r) => r.direction,
      cell: (r) => directionIcon(r.direction) },
    { key: 'caller', label: t('reports.col.caller'), sortValue: (r) => r.caller, cell: (r) => phone(r.caller) },
    { key: 'called', label: t('reports.col.called'), sortValue: (r) => r.called, cell: (r) => phone(r.called) },
    { key: 'queue', label: t('reports.col.queue'), sortValue: (r) => r.queue_name, cell: (r) => orDash(r.queue_name) },
    { key: 'agent', label: t('reports.col.agent'), sortValue: (r) => r.agent, cell: (r) => orDash(r.agent) },
    { key: 'disposition', label: t('reports.col.disposition'), sortValue: (r) => r.disposition,
      text: (r) => dispositionLabel(r.disposition),
      cell: (r) => h('span', { class: 'disposition', dataset: { disposition: r.disposition || '' },
        text: dispositionLabel(r.disposition) }) },
    secs('wait_s'), secs('talk_s'),
    { key: 'session_id', label: t('reports.col.session'), sortValue: (r) => r.session_id,
      cell: (r) => h('span', { class: 'mono', title: r.session_id, text: sessionShort(r.session_id) }) },
  ];
}

/** The catalogue's name of a disposition the API sent (the API decides which one a call has). */
export function dispositionLabel(wire) {
  return wire ? labelOf('reports.disposition', wire) : '-';
}

