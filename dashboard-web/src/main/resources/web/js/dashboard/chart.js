import { h, replace } from '../lib/dom.js';
import { displayZoneId, timeOfDay } from '../lib/format.js';
import { t } from '../lib/i18n.js';

// The web server maps the uPlot webjar; the versionless path is tried first, then the webjar's own layout.
const UPLOT_BASES = ['/webjars/uplot/dist', '/webjars/uplot/1.6.30/dist'];
const HEIGHT = 150;

/**
 * The intraday chart: calls in progress, calls waiting and the day's service level since the day started
 * (GET /api/kpis/series, then one point per kpi event), drawn with uPlot. Times nobody watched the project are
 * gaps, not lines. If uPlot cannot be loaded the dashboard keeps working and the box says so.
 */
export class ActivityChart {
  /** @param {HTMLElement} container */
  constructor(container) {
    this.container = container;
    this.plot = null;
    this.series = [];
    this.failed = false;
    this.ready = loadUplot().then(
      (uPlot) => { this.uPlot = uPlot; },
      () => {
        this.failed = true;
        replace(this.container, h('div', { class: 'chart-fallback', text: t('chart.unavailable') }));
      });
    new ResizeObserver(() => this.resize()).observe(container);
    document.addEventListener('themechange', () => this.rebuild());
  }

  /**
   * Draws the points [{t, calls_in_progress, waiting, service_level}] of the day that started at dayStart (a Date).
   * @param {number} everySeconds the server's cadence: a longer silence between two points is drawn as a gap
   */
  async update(series, dayStart, everySeconds) {
    this.series = Array.isArray(series) ? series : [];
    this.dayStart = dayStart instanceof Date ? dayStart.getTime() / 1000 : null;
    this.everySeconds = everySeconds || 10;
    await this.ready;
    if (this.failed) return;
    const data = withGaps(this.series, this.everySeconds);
    if (!this.plot) this.build(data);
    else this.plot.setData(data);
    this.element().dataset.points = String(this.series.length);
    this.showSince();
  }

  /**
   * Says from when the curve has points when that is well after the day's start: the server samples the figures
   * from the moment the dashboard runs, so a dashboard started mid-day has nothing to draw before, which an empty
   * morning must not seem to say.
   */
  showSince() {
    const note = this.container.parentElement && this.container.parentElement.querySelector('.chart-note');
    if (!note) return;
    const first = this.series.length ? this.series[0].t / 1000 : null;
    const late = first !== null && this.dayStart !== null && first - this.dayStart > 3 * this.everySeconds;
    note.textContent = late ? t('chart.since', { time: clockLabel(first, 60) }) : '';
  }

  /** The chart's box (tests read data-points from it). */
  element() {
    return this.container;
  }

  build(data) {
    const css = getComputedStyle(document.documentElement);
    const colour = (name) => css.getPropertyValue(name).trim();
    const axis = { stroke: colour('--text-muted'), grid: { stroke: colour('--border'), width: 1 }, ticks: { stroke: colour('--border') } };
    const options = {
      width: Math.max(200, this.container.clientWidth - 4),
      height: HEIGHT,
      legend: { show: true },
      // ticks fall on the project's hours, not the browser's
      tzDate: (ts) => (displayZoneId() ? this.uPlot.tzDate(new Date(ts * 1e3), displayZoneId()) : new Date(ts * 1e3)),
      cursor: { points: { size: 5 } },
      scales: {
        x: { time: true, range: (u, min, max) => this.dayRange(max) },
        y: { range: (u, min, max) => [0, Math.max(4, max + 1)] },
        pct: { range: [0, 100] },
      },
      axes: [{ ...axis, values: (u, ticks, axisIndex, space, increment) => ticks.map((t) => clockLabel(t, increment)) },
        { ...axis, size: 36 },
        { ...axis, scale: 'pct', side: 1, size: 44, grid: { show: false }, values: (u, ticks) => ticks.map((t) => `${t}%`) }],
      series: [
        { label: t('chart.time'), value: (u, at) => (at === null || at === undefined ? '-' : clockLabel(at, 1)) },
        { label: t('chart.in_progress'), stroke: colour('--blue'), width: 2 },
        { label: t('chart.waiting'), stroke: colour('--amber'), width: 2 },
        { label: t('chart.service_level'), stroke: colour('--green'), width: 1.5, dash: [4, 3], scale: 'pct',
          value: (u, v) => (v === null || v === undefined ? '-' : `${v.toFixed(1)}%`) },
      ],
    };
    replace(this.container);
    this.plot = new this.uPlot(options, data, this.container);
  }

  rebuild() {
    if (!this.plot) return;
    this.plot.destroy();
    this.plot = null;
    this.update(this.series, this.dayStart === null ? null : new Date(this.dayStart * 1000), this.everySeconds);
  }

  /** From the start of the day to now (or the newest point, if later). */
  dayRange(max) {
    const now = Date.now() / 1000;
    const end = Math.max(now, Number.isFinite(max) ? max : now);
    const start = this.dayStart !== null && this.dayStart < end ? this.dayStart : end - 3600;
    return [start, end];
  }

  resize() {
    if (this.plot) this.plot.setSize({ width: Math.max(200, this.container.clientWidth - 4), height: HEIGHT });
  }
}

/** uPlot's columns; a silence longer than three periods becomes a null sample, which uPlot draws as a gap. */
function withGaps(points, everySeconds) {
  const xs = [];
  const inProgress = [];
  const waiting = [];
  const sl = [];
  let previous = null;
  for (const p of points) {
    const t = p.t / 1000;
    if (previous !== null && t - previous > 3 * everySeconds) {
      xs.push(previous + everySeconds);
      inProgress.push(null);
      waiting.push(null);
      sl.push(null);
    }
    xs.push(t);
    inProgress.push(p.calls_in_progress ?? null);
    waiting.push(p.waiting ?? null);
    sl.push(typeof p.service_level === 'number' ? p.service_level * 100 : null);
    previous = t;
  }
  return [xs, inProgress, waiting, sl];
}

/** 24-hour axis label in the project's zone; seconds appear when ticks are less than a minute apart. */
function clockLabel(epochSeconds, increment) {
  const hms = timeOfDay(epochSeconds * 1000);
  return increment < 60 ? hms : hms.slice(0, 5);
}

let loading = null;

/** uPlot from its webjar, loaded once per page (the reports page draws with it too). */
export function loadUplot() {
  if (!loading) {
    loading = (async () => {
      for (const base of UPLOT_BASES) {
        try {
          await addScript(`${base}/uPlot.iife.min.js`);
          if (window.uPlot) {
            document.head.append(h('link', { attrs: { rel: 'stylesheet', href: `${base}/uPlot.min.css` } }));
            return window.uPlot;
          }
        } catch (e) {
          // try the next location
        }
      }
      throw new Error('uPlot not found');
    })();
  }
  return loading;
}

function addScript(src) {
  return new Promise((resolve, reject) => {
    const script = h('script', { attrs: { src } });
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error(`cannot load ${src}`));
    }, { once: true });
    document.head.append(script);
  });
}
