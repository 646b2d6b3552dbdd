import { byId } from '../lib/dom.js';
import { formatDate, setDisplayZone, zoneLabel } from '../lib/format.js';
import { t } from '../lib/i18n.js';


/**
 * Header: project, server address, connection badge and the time of the last change.
 * The badge combines two links: browser -> dashboard (the live stream) and dashboard -> CCCP server
 * (the server's connection state); the worse of the two is shown, with the reason as a tooltip.
 */
export class Header {
  constructor() {
    this.project = byId('project-name');
    this.address = byId('server-address');
    this.badge = byId('conn-badge');
    this.lastChange = byId('last-change');
    this.zone = byId('time-zone');
    this.streamMode = 'idle';
    this.streamDetail = '';
    this.serverConnection = null;
    this.showLastChange(null);
  }

  showProject(project, host, port) {
    this.project.textContent = project || t('header.no_project_selected');
    this.address.textContent = host ? `${host}:${port ?? ''}` : '';
    document.title = project ? `${project} · CCCP Explorer` : 'CCCP Explorer';
  }

  /** Every date of the page is shown in this zone (the server's time_zone); the header names it, once. */
  showTimeZone(zone) {
    setDisplayZone(zone);
    this.zone.textContent = t('header.zone', { zone: zoneLabel() });
    this.zone.title = t('header.zone_title');
  }

  setStreamMode(mode, detail) {
    this.streamMode = mode;
    this.streamDetail = detail || '';
    this.renderBadge();
  }

  setServerConnection(connection) {
    this.serverConnection = connection || null;
    this.renderBadge();
  }

  showLastChange(date) {
    this.lastChange.textContent = t('header.last_change', { time: date ? formatDate(date).slice(11) : '-' });
    this.lastChange.title = date ? t('header.last_change_at', { date: formatDate(date) }) : t('header.no_change');
  }

  renderBadge() {
    let state = this.streamMode;
    let text = state === 'idle' ? t('header.mode.idle') : state === 'polling' ? t('header.mode.polling') : t(`conn.${state}`);
    let title = this.streamDetail;
    const server = this.serverConnection && this.serverConnection.state;
    if ((state === 'live' || state === 'polling') && server && server !== 'live') {
      // The page is connected, but the dashboard lost the contact-center server.
      state = server === 'offline' ? 'offline' : 'reconnecting';
      text = server === 'offline' ? t('header.server_offline') : t('header.server_reconnecting');
      title = this.serverConnection.error || t('header.cccp_connection', { state: server });
      // what is on screen is what was known when the outage began (the server keeps that time across retries)
      const since = this.serverConnection.since ? new Date(this.serverConnection.since) : null;
      if (since && !Number.isNaN(since.getTime())) text += t('header.data_as_of', { time: formatDate(since).slice(11) });
      if (this.streamMode === 'polling') text += t('header.polling_suffix');
    }
    this.badge.dataset.state = state;
    this.badge.textContent = text;
    this.badge.title = title || text;
  }
}
