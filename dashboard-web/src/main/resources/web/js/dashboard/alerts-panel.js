import { byId, h, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { wallTime } from '../lib/format.js';

/*
 * The dashboard's alert list: the project's open alerts (computed by the server), their start time, who
 * acknowledged them, an Acknowledge button for operators, and optional sound and browser notification for each
 * alert raised or raised to alarm and not yet acknowledged. Both options are remembered per browser.
 */

const SOUND_KEY = 'cccp-alert-sound';
const NOTIFY_KEY = 'cccp-alert-notify';

function stored(key) {
  try { return localStorage.getItem(key) === 'on'; } catch (e) { return false; }
}

function store(key, on) {
  try { localStorage.setItem(key, on ? 'on' : 'off'); } catch (e) { /* storage disabled: this page only */ }
}

/** What an alert is about, in the page's language; server names (queues, logins) as they are. */
export function describe(alert) {
  const where = alert.scope === 'project' ? t('alerts.scope.project')
    : t(`alerts.scope.${alert.scope}`, { name: alert.subject });
  return `${t(`figure.${alert.metric}`)} — ${where}`;
}

export class AlertPanel {
  /**
   * @param {{book: AlertBook, canAcknowledge: () => boolean, banners: Banners}} options
   */
  constructor({ book, canAcknowledge, banners }) {
    this.book = null;
    this.canAcknowledge = canAcknowledge;
    this.banners = banners;
    this.panel = byId('alert-panel');
    this.list = byId('alert-list');
    this.count = byId('alert-count');
    this.sound = byId('alert-sound');
    this.notify = byId('alert-notify');
    this.sound.checked = stored(SOUND_KEY);
    this.notify.checked = stored(NOTIFY_KEY) && typeof Notification !== 'undefined'
      && Notification.permission === 'granted';
    this.sound.addEventListener('change', () => store(SOUND_KEY, this.sound.checked));
    this.notify.addEventListener('change', () => this.toggleNotifications());
    this.audio = null;
    if (book) this.watch(book);
  }

  /** Shows another project's alerts. */
  watch(book) {
    this.book = book;
    this.signalled = new Map(); // id -> the level already signalled
    book.subscribe((change) => {
      this.render();
      const a = change.alert;
      if (!a || change.op === 'remove' || a.acknowledged_by) return;
      const before = this.signalled.get(a.id);
      if (before === a.level || before === 'alarm') return;
      this.signalled.set(a.id, a.level);
      this.signal(a);
    });
    this.render();
  }

  render() {
    const alerts = this.book ? this.book.list() : [];
    this.panel.hidden = false;
    this.count.textContent = String(alerts.length);
    this.count.dataset.level = alerts.some((a) => a.level === 'alarm') ? 'alarm' : alerts.length ? 'warn' : '';
    if (!alerts.length) {
      replace(this.list, h('li', { class: 'muted', text: t('alerts.none') }));
      return;
    }
    replace(this.list, alerts.map((a) => h('li', { class: a.acknowledged_by ? 'acked' : '',
      dataset: { level: a.level, alertId: String(a.id) } },
    h('span', { class: 'level-chip', dataset: { level: a.level }, text: t(`alerts.level.${a.level}`) }),
    h('span', { class: 'alert-what', text: describe(a) }),
    h('span', { class: 'mono', text: t('alerts.value', { value: formatValue(a.metric, a.value),
      limit: formatValue(a.metric, a.limit) }) }),
    h('span', { class: 'muted', text: t('alerts.since', { time: wallTime(a.raised_at) }) }),
    a.acknowledged_by ? h('span', { class: 'muted', text: t('alerts.acked', { user: a.acknowledged_by }) })
      : this.canAcknowledge() ? h('button', { type: 'button', text: t('alerts.ack'),
        on: { click: () => this.acknowledge(a.id) } }) : null)));
  }

  async acknowledge(id) {
    try {
      const acked = await this.book.acknowledge(id);
      this.book.apply({ op: 'update', item: acked });
    } catch (error) {
      this.banners.show('alert-ack', t('alerts.ack_failed', { message: error.message }));
    }
  }

  async toggleNotifications() {
    if (this.notify.checked && typeof Notification !== 'undefined' && Notification.permission !== 'granted') {
      const answer = await Notification.requestPermission();
      this.notify.checked = answer === 'granted';
    }
    store(NOTIFY_KEY, this.notify.checked);
  }

  /** Sound and notification for an alert that needs attention. */
  signal(alert) {
    if (this.sound.checked) this.beep(alert.level === 'alarm' ? 880 : 660);
    if (this.notify.checked && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      // eslint-disable-next-line no-new
      new Notification(t('alerts.notification', { project: alert.project, metric: t(`figure.${alert.metric}`),
        subject: alert.subject || t('alerts.scope.project') }), { tag: `cccp-alert-${alert.id}` });
    }
  }

  beep(frequency) {
    try {
      this.audio = this.audio || new AudioContext();
      const oscillator = this.audio.createOscillator();
      const gain = this.audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(this.audio.destination);
      oscillator.start();
      oscillator.stop(this.audio.currentTime + 0.3);
    } catch (e) {
      /* no audio device or autoplay refused: the list and the colours still show the alert */
    }
  }
}

function formatValue(metric, value) {
  if (typeof value !== 'number') return '-';
  return metric.endsWith('_s') ? `${Math.round(value)} s` : String(Math.round(value * 10) / 10);
}
