import { h } from './dom.js';
import { orDash } from './format.js';
import { t } from './i18n.js';

/**
 * Colour rules for badges, kept from the original and extended to English states:
 * agent state "supervision"/"ready" green, on a call blue, ringing purple, pause amber, unplugged grey.
 */
export function stateColour(state) {
  const text = orDash(state).toLowerCase();
  // Wrap-up ("post-appel", "after call") first: it contains "appel"/"call" but is not a call.
  if (/pause|break|wrap|post|after|acw|repli/.test(text)) return 'amber';
  if (/supervision|disponible|available|ready|libre|idle|free/.test(text)) return 'green';
  if (/appel|call|talk|convers|busy|occup/.test(text)) return 'blue';
  if (/ring|sonn|alert/.test(text)) return 'purple';
  if (/offline|unplug|logged out|déconn|deconn|error/.test(text)) return 'red';
  return '';
}

/** Mode colours: supervisor purple, agent green, "interface" amber, anything else (unplugged) grey. */
export function modeColour(mode) {
  const text = orDash(mode).toLowerCase();
  if (text.includes('supervisor') || text.includes('superviseur')) return 'purple';
  if (text.includes('agent')) return 'green';
  if (text.includes('interface')) return 'amber';
  return '';
}

/** Call states of the API: ringing, waiting, talking, ended. */
export function callStateColour(state) {
  switch (state) {
    case 'ringing': return 'purple';
    case 'waiting': return 'amber';
    case 'talking': return 'blue';
    default: return '';
  }
}

/** A badge element; the text is data and goes in as text. */
export function badge(text, colour) {
  const label = orDash(text);
  return h('span', { class: `badge ${colour || ''}`.trim(), text: label, title: label });
}

/** Counter pill (logged green, working blue, waiting amber). */
export function pill(value, colour) {
  return h('span', { class: `pill ${colour}`, text: value === null || value === undefined ? '-' : String(value) });
}

const DIRECTIONS = {
  incoming: { symbol: '↓', label: () => t('direction.incoming') },
  outgoing: { symbol: '↑', label: () => t('direction.outgoing') },
  unknown: { symbol: '—', label: () => t('direction.unknown') },
};

/** Direction icon of a call. */
export function directionIcon(callType) {
  const key = Object.prototype.hasOwnProperty.call(DIRECTIONS, callType) ? callType : 'unknown';
  const { symbol } = DIRECTIONS[key];
  const label = DIRECTIONS[key].label();
  return h('span', { class: `dir ${key}`, text: symbol, title: label, attrs: { 'aria-label': label } });
}

/** Colours of the model's statuses (agents and calls alike), as the API spells them. */
const STATUS_COLOURS = {
  available: 'green', supervising: 'green', ringing: 'purple', talking: 'blue', wrap_up: 'amber', pause: 'amber',
  logged_out: '', ivr: 'purple', waiting: 'amber', transferring: 'purple', ended: '',
};

/** Badge colour of a status ("talking" -> "blue"); unknown statuses are plain. */
export function statusColour(status) {
  return STATUS_COLOURS[status] || '';
}
