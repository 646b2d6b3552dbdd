import { onUnauthenticated, redirectToLogin, getJson } from '/static/js/lib/api.js';
import { SessionConsole } from '/static/js/console/session-console.js';

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
  title: 'Replay console',
  badge: 'RLOG',
  context: { id: 'c-snapshot', label: 'Snapshot' },
  closeNotice: 'This tab was not opened by the History page; close it with your browser.',
  emptyText: 'No events for this session.',
});

onUnauthenticated(() => redirectToLogin());
view.setField('c-snapshot', snapshot);
view.setField('c-session', session);
document.title = `${session ? session.split('@')[0] : 'Session'} · replay console`;

if (!snapshot || !session) {
  view.refuse('No session', 'The link names no snapshot or session: open the console from a call of the History page.');
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
      ? 'Not in this snapshot (or the snapshot was deleted or expired).' : 'No events loaded.'),
  });
  view.load();
}
