import { getJson, withQuery } from '../lib/api.js';
import { currentTheme } from '../lib/theme.js';
import { t } from '../lib/i18n.js';

/** History page for a theme, with the project preselected: /replay?project=P or /replay_light?project=P. */
export function historyPath(theme, project) {
  return withQuery(theme === 'light' ? '/replay_light' : '/replay', { project: project || undefined });
}

/**
 * The header's "History" link to the log replay pages. It appears only once the server confirmed that log replay
 * is configured (GET /api/replay/projects answers anything but 503 replay_unavailable); it follows the theme and
 * the current project.
 */
export class HistoryLink {
  /** @param {HTMLAnchorElement} link */
  constructor(link) {
    this.link = link;
    this.project = null;
    this.link.hidden = true;
    document.addEventListener('themechange', () => this.render());
    this.render();
  }

  /** Asks the server whether the replay is on. */
  async probe() {
    try {
      await getJson('/api/replay/projects');
      this.link.hidden = false;
    } catch (error) {
      this.link.hidden = error.status === 503 && error.code === 'replay_unavailable';
    }
  }

  showProject(project) {
    this.project = project || null;
    this.render();
  }

  render() {
    this.link.href = historyPath(currentTheme(), this.project);
    this.link.title = this.project ? t('history.replay_project', { project: this.project }) : t('history.replay_any');
  }
}
