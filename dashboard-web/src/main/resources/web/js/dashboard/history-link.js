import { getJson, withQuery } from '../lib/api.js';
import { currentTheme } from '../lib/theme.js';

/** History page for a theme, with the project preselected: /replay?project=P or /replay_light?project=P. */
export function historyPath(theme, project) {
  return withQuery(theme === 'light' ? '/replay_light' : '/replay', { project: project || undefined });
}

/**
 * The header's "History" link to the log replay pages. It follows the theme and the current project, and is
 * disabled with the server's reason when the replay is off (503 replay_unavailable: no log folder configured).
 */
export class HistoryLink {
  /**
   * @param {HTMLAnchorElement} link
   * @param {import('../lib/banners.js').Banners} banners where a click on the disabled link explains why
   */
  constructor(link, banners) {
    this.link = link;
    this.project = null;
    this.unavailable = null; // the reason, once the server said the replay is off
    const explain = (event) => {
      if (this.unavailable === null) return;
      event.preventDefault();
      banners.show('history', `History is unavailable. ${this.unavailable}`, 'info');
    };
    link.addEventListener('click', explain);
    // A link without href is not activated by Enter; the disabled one still explains itself from the keyboard.
    link.addEventListener('keydown', (event) => { if (event.key === 'Enter') explain(event); });
    document.addEventListener('themechange', () => this.render());
    this.render();
  }

  /** Asks the server whether the replay is on; any answer other than replay_unavailable leaves the link usable. */
  async probe() {
    try {
      await getJson('/api/replay/projects');
    } catch (error) {
      if (error.status === 503 && error.code === 'replay_unavailable') {
        this.unavailable = error.message;
        this.render();
      }
    }
  }

  showProject(project) {
    this.project = project || null;
    this.render();
  }

  render() {
    const off = this.unavailable !== null;
    this.link.classList.toggle('disabled', off);
    if (off) {
      this.link.removeAttribute('href');
      this.link.setAttribute('aria-disabled', 'true');
      this.link.setAttribute('role', 'link');
      this.link.tabIndex = 0;
      this.link.title = `History is unavailable. ${this.unavailable}`;
    } else {
      this.link.href = historyPath(currentTheme(), this.project);
      this.link.removeAttribute('aria-disabled');
      this.link.title = this.project ? `Replay the logs of ${this.project} for a past day or hour` : 'Replay a project\'s logs for a past day or hour';
    }
  }
}
