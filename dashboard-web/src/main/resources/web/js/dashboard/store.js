/**
 * The dashboard's state for one project: users, queues and calls keyed by object_id, KPIs, the intraday curve,
 * the server's connection state and when anything last changed. Snapshots replace everything; events change one
 * row; a kpi event appends one point to the curve (read whole from /api/kpis/series).
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

  /** Applies a "user", "queue" or "call" event: {op: "add"|"update"|"remove", item}. */
  applyChange(type, change) {
    const map = type === 'user' ? this.users : type === 'queue' ? this.queues : type === 'call' ? this.calls : null;
    if (!map || !change || !change.item) return;
    const key = keyOf(change.item);
    if (key === null) return;
    if (change.op === 'remove') {
      map.delete(key);
    } else {
      if (type === 'call' && !map.has(key)) this.historyCount += 1;
      map.set(key, change.item);
    }
    this.touch(change.time);
    this.markDirty(type === 'user' ? 'users' : type === 'queue' ? 'queues' : 'calls', 'meta');
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

function parseDate(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export { keyOf };
