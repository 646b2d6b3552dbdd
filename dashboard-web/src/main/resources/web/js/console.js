import { postJson, getJson, setCsrfToken, onUnauthenticated, redirectToLogin, withQuery } from './lib/api.js';
import { t } from './lib/i18n.js';
import { SessionConsole } from './console/session-console.js';

/*
 * Live session console: every event of one call session, then the new ones over SSE while the call goes on.
 * The grid, search, copy and keys are the shared SessionConsole; this page only supplies the live data source.
 * The project comes from the link (?project=), never from whatever another tab selected last.
 */

const LOAD_TIMEOUT_MS = 30000;
const MAX_STREAM_FAILURES = 5;

const params = new URLSearchParams(location.search);
const session = params.get('session') || '';
const project = params.get('project') || '';

const view = new SessionConsole({
  title: t('console.title'),
  context: { id: 'c-project', label: t('console.project') },
  closeNotice: t('console.close_notice'),
  emptyText: t('console.empty'),
});
let stream = null;
let streamFailures = 0;
/** Rows the last POST listed: where the live stream takes over. */
let loadedRows = 0;

onUnauthenticated(() => redirectToLogin());
view.setField('c-project', project || t('console.selected_project'));
view.setField('c-session', session);
document.title = t('console.page_title',
  { session: [session ? session.split('@')[0] : t('common.session'), project].filter(Boolean).join(' · ') });

start();

async function start() {
  if (!session) {
    view.refuse(t('console.no_session'), t('console.no_session_text'));
    return;
  }
  if (!project) {
    view.banners.show('project', t('console.no_project'), 'warning');
  }
  try {
    const me = await getJson('/api/me');
    setCsrfToken(me.csrf_token);
    if (me.role !== 'operator') {
      view.refuse(t('console.not_allowed'), t('console.needs_operator'));
      return;
    }
  } catch (error) {
    if (error.status === 401) return;
    view.banners.show('identity', t('console.identity_failed', { message: error.message }), 'warning');
  }
  view.use({
    fetch: async () => {
      const answer = await postJson('/api/console/session', { session, project: project || undefined },
        { timeoutMs: LOAD_TIMEOUT_MS });
      loadedRows = Array.isArray(answer.columns) ? answer.columns.length : 0;
      return { objectId: answer.object_id, context: project ? null : answer.project, timeZone: answer.time_zone,
        rows: answer.columns };
    },
    isMissing: (error) => error.code === 'session_not_found',
    failureText: (error) => (error.code === 'session_not_found'
      ? t('console.session_gone') : t('console.no_events_loaded')),
    loaded: openStream,
  });
  await view.load();
}

/** Live rows over SSE; the server resumes with Last-Event-ID when the browser reconnects. */
function openStream() {
  if (stream || typeof EventSource === 'undefined') return;
  // after=N: the server first sends the rows that arrived between the POST and this stream, so none is missed
  stream = new EventSource(withQuery('/api/console/stream',
    { project: project || undefined, session, after: loadedRows }));
  stream.addEventListener('open', () => view.setStatus('live', t('conn.live')));
  stream.addEventListener('console', (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    streamFailures = 0;
    view.setStatus('live', t('conn.live'));
    view.appendRows(Array.isArray(data) ? data : [data && data.row ? data.row : data]);
  });
  stream.addEventListener('error', () => {
    streamFailures += 1;
    // A stream that keeps dying without delivering anything is given up (Enter retries).
    if (stream && (stream.readyState === EventSource.CLOSED || streamFailures >= MAX_STREAM_FAILURES)) {
      stream.close();
      stream = null;
      streamFailures = 0;
      view.setStatus('ok', t('console.stopped'));
    } else {
      view.setStatus('loading', t('conn.reconnecting'));
    }
  });
}
