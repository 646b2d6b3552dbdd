import { getJson, withQuery } from './api.js';
import { t } from './i18n.js';

const POLL_INTERVAL_MS = 5000;
const SSE_RETRY_AFTER_POLLING_MS = 60000;
const MAX_FAILED_OPENS = 3;
// The server sends a snapshot first on every fresh stream; a stream that stays mute is being held back
// (typically by a buffering proxy) and counts as blocked.
const FIRST_SNAPSHOT_DEADLINE_MS = 15000;

/**
 * Live feed of one project: Server-Sent Events from /api/events/stream, with the browser's own
 * reconnect (which sends Last-Event-ID so the server resumes where we left off). When the stream
 * cannot be opened (a proxy blocking SSE, repeated failures) it falls back to polling /api/status
 * every 5 s, says so through onMode, and tries the stream again every minute.
 *
 * Modes reported: "connecting", "live", "reconnecting", "polling", "offline".
 */
export class LiveFeed {
  /**
   * @param {{project: string, views?: string[], onSnapshot: (status) => void, onEvent: (type, data, id) => void,
   *          onMode: (mode, detail) => void, onError: (error) => void}} options
   *   views: the rows the page shows ("users", "queues", "calls"); the stream and its snapshot carry only those
   *   (default: all). The KPIs, the agents' counts, the connection and the alerts always come.
   */
  constructor(options) {
    this.options = options;
    this.source = null;
    this.pollTimer = null;
    this.retryTimer = null;
    this.failedOpens = 0;
    this.snapshotTimer = null;
    this.mode = null;
    this.stopped = false;
  }

  start() {
    this.openStream();
  }

  stop() {
    this.stopped = true;
    this.closeStream();
    this.stopPolling();
    clearTimeout(this.retryTimer);
  }

  openStream() {
    if (this.stopped) return;
    this.closeStream();
    if (typeof EventSource === 'undefined') {
      this.startPolling(t('live.no_eventsource'));
      return;
    }
    this.setMode(this.mode === 'polling' ? 'polling' : 'connecting');
    const views = Array.isArray(this.options.views) ? this.options.views.join(',') : undefined;
    const source = new EventSource(withQuery('/api/events/stream', { project: this.options.project, views }));
    this.source = source;
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => {
      if (source !== this.source || this.stopped) return;
      this.failedOpens = MAX_FAILED_OPENS;
      this.handleStreamError(source);
    }, FIRST_SNAPSHOT_DEADLINE_MS);
    // Failures are only forgiven once data flowed: a stream that opens and dies at once is still failing.
    source.addEventListener('error', () => this.handleStreamError(source));
    source.addEventListener('snapshot', (event) => {
      const data = this.parse(event);
      if (!data) return;
      this.receivedData();
      this.stopPolling();
      clearTimeout(this.retryTimer);
      this.setMode('live');
      this.options.onSnapshot(data);
    });
    for (const type of ['user', 'queue', 'call', 'kpi', 'agents', 'connection', 'alert']) {
      source.addEventListener(type, (event) => {
        const data = this.parse(event);
        if (!data) return;
        this.receivedData();
        if (this.mode !== 'live' && this.pollTimer === null) this.setMode('live');
        this.options.onEvent(type, data, event.lastEventId);
      });
    }
  }

  receivedData() {
    this.failedOpens = 0;
    clearTimeout(this.snapshotTimer);
  }

  parse(event) {
    try {
      return JSON.parse(event.data);
    } catch (error) {
      console.warn('ignoring a malformed live event', event.type);
      return null;
    }
  }

  handleStreamError(source) {
    if (source !== this.source || this.stopped) return;
    if (source.readyState === EventSource.CLOSED || this.failedOpens >= MAX_FAILED_OPENS) {
      // The server refused the stream (HTTP error or not an event stream): no automatic retry.
      this.failedOpens = MAX_FAILED_OPENS;
    } else {
      this.failedOpens += 1;
    }
    if (this.failedOpens >= MAX_FAILED_OPENS) {
      this.closeStream();
      this.startPolling(t('live.unavailable'));
    } else if (this.pollTimer === null) {
      this.setMode('reconnecting');
    }
  }

  closeStream() {
    clearTimeout(this.snapshotTimer);
    if (this.source) {
      this.source.close();
      this.source = null;
    }
  }

  startPolling(reason) {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.failedOpens = 0;
      this.openStream();
    }, SSE_RETRY_AFTER_POLLING_MS);
    if (this.pollTimer !== null) return;
    this.setMode('polling', reason);
    const poll = async () => {
      try {
        const status = await getJson('/api/status', { project: this.options.project }, { timeoutMs: POLL_INTERVAL_MS * 2 });
        if (this.pollTimer === null) return;
        this.setMode('polling', reason);
        this.options.onSnapshot(status);
      } catch (error) {
        if (this.pollTimer === null) return;
        this.setMode('offline', error.message);
        this.options.onError(error);
      }
    };
    this.pollTimer = setInterval(poll, POLL_INTERVAL_MS);
    poll();
  }

  stopPolling() {
    if (this.pollTimer !== null) {
      clearInterval(this.pollTimer);
      this.pollTimer = null;
    }
  }

  setMode(mode, detail) {
    if (mode === this.mode && !detail) return;
    this.mode = mode;
    this.options.onMode(mode, detail || '');
  }
}
