import { getJson, withQuery } from '../lib/api.js';
import { currentTheme } from '../lib/theme.js';
import { t } from '../lib/i18n.js';

/** History page for a theme, with the project preselected: /replay?project=P or /replay_light?project=P. */
export function historyPath(theme, project) {
  return withQuery(theme === 'light' ? '/replay_light' : '/replay', { project: project || undefined });
}

/**
 * The header's "History" link (a past day from the call history, and the log replay) and its "Reports" link
 * (/reports). History appears once the server confirmed that the call history or the log replay is on; Reports
 * once the call history is on (anything but 503 history_disabled / replay_unavailable). Both follow the current
 * project; History also the theme.
 */
export class HistoryLink {
  /**
   * @param {HTMLAnchorElement} link
   * @param {HTMLAnchorElement} [reports] the Reports link
   */
  constructor(link, reports) {
    this.link = link;
    this.reports = reports || null;
    this.project = null;
    this.link.hidden = true;
    if (this.reports) this.reports.hidden = true;
    document.addEventListener('themechange', () => this.render());
    this.render();
  }

  /** Asks the server whether the replay and the call history are on. */
  async probe() {
    const [replay, store] = await Promise.all([
      isOn(getJson('/api/replay/projects'), 'replay_unavailable'),
      isOn(getJson('/api/calls/search', { project: this.project || '_', page_size: 1 }), 'history_disabled'),
    ]);
    this.link.hidden = !(replay || store);
    if (this.reports) this.reports.hidden = !store;
  }

  showProject(project) {
    this.project = project || null;
    this.render();
  }

  render() {
    this.link.href = historyPath(currentTheme(), this.project);
    this.link.title = this.project ? t('history.replay_project', { project: this.project }) : t('history.replay_any');
    if (this.reports) this.reports.href = withQuery('/reports', { project: this.project || undefined });
  }
}

/** Whether a probe shows the feature on: only its own "off" answer (503 with that code) means off. */
async function isOn(request, offCode) {
  try {
    await request;
    return true;
  } catch (error) {
    return !(error.status === 503 && error.code === offCode);
  }
}
