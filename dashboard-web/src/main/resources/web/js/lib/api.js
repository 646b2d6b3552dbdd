import { t } from './i18n.js';

/**
 * JSON client for the dashboard API: every request has a deadline, every write carries the CSRF token,
 * and every failure becomes an ApiError with the server's own code and message (never a blocking alert dialog).
 */

const DEFAULT_TIMEOUT_MS = 15000;

/** A failed API call: HTTP status (0 = network/timeout), server error code and a readable message. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

let csrfToken = null;
let unauthenticatedHandler = null;

/** Sets the token sent as X-CSRF-Token on every write (from /api/me or /api/login). */
export function setCsrfToken(token) {
  csrfToken = token || null;
}

/** Called once when the server answers 401 (auth on, not logged in). */
export function onUnauthenticated(handler) {
  unauthenticatedHandler = handler;
}

/** Builds "path?k=v&..." skipping empty values. */
export function withQuery(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** GET a JSON document. */
export function getJson(path, params, options) {
  return request('GET', withQuery(path, params), undefined, options);
}

/** POST a JSON body, with the CSRF header. */
export function postJson(path, body, options) {
  return request('POST', path, body, options);
}

/** DELETE a resource, with the CSRF header. */
export function deleteJson(path, options) {
  return request('DELETE', path, undefined, options);
}

async function request(method, url, body, { timeoutMs = DEFAULT_TIMEOUT_MS, signal } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onOuterAbort = () => controller.abort();
  if (signal) signal.addEventListener('abort', onOuterAbort, { once: true });
  const headers = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: controller.signal,
    });
  } catch (cause) {
    const timedOut = controller.signal.aborted && !(signal && signal.aborted);
    throw new ApiError(0, timedOut ? 'timeout' : 'network',
      timedOut ? t('api.timeout', { seconds: Math.round(timeoutMs / 1000) }) : t('api.unreachable'));
  } finally {
    clearTimeout(timer);
    if (signal) signal.removeEventListener('abort', onOuterAbort);
  }
  const payload = await readJson(response);
  if (response.ok) return payload;
  const error = payload && payload.error && typeof payload.error === 'object' ? payload.error : {};
  const failure = new ApiError(response.status, error.code || `http_${response.status}`,
    error.message || t('api.status', { status: response.status, text: response.statusText }).trim());
  if (response.status === 401 && unauthenticatedHandler) unauthenticatedHandler(failure);
  throw failure;
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch (e) {
    if (response.ok) throw new ApiError(response.status, 'bad_response', t('api.bad_json'));
    return null;
  }
}

/** Sends the browser to the login page, coming back to the current page afterwards. */
export function redirectToLogin() {
  const next = location.pathname + location.search + location.hash;
  location.assign(withQuery('/login', { next }));
}
