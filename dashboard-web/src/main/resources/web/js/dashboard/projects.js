import { h, byId, replace } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { getJson } from '../lib/api.js';
import { orDash } from '../lib/format.js';

/** Projects tab: searchable cards from /api/servers; a click selects the project. */
export class ProjectsView {
  constructor({ onSelect, onRouteChange, banners }) {
    this.onSelect = onSelect;
    this.banners = banners;
    this.grid = byId('project-grid');
    this.search = byId('projects-search');
    this.result = byId('projects-result');
    this.count = byId('count-projects');
    this.servers = null;
    this.current = null;
    this.search.addEventListener('input', () => {
      this.render();
      onRouteChange();
    });
    byId('projects-refresh').addEventListener('click', () => this.load());
  }

  async load() {
    replace(this.grid, h('div', { class: 'empty-state' }, h('span', { class: 'spinner' }), t('projects.loading')));
    try {
      const servers = await getJson('/api/servers');
      this.servers = Array.isArray(servers) ? servers : [];
      this.banners.clear('servers');
    } catch (error) {
      this.servers = null;
      const message = error.code === 'mysql_unavailable'
        ? t('projects.mysql_down', { message: error.message })
        : t('projects.failed', { message: error.message });
      this.banners.show('servers', message);
      replace(this.grid, h('div', { class: 'empty-state', text: t('projects.unavailable') }));
      this.count.textContent = '!';
      return;
    }
    this.render();
  }

  setCurrent(project) {
    this.current = project;
    if (this.servers) this.render();
  }

  render() {
    if (!this.servers) return;
    const query = this.search.value.trim().toLowerCase();
    const shown = this.servers.filter((s) => !query || String(s.project || '').toLowerCase().includes(query)
      || String(s.cccip || '').toLowerCase().includes(query));
    this.count.textContent = String(this.servers.length);
    this.result.textContent = t('common.count', { shown: shown.length, total: this.servers.length });
    if (shown.length === 0) {
      replace(this.grid, h('div', { class: 'empty-state',
        text: this.servers.length ? t('projects.no_match') : t('projects.none') }));
      return;
    }
    replace(this.grid, shown.map((server) => h('button', {
      class: `project-card${server.project === this.current ? ' current' : ''}`,
      dataset: { project: String(server.project) },
      attrs: { type: 'button', 'aria-current': server.project === this.current ? 'true' : null },
      on: { click: () => this.onSelect(String(server.project)) },
    },
    h('span', { class: 'name', text: orDash(server.project) }),
    h('span', { class: 'addr mono', text: `${orDash(server.cccip)}:${orDash(server.ccc_dispatch_port)}` }),
    h('span', { class: 'source', text: [server.vocal_node, server.source].filter(Boolean).join(' · ') }))));
  }

  route() {
    return { q: this.search.value, sort: null };
  }

  applyRoute(route) {
    this.search.value = route.q;
    this.render();
  }
}
