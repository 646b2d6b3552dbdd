import { byId } from '../lib/dom.js';
import { formatDate, setDisplayZone, zoneLabel } from '../lib/format.js';

const MODE_TEXT = {
  idle: 'No project',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  polling: 'Polling every 5 s',
  offline: 'Offline',
};

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
  }

  showProject(project, host, port) {
    this.project.textContent = project || 'No project selected';
    this.address.textContent = host ? `${host}:${port ?? ''}` : '';
    document.title = project ? `${project} · CCCP Explorer` : 'CCCP Explorer';
  }

  /** Every date of the page is shown in this zone (the server's time_zone); the header names it, once. */
  showTimeZone(zone) {
    setDisplayZone(zone);
    this.zone.textContent = `Times: ${zoneLabel()}`;
    this.zone.title = 'Every date and time on this page is in this time zone';
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
    this.lastChange.textContent = date ? `Last change: ${formatDate(date).slice(11)}` : 'Last change: -';
    this.lastChange.title = date ? `Last change received at ${formatDate(date)}` : 'No change received yet';
  }

  renderBadge() {
    let state = this.streamMode;
    let text = MODE_TEXT[state] || state;
    let title = this.streamDetail;
    const server = this.serverConnection && this.serverConnection.state;
    if ((state === 'live' || state === 'polling') && server && server !== 'live') {
      // The page is connected, but the dashboard lost the contact-center server.
      state = server === 'offline' ? 'offline' : 'reconnecting';
      text = server === 'offline' ? 'Server offline' : 'Server reconnecting…';
      title = this.serverConnection.error || `CCCP connection ${server}`;
      // what is on screen is what was known when the outage began (the server keeps that time across retries)
      const since = this.serverConnection.since ? new Date(this.serverConnection.since) : null;
      if (since && !Number.isNaN(since.getTime())) text += ` · data as of ${clock(since)}`;
      if (this.streamMode === 'polling') text += ' (polling)';
    }
    this.badge.dataset.state = state;
    this.badge.textContent = text;
    this.badge.title = title || text;
  }
}
