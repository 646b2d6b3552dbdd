import { getJson, postJson } from './api.js';

/**
 * The open alerts of one project, as the server computed them: loaded from /api/alerts after each snapshot, then
 * kept current by the stream's "alert" events (add = raised, update = level changed or acknowledged, remove =
 * cleared). Screens ask it for the level of a figure; no threshold is ever evaluated in the browser.
 */
export class AlertBook {
  constructor(project) {
    this.project = project;
    this.open = new Map(); // id -> Alert
    this.listeners = [];
    this.arriving = null; // events received while load() waits for the server's list
  }

  /** listener(change) with change = {op: "load"|"add"|"update"|"remove", alert?} */
  subscribe(listener) {
    this.listeners.push(listener);
  }

  /** Replaces the open alerts with the server's list (after a snapshot: events may have been missed). */
  async load() {
    // events arriving while the list is on its way may be newer than it: they are applied again on top of it
    const during = [];
    this.arriving = during;
    let answer;
    try {
      answer = await getJson('/api/alerts', { project: this.project });
    } finally {
      if (this.arriving === during) this.arriving = null;
    }
    this.open = new Map(answer.open.map((a) => [a.id, a]));
    for (const event of during) this.change(event);
    this.emit({ op: 'load' });
    return answer;
  }

  /** Applies one "alert" event of the stream. */
  apply(event) {
    const alert = event && event.item;
    if (!alert || alert.project !== this.project) return;
    if (this.arriving) this.arriving.push(event);
    this.change(event);
    this.emit({ op: event.op, alert });
  }

  change(event) {
    if (event.op === 'remove') this.open.delete(event.item.id);
    else this.open.set(event.item.id, event.item);
  }

  /** "alarm", "warn" or null for a figure: scope "project"|"queue"|"agent", subject name (null for the project). */
  level(scope, subject, metric) {
    let level = null;
    for (const a of this.open.values()) {
      if (a.scope === scope && (a.subject || null) === (subject || null) && (!metric || a.metric === metric)) {
        if (a.level === 'alarm') return 'alarm';
        level = 'warn';
      }
    }
    return level;
  }

  /** Open alerts, alarms first, then oldest first (the server's own order for a fresh list). */
  list() {
    return [...this.open.values()].sort((a, b) => (a.level === b.level ? 0 : a.level === 'alarm' ? -1 : 1)
      || String(a.raised_at).localeCompare(String(b.raised_at)) || a.id - b.id);
  }

  acknowledge(id) {
    return postJson('/api/alerts/ack', { project: this.project, id });
  }

  emit(change) {
    for (const listener of this.listeners) listener(change);
  }
}
