import { onUnauthenticated, redirectToLogin, getJson } from '/static/js/lib/api.js';
import { SessionConsole } from '/static/js/console/session-console.js';
import { t } from '/static/js/lib/i18n.js';

/*
 * Replay console: every event of one session of a replay snapshot (exact session id). The grid, search, copy and
 * keys are the live console's (SessionConsole); this page only supplies the replay endpoint. A replayed day does
 * not change, so there is no live stream.
 */

const LOAD_TIMEOUT_MS = 30000;
const MISSING = ['session_not_found', 'snapshot_not_found'];

const params = new URLSearchParams(location.search);
const snapshot = params.get('snapshot') || '';
const session = params.get('session') || '';

const view = new SessionConsole({
  title: t('replay.console.title'),
  badge: 'RLOG', // the log format's name
  context: { id: 'c-snapshot', label: t('replay.console.snapshot') },
  closeNotice: t('replay.console.close_notice'),
  emptyText: t('replay.console.empty'),
});

onUnauthenticated(() => redirectToLogin());
view.setField('c-snapshot', snapshot);
view.setField('c-session', session);
document.title = t('replay.console.page_title', { session: session ? session.split('@')[0] : t('common.session') });

if (!snapshot || !session) {
  view.refuse(t('console.no_session'), t('replay.console.no_session'));
} else {
  view.use({
    fetch: async () => {
      const answer = await getJson(`/api/replay/snapshots/${encodeURIComponent(snapshot)}/sessions/${encodeURIComponent(session)}/events`,
        undefined, { timeoutMs: LOAD_TIMEOUT_MS });
      return { objectId: answer.object_id, context: `${answer.project} ${answer.date}`, timeZone: answer.time_zone,
        rows: answer.columns };
    },
    isMissing: (error) => MISSING.includes(error.code),
    failureText: (error) => (MISSING.includes(error.code)
      ? t('replay.console.missing') : t('console.no_events_loaded')),
  });
  view.load();
}
