/** Formatting of server values for display. Pure functions, no DOM. */

const pad = (n) => String(n).padStart(2, '0');

/** A value the original printed as "undefined" or "-" is shown as a dash. */
export function orDash(value) {
  if (value === null || value === undefined) return '-';
  const text = String(value);
  return text === '' || text === 'undefined' || text === 'null' ? '-' : text;
}

/** Local clock time with seconds, 24 h: "14:03:09". */
export function clock(date) {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * Wall-clock date and time of an ISO-8601 value as the server wrote it (its own offset), e.g.
 * "2026-02-08T10:03:46+01:00" -> "2026-02-08 10:03:46". Keeping the server's wall clock means
 * "today" and every time shown agree with the contact center, whatever the browser's time zone.
 */
export function wallTime(iso) {
  if (!iso || typeof iso !== 'string') return '-';
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)/.exec(iso);
  if (!m) return iso;
  return `${m[1]} ${m[2].length === 5 ? m[2] + ':00' : m[2]}`;
}

/** Epoch milliseconds of an ISO value, or NaN. */
export function epochOf(iso) {
  if (!iso || typeof iso !== 'string') return NaN;
  return Date.parse(iso);
}

/** Duration in seconds as "45s", "12m 05s", "1h 02m 05s" (negative or unknown -> "-"). */
export function duration(seconds) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return '-';
  const s = Math.floor(seconds);
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (hours > 0) return `${hours}h ${pad(minutes)}m ${pad(rest)}s`;
  if (minutes > 0) return `${minutes}m ${pad(rest)}s`;
  return `${rest}s`;
}

/** Seconds elapsed since an ISO instant at `now` (epoch ms), or NaN. */
export function secondsSince(iso, now) {
  const start = epochOf(iso);
  return Number.isFinite(start) ? Math.max(0, (now - start) / 1000) : NaN;
}

/** Phone / SIP address for display: "tel:0102" -> "0102", "sip:0102@10.0.0.1" -> "0102". */
export function phone(uri) {
  const text = orDash(uri);
  if (text === '-') return text;
  return text.replace(/^(tel|sip|sips):/i, '').replace(/@.*$/, '');
}

/** The part of a session id before "@" ("session_15918@15101.17...Ccxml.host" -> "session_15918"). */
export function sessionShort(sessionId) {
  const text = orDash(sessionId);
  const at = text.indexOf('@');
  return at > 0 ? text.slice(0, at) : text;
}

/** 0..1 ratio as a percentage, or "-". */
export function percent(ratio) {
  return typeof ratio === 'number' && Number.isFinite(ratio) ? `${Math.round(ratio * 1000) / 10}%` : '-';
}

/** Integer for display, or "-". */
export function count(value) {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : orDash(value);
}
