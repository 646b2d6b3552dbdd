import { h, replace } from '../lib/dom.js';
import { badge, statusColour } from '../lib/badges.js';
import { duration, percent, count } from '../lib/format.js';
import { t, labelOf } from '../lib/i18n.js';

/** The KPI bar: agents by state, waiting calls, longest wait, answered/abandoned, service level, averages. */
export class KpiBar {
  /** @param {HTMLElement} container */
  constructor(container) {
    this.container = container;
  }

  render(kpis) {
    if (!kpis) {
      replace(this.container, h('div', { class: 'kpi muted', text: t('kpis.none') }));
      return;
    }
    // the model's statuses, not the server's state names: an agent "Disponible" on a call counts as talking
    const statuses = Object.entries(kpis.agents_by_status || {}).sort((a, b) => b[1] - a[1]);
    const chips = statuses.length
      ? statuses.map(([status, n]) => badge(`${labelOf('status', status)}: ${n}`, statusColour(status)))
      : [h('span', { class: 'muted', text: t('kpis.nobody') })];
    replace(this.container,
      h('div', { class: 'kpi kpi-wide', dataset: { kpi: 'agents' } },
        h('div', { class: 'kpi-label', text: t('kpis.agents_logged', { count: count(kpis.agents_logged) }) }),
        h('div', { class: 'state-chips' }, chips)),
      tile('waiting', t('kpis.waiting'), count(kpis.calls_waiting)),
      tile('longest', t('kpis.longest'), duration(kpis.longest_wait_seconds)),
      tile('answered', t('kpis.answered'), count(kpis.answered_today)),
      tile('abandoned', t('kpis.abandoned'), count(kpis.abandoned_today)),
      tile('sl', kpis.service_level_target_s == null ? t('kpis.service_level')
        : t('kpis.service_level_target', { target: kpis.service_level_target_s }), percent(kpis.service_level)),
      tile('avg-wait', t('kpis.average_wait'), duration(kpis.average_wait_seconds)),
      tile('avg-handle', t('kpis.average_handle'), duration(kpis.average_handle_seconds)));
  }
}

function tile(key, label, value) {
  return h('div', { class: 'kpi', dataset: { kpi: key } },
    h('div', { class: 'kpi-label', text: label }),
    h('div', { class: 'kpi-value', text: value }));
}
