import { h, replace } from '../lib/dom.js';

// The web server maps the uPlot webjar; the versionless path is tried first, then the webjar's own layout.
const UPLOT_BASES = ['/webjars/uplot/dist', '/webjars/uplot/1.6.30/dist'];
const HEIGHT = 130;

/**
 * Calls in progress and waiting over the last hour (KPIs.series), drawn with uPlot.
 * If uPlot cannot be loaded the dashboard keeps working and the box says so.
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
        replace(this.container, h('div', { class: 'chart-fallback', text: 'Chart unavailable (uPlot could not be loaded).' }));
      });
    new ResizeObserver(() => this.resize()).observe(container);
    document.addEventListener('themechange', () => this.rebuild());
  }

  /** Draws the series [{t, calls_in_progress, waiting}]. */
  async update(series) {
    this.series = Array.isArray(series) ? series : [];
    await this.ready;
    if (this.failed) return;
    const data = [
      this.series.map((p) => p.t / 1000),
      this.series.map((p) => p.calls_in_progress ?? null),
      this.series.map((p) => p.waiting ?? null),
    ];
    if (!this.plot) this.build(data);
    else this.plot.setData(data);
  }

  build(data) {
    const css = getComputedStyle(document.documentElement);
    const colour = (name) => css.getPropertyValue(name).trim();
    const axis = { stroke: colour('--text-muted'), grid: { stroke: colour('--border'), width: 1 }, ticks: { stroke: colour('--border') } };
    const options = {
      width: Math.max(200, this.container.clientWidth - 4),
      height: HEIGHT,
      legend: { show: true },
      cursor: { points: { size: 5 } },
      scales: { x: { time: true, range: lastHour }, y: { range: (u, min, max) => [0, Math.max(4, max + 1)] } },
      axes: [{ ...axis, values: (u, ticks, axisIndex, space, increment) => ticks.map((t) => clockLabel(t, increment)) },
        { ...axis, size: 36 }],
      series: [
        { label: 'Time', value: (u, t) => (t === null || t === undefined ? '-' : clockLabel(t, 1)) },
        { label: 'In progress', stroke: colour('--blue'), width: 2 },
        { label: 'Waiting', stroke: colour('--amber'), width: 2 },
      ],
    };
    replace(this.container);
    this.plot = new this.uPlot(options, data, this.container);
  }

  rebuild() {
    if (!this.plot) return;
    this.plot.destroy();
    this.plot = null;
    this.update(this.series);
  }

  resize() {
    if (this.plot) this.plot.setSize({ width: Math.max(200, this.container.clientWidth - 4), height: HEIGHT });
  }
}

/** The x range is always the hour before the newest point, so a young series is not stretched over seconds. */
function lastHour(u, min, max) {
  const end = Number.isFinite(max) ? max : Date.now() / 1000;
  return [end - 3600, end];
}

/** 24-hour axis label; seconds appear when ticks are less than a minute apart (epoch seconds in). */
function clockLabel(epochSeconds, increment) {
  const date = new Date(epochSeconds * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  const hm = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return increment < 60 ? `${hm}:${pad(date.getSeconds())}` : hm;
}

let loading = null;

function loadUplot() {
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
