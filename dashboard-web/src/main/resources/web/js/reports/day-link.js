import { byId, h, replace } from '../lib/dom.js';
import { getJson } from '../lib/api.js';
import { translatePage } from '../lib/i18n.js';
import { pageLink } from './params.js';

/**
 * The History page's "past day from the call history" card: a project and a day, and two links into /reports for
 * that day (its queue report by hour, its calls). It needs no log files: the store has the day if it was
 * recorded live or imported. Project and day start from the page's ?project= and ?date=; without a day the links
 * name none, and /reports opens the project's current day (its own zone and day start, which the browser's
 * calendar does not know).
 */
export async function bindDayLink() {
  translatePage(byId('store-card'));
  const project = byId('s-project');
  const day = byId('s-date');
  const query = new URLSearchParams(location.search);
  day.value = query.get('date') || '';
  const update = () => {
    const common = day.value ? { project: project.value, from: day.value, to: day.value } : { project: project.value };
    byId('s-open').href = pageLink({ view: 'queues', ...common, interval: 'hour' });
    byId('s-calls').href = pageLink({ view: 'calls', ...common });
  };
  project.addEventListener('change', update);
  day.addEventListener('change', update);
  try {
    const names = [...new Set((await getJson('/api/servers')).map((s) => s.project))];
    replace(project, names.map((name) => h('option', { text: name, attrs: { value: name } })));
    if (names.includes(query.get('project'))) project.value = query.get('project');
  } catch (error) {
    // the links still work with the project the URL names; the reports page reports a missing one
    if (query.get('project')) replace(project, h('option', { text: query.get('project'), attrs: { value: query.get('project') } }));
  }
  update();
}
