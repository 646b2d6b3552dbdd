import { h } from './dom.js';
import { t } from './i18n.js';

/**
 * Error and notice banners at the top of a page (the original used blocking alert dialogs). One banner per key:
 * showing a key again replaces its text instead of stacking duplicates.
 */
export class Banners {
  /** @param {HTMLElement} container */
  constructor(container) {
    this.container = container;
    this.byKey = new Map();
  }

  /** Shows (or updates) a banner; level is "error", "warning" or "info". */
  show(key, message, level = 'error') {
    let banner = this.byKey.get(key);
    if (!banner) {
      const text = h('span', { class: 'banner-text' });
      const close = h('button', { text: '×', title: t('common.dismiss'), attrs: { 'aria-label': t('common.dismiss') },
        on: { click: () => this.clear(key) } });
      banner = h('div', { class: 'banner', attrs: { role: 'alert' }, dataset: { key } }, text, close);
      this.byKey.set(key, banner);
      this.container.append(banner);
    }
    banner.dataset.level = level;
    banner.firstChild.textContent = message;
  }

  /** Removes a banner if shown. */
  clear(key) {
    const banner = this.byKey.get(key);
    if (banner) {
      banner.remove();
      this.byKey.delete(key);
    }
  }
}
