/**
 * Ended calls kept besides the live ones: the Calls tab's first page, as the server's snapshot sends it (the
 * day's older calls are paged through /api/history), so a browser's memory does not grow with the day.
 */
const ENDED_CALLS_KEPT = 100;
/** Ended calls added before the oldest are trimmed (a sort of the calls: done in batches, not per event). */
const TRIM_EVERY = 20;

/**
 * The dashboard's state for one project: users, queues and calls keyed by object_id, KPIs, the intraday curve,
 * the server's connection state and when anything last changed. Snapshots replace everything; events change one
 * row; a kpi event appends one point to the curve (read whole from /api/kpis/series). Calls are the live ones
 * plus the newest ended ones (ENDED_CALLS_KEPT); historyCount is the day's total.
 * Views subscribe and are told which part changed; notifications are batched so a burst of events
 * costs one render.
 */
export class DashboardStore {
  constructor() {
    this.project = null;
    this.host = '';
    this.port = null;
    this.users = new Map();
    this.queues = new Map();
    this.calls = new Map();
    this.historyCount = 0;
    this.endedSinceTrim = 0;
    this.kpis = null;
    this.series = [];
    this.dayStart = null;
    this.timeZone = null;
    this.connection = null;
    this.lastChange = null;
    this.loaded = false;
    this.listeners = [];
    this.dirty = new Set();
    this.flushTimer = null;
  }

  /** listener(Set of "users"|"queues"|"calls"|"kpis"|"series"|"connection"|"meta") */
  subscribe(listener) {
    this.listeners.push(listener);
  }

  /** Forgets everything (another project was selected). */
  reset(project) {
    this.project = project;
    this.host = '';
    this.port = null;
    this.users.clear();
    this.queues.clear();
    this.calls.clear();
    this.historyCount = 0;
    this.kpis = null;
    this.series = [];
    this.dayStart = null;
    this.connection = null;
    this.lastChange = null;
    this.loaded = false;
    this.markDirty('users', 'queues', 'calls', 'kpis', 'series', 'connection', 'meta');
  }

  /** Applies a full status object (GET /api/status, POST /api/select_server, SSE "snapshot"). */
  applySnapshot(status) {
    if (!status || typeof status !== 'object') return;
    this.project = status.current_project || this.project;
    this.host = status.current_host || '';
    this.port = status.current_port ?? null;
    fill(this.users, status.users);
    fill(this.queues, status.queues);
    fill(this.calls, status.history);
    this.historyCount = Number.isFinite(status.history_count) ? status.history_count : this.calls.size;
    this.kpis = status.kpis || null;
    this.timeZone = status.time_zone || this.timeZone;
    this.connection = status.connection || null;
    this.lastChange = parseDate(status.last_update) || new Date();
    this.loaded = true;
    this.markDirty('users', 'queues', 'calls', 'kpis', 'connection', 'meta');
  }

  /**
   * Applies a "user", "queue" or "call" event: {op: "add"|"update"|"remove", item}. The server sends at most one
   * row per object per coalescing period (0.5 s) with its latest state, and removals at once.
   */
  applyChange(type, change) {
    const map = type === 'user' ? this.users : type === 'queue' ? this.queues : type === 'call' ? this.calls : null;
    if (!map || !change || !change.item) return;
    const key = keyOf(change.item);
    if (key === null) return;
    if (change.op === 'remove') {
      // the server coalesces changes: an object added and removed within one period is only removed, and a
      // browser that never had it has nothing to redraw
      if (!map.delete(key)) return;
    } else if (type === 'call') {
      if (!this.applyCall(key, change)) return;
    } else {
      map.set(key, change.item);
    }
    this.touch(change.time);
    this.markDirty(type === 'user' ? 'users' : type === 'queue' ? 'queues' : 'calls', 'meta');
  }

  /**
   * A call's change: a new call counts in the day's total; a change of an ended call this browser no longer
   * holds (an older page) is not kept. False when nothing shown changed.
   */
  applyCall(key, change) {
    const known = this.calls.has(key);
    if (!known && change.op === 'add') this.historyCount += 1;
    if (!known && change.op !== 'add' && change.item.is_active !== true) return false;
    this.calls.set(key, change.item);
    if (change.item.is_active !== true && ++this.endedSinceTrim >= TRIM_EVERY) this.trimEndedCalls();
    return true;
  }

  /** Keeps the newest ENDED_CALLS_KEPT ended calls (by start, as the Calls tab sorts them). */
  trimEndedCalls() {
    this.endedSinceTrim = 0;
    // each start parsed once, not once per comparison: a site loading its day sends thousands of ended calls
    const ended = [...this.calls.entries()].filter(([, c]) => c.is_active !== true)
      .map(([key, c]) => ({ key, start: startOf(c) }));
    if (ended.length <= ENDED_CALLS_KEPT) return;
    ended.sort((a, b) => b.start - a.start);
    for (const { key } of ended.slice(ENDED_CALLS_KEPT)) this.calls.delete(key);
  }

  /** Applies a "kpi" event (the KPIs object, possibly wrapped as {item}): new figures, one more chart point. */
  applyKpis(data) {
    this.kpis = data && data.item && !Array.isArray(data.item) && data.agents_by_state === undefined ? data.item : data;
    const point = this.kpis && this.kpis.point;
    const last = this.series[this.series.length - 1];
    if (point && Number.isFinite(point.t) && (!last || point.t > last.t)) {
      this.series.push(point);
      this.markDirty('series');
    }
    this.markDirty('kpis');
  }

  /**
   * Applies an "agents" event (the server's counts of the agents by status, pushed when they change): the KPI
   * chips follow the agents between two "kpi" pushes. The counts are the server's; nothing is counted here.
   */
  applyAgentCounts(data) {
    const counts = data && data.item ? data.item : data;
    if (!counts || !this.kpis) return;
    this.kpis = { ...this.kpis, agents_by_state: counts.agents_by_state, agents_by_status: counts.agents_by_status,
      agents_logged: counts.agents_logged };
    this.markDirty('kpis');
  }

  /** Applies the day's curve (GET /api/kpis/series): {day_start, every_seconds, points}. */
  applySeries(curve) {
    if (!curve || !Array.isArray(curve.points)) return;
    const known = this.series;
    const points = curve.points.slice();
    // points pushed while the curve was being fetched are newer than its last one: keep them
    const lastT = points.length ? points[points.length - 1].t : -Infinity;
    for (const p of known) if (p.t > lastT) points.push(p);
    this.series = points;
    this.dayStart = parseDate(curve.day_start);
    this.everySeconds = Number(curve.every_seconds) || 10;
    this.markDirty('series');
  }

  /** Applies a "connection" event: {state, since, error}. */
  applyConnection(data) {
    this.connection = data && data.item && data.state === undefined ? data.item : data;
    this.touch();
    this.markDirty('connection', 'meta');
  }

  touch(time) {
    this.lastChange = parseDate(time) || new Date();
  }

  markDirty(...parts) {
    for (const part of parts) this.dirty.add(part);
    if (this.flushTimer === null) this.flushTimer = setTimeout(() => this.flush(), 30);
  }

  flush() {
    this.flushTimer = null;
    const parts = this.dirty;
    this.dirty = new Set();
    for (const listener of this.listeners) {
      try {
        listener(parts);
      } catch (error) {
        console.error('dashboard view failed to render', error);
      }
    }
  }
}

function keyOf(item) {
  const id = item.object_id ?? item.session_id ?? item.login ?? item.name;
  return id === undefined || id === null ? null : String(id);
}

function fill(map, items) {
  map.clear();
  for (const item of Array.isArray(items) ? items : []) {
    const key = keyOf(item);
    if (key !== null) map.set(key, item);
  }
}

function startOf(call) {
  const t = Date.parse(call.create_date_iso);
  return Number.isNaN(t) ? 0 : t;
}

function parseDate(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export { keyOf };
