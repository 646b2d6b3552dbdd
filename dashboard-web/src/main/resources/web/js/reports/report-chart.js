import { h, replace } from '../lib/dom.js';
import { displayZoneId, formatDate } from '../lib/format.js';
import { t } from '../lib/i18n.js';
import { loadUplot } from '../dashboard/chart.js';
import { atGrain } from './columns.js';

const HEIGHT = 220;
/** Up to this many intervals, each has its tick; beyond, uPlot spaces the ticks. */
const TICK_EVERY_INTERVAL = 24;

/**
 * The chart above a report's table, drawn with uPlot like the live chart: one point per interval of the answer.
 * Several queues (or agents) in one interval are added up for the chart only — plain sums of the API's counts and
 * seconds; ratios such as the service level are drawn only when the answer holds a single queue (or team), as the
 * API computed them. The table below always shows the API's rows as they are.
 */
export class ReportChart {
  /** @param {HTMLElement} container */
  constructor(container) {
    this.container = container;
    this.plot = null;
    this.last = null;
    new ResizeObserver(() => this.resize()).observe(container);
    document.addEventListener('themechange', () => { if (this.last) this.show(this.last); });
  }

  /**
   * @param {{times: number[], grain: string, lines: Array<{label: string, values: Array<number|null>,
   *          colour: string, percent?: boolean}>}} chart one x value per interval (epoch seconds), the report's
   *          interval (labels are cut to it) and the series over them
   */
  async show(chart) {
    this.last = chart;
    let uPlot;
    try {
      uPlot = await loadUplot();
    } catch (e) {
      replace(this.container, h('div', { class: 'chart-fallback', text: t('reports.chart_unavailable') }));
      return;
    }
    if (this.plot) this.plot.destroy();
    this.plot = null;
    replace(this.container);
    this.container.dataset.points = String(chart.times.length);
    this.container.dataset.series = chart.lines.map((line) => line.label).join('|');
    if (!chart.times.length) {
      this.container.append(h('div', { class: 'chart-fallback', text: t('reports.chart_empty') }));
      return;
    }
    const css = getComputedStyle(document.documentElement);
    const colour = (name) => css.getPropertyValue(name).trim();
    const axis = { stroke: colour('--text-muted'), grid: { stroke: colour('--border'), width: 1 },
      ticks: { stroke: colour('--border') } };
    const hasPercent = chart.lines.some((line) => line.percent);
    const room = margin(chart.times, chart.grain);
    const options = {
      width: Math.max(240, this.container.clientWidth - 4),
      height: HEIGHT,
      // ticks on the history's local days and hours, not the browser's
      tzDate: (ts) => (displayZoneId() ? uPlot.tzDate(new Date(ts * 1e3), displayZoneId()) : new Date(ts * 1e3)),
      // half an interval of room on each side, so the first and last labels fit and one point is not alone; uPlot
      // gives a single time a day's range from it (the point at the left edge, its label cut), so one point is
      // centred on its own interval instead
      scales: {
        x: { time: true, range: (u, min, max) => [min - room, (chart.times.length === 1 ? min : max) + room] },
        y: { range: (u, min, max) => [0, Math.max(4, max)] },
        pct: { range: [0, 100] },
      },
      axes: [{ ...axis, values: (u, ticks) => ticks.map((v) => atGrain(formatDate(v * 1000), chart.grain)),
        splits: chart.times.length <= TICK_EVERY_INTERVAL ? () => chart.times : undefined },
      { ...axis, size: 50 },
        ...(hasPercent ? [{ ...axis, scale: 'pct', side: 1, size: 44, grid: { show: false },
          values: (u, ticks) => ticks.map((v) => `${v}%`) }] : [])],
      series: [{ label: t('reports.col.interval'), value: (u, v) => (v === null || v === undefined ? '-'
        : atGrain(formatDate(v * 1000), chart.grain)) }, ...chart.lines.map((line) => ({
        label: line.label, stroke: colour(line.colour), width: 2, points: { show: true, size: 5 },
        scale: line.percent ? 'pct' : 'y', dash: line.percent ? [4, 3] : undefined,
        value: line.percent ? (u, v) => (v === null || v === undefined ? '-' : `${v.toFixed(1)}%`) : undefined,
      }))],
    };
    // the x range drawn, in epoch seconds, for tests and for anyone reading the page's DOM: "min max"
    options.hooks = { setScale: [(u, key) => {
      if (key === 'x') this.container.dataset.xRange = `${u.scales.x.min} ${u.scales.x.max}`;
    }] };
    this.plot = new uPlot(options, [chart.times, ...chart.lines.map((line) => line.values)], this.container);
  }

  resize() {
    if (this.plot) this.plot.setSize({ width: Math.max(240, this.container.clientWidth - 4), height: HEIGHT });
  }
}

/** The report's intervals in seconds (a month as 31 days: room, not a date). */
const GRAIN_SECONDS = { '15m': 900, '30m': 1800, hour: 3600, day: 86400, week: 7 * 86400, month: 31 * 86400 };

/** Half the smallest gap between intervals, or half the report's interval when there is one point. */
function margin(times, grain) {
  let gap = Infinity;
  for (let i = 1; i < times.length; i += 1) gap = Math.min(gap, times[i] - times[i - 1]);
  return Number.isFinite(gap) ? gap / 2 : (GRAIN_SECONDS[grain] ?? 3600) / 2;
}

/** Rows grouped by interval start (epoch seconds, ascending); fields added up over the rows of each interval. */
function sums(rows, fields) {
  const byTime = new Map();
  for (const row of rows) {
    const time = Date.parse(row.interval) / 1000;
    if (!Number.isFinite(time)) continue;
    let sum = byTime.get(time);
    if (!sum) {
      sum = Object.fromEntries(fields.map((f) => [f, 0]));
      byTime.set(time, sum);
    }
    for (const f of fields) if (typeof row[f] === 'number') sum[f] += row[f];
  }
  const times = [...byTime.keys()].sort((a, b) => a - b);
  return { times, at: (f) => times.map((time) => byTime.get(time)[f]) };
}

/** Offered, answered and abandoned calls per interval; the service level when the rows are of one queue or team. */
export function queueChart(rows, grain) {
  const s = sums(rows, ['offered', 'answered', 'abandoned']);
  const lines = [
    { label: t('reports.col.offered'), values: s.at('offered'), colour: '--blue' },
    { label: t('reports.col.answered'), values: s.at('answered'), colour: '--green' },
    { label: t('reports.col.abandoned'), values: s.at('abandoned'), colour: '--red' },
  ];
  if (new Set(rows.map((row) => row.queue)).size === 1) {
    const level = new Map(rows.map((row) => [Date.parse(row.interval) / 1000, row.service_level]));
    lines.push({ label: t('reports.col.service_level'), colour: '--amber', percent: true,
      values: s.times.map((time) => (typeof level.get(time) === 'number' ? level.get(time) * 100 : null)) });
  }
  return { times: s.times, grain, lines };
}

/** Hours logged in, talking, in wrap-up and in pause per interval, over the agents of the answer. */
export function agentChart(rows, grain) {
  const fields = ['available_s', 'talking_s', 'wrap_up_s', 'pause_s'];
  const s = sums(rows, fields);
  const hours = (f) => s.at(f).map((seconds) => Math.round((seconds / 3600) * 100) / 100);
  return {
    times: s.times,
    grain,
    lines: [
      { label: t('reports.chart.available_h'), values: hours('available_s'), colour: '--green' },
      { label: t('reports.chart.talking_h'), values: hours('talking_s'), colour: '--blue' },
      { label: t('reports.chart.wrap_up_h'), values: hours('wrap_up_s'), colour: '--amber' },
      { label: t('reports.chart.pause_h'), values: hours('pause_s'), colour: '--red' },
    ],
  };
}
