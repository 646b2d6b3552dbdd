import { getJson, onUnauthenticated, redirectToLogin } from './lib/api.js';
import { t } from './lib/i18n.js';
import { dateTime, duration, phone, setDisplayZone } from './lib/format.js';
import { SessionConsole } from './console/session-console.js';
import { dispositionLabel } from './reports/columns.js';

/*
 * Stored call console (/reports/console?project=P&session=S): one ended call's events as the call history keeps
 * them (GET /api/calls/<session>/events), in the shared SessionConsole grid. No log replay, no live stream: a
 * stored call does not change. A line above the grid says what the history knows of the call.
 */

const LOAD_TIMEOUT_MS = 30000;

const params = new URLSearchParams(location.search);
const session = params.get('session') || '';
const project = params.get('project') || '';

const view = new SessionConsole({
  title: t('reports.console.title'),
  badge: t('reports.console.badge'),
  context: { id: 'c-project', label: t('console.project') },
  closeNotice: t('reports.console.close_notice'),
  emptyText: t('reports.console.empty'),
});

onUnauthenticated(() => redirectToLogin());
view.setField('c-project', project);
view.setField('c-session', session);
document.title = [session ? session.split('@')[0] : t('common.session'), project, t('reports.console.title')]
  .filter(Boolean).join(' · ');

if (!session || !project) {
  view.refuse(t('console.no_session'), t('reports.console.no_session_text'));
} else {
  view.use({
    fetch: async () => {
      const answer = await getJson(`/api/calls/${encodeURIComponent(session)}/events`, { project },
        { timeoutMs: LOAD_TIMEOUT_MS });
      setDisplayZone(answer.zone);
      showCall(answer.call);
      return { objectId: '-', timeZone: answer.zone, rows: answer.rows };
    },
    isMissing: (error) => error.code === 'session_not_found',
    failureText: (error) => (error.code === 'session_not_found'
      ? t('reports.console.not_stored') : t('console.no_events_loaded')),
  });
  view.load();
}

/** The stored call's row, in one line above the events (as the API sent it). */
function showCall(call) {
  if (!call) {
    view.banners.clear('call');
    return;
  }
  view.banners.show('call', t('reports.console.call', {
    start: dateTime(call.start), caller: phone(call.caller), called: phone(call.called), queue: call.queue_name || '-',
    agent: call.agent || '-', disposition: dispositionLabel(call.disposition), wait: duration(call.wait_s),
    talk: duration(call.talk_s),
  }), 'info');
}
