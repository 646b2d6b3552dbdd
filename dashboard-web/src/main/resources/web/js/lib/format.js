/** Formatting of server values for display. Pure functions, no DOM. */

const pad = (n) => String(n).padStart(2, '0');

/** A value the original printed as "undefined" or "-" is shown as a dash. */
export function orDash(value) {
  if (value === null || value === undefined) return '-';
  const text = String(value);
  return text === '' || text === 'undefined' || text === 'null' ? '-' : text;
}

/*
 * Every date of a page is shown in ONE format, "2026-02-08 10:03:46", in the project's time zone (the server's
 * time_zone), whatever the browser's own zone; the page says once which zone that is (zoneLabel). Until the
 * server named it, the browser's zone is used.
 */
let displayZone;
let formatter = makeFormatter(undefined);

function makeFormatter(zone) {
  try {
    return new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
  } catch (e) {
    return null; // unknown zone: callers fall back to the browser's
  }
}

/** Sets the zone dates are shown in (an IANA id such as "Europe/Paris"); an unknown id keeps the browser's. */
export function setDisplayZone(zone) {
  const next = zone ? makeFormatter(zone) : null;
  displayZone = next ? zone : undefined;
  formatter = next || makeFormatter(undefined);
}

/** The IANA id of the display zone, or undefined while it is the browser's. */
export function displayZoneId() {
  return displayZone;
}

/** The zone dates are shown in, with its current offset: "Europe/Paris (UTC+01:00)". */
export function zoneLabel(now = new Date()) {
  const zone = displayZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  let offset = '';
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(now).find((p) => p.type === 'timeZoneName');
    offset = part ? part.value.replace('GMT', 'UTC') : '';
  } catch (e) {
    offset = '';
  }
  if (offset === 'UTC') offset = 'UTC+00:00';
  return offset ? `${zone} (${offset})` : zone;
}

/** A Date (or epoch ms) as "2026-02-08 10:03:46" in the display zone. */
export function formatDate(date) {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) return '-';
  return formatter.format(d).replace('T', ' ');
}

/** An ISO-8601 value (any offset) as "2026-02-08 10:03:46" in the display zone; "-" when absent. */
export function dateTime(iso) {
  if (!iso || typeof iso !== 'string') return '-';
  const epoch = Date.parse(iso);
  return Number.isFinite(epoch) ? formatDate(epoch) : iso;
}

/** Clock time "10:03:46" of epoch ms in the display zone (chart axes). */
export function timeOfDay(epochMs) {
  return formatDate(epochMs).slice(11);
}

/** Clock time "10:03:46" of a Date in the display zone. */
export function clock(date) {
  return timeOfDay(date instanceof Date ? date.getTime() : date);
}

/** The former name of dateTime (same single format, now in the display zone). */
export const wallTime = dateTime;

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
