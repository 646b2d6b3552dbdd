import { withQuery } from '../lib/api.js';

/**
 * The reports page's state is its URL: /reports?view=queues&project=P&from=…&to=…&interval=…&queue=A,B. Every
 * parameter but `view` has the API's own name and meaning, so a report's link, its JSON and its CSV/XLSX exports
 * are the same query; reloading or sharing the link shows the same report.
 */

export const VIEWS = ['queues', 'agents', 'calls'];

/** The API route of each view, and the parameters it takes besides project/from/to. */
const API = {
  queues: { path: '/api/reports/queues', params: ['interval', 'queue', 'team'] },
  agents: { path: '/api/reports/agents', params: ['interval', 'agent', 'team'] },
  calls: { path: '/api/calls/search', params: ['caller', 'called', 'agent', 'queue', 'disposition', 'min_wait', 'page'] },
};
const COMMON = ['project', 'from', 'to'];

/** The state in a query string (location.search): {view, project, from, ...}; unknown parameters are dropped. */
export function readState(search) {
  const query = new URLSearchParams(search);
  const view = VIEWS.includes(query.get('view')) ? query.get('view') : 'queues';
  const state = { view };
  for (const name of [...COMMON, ...API[view].params]) {
    const value = query.get(name);
    if (value !== null && value.trim() !== '') state[name] = value.trim();
  }
  return state;
}

/** The page's own link for a state. */
export function pageLink(state) {
  return withQuery('/reports', ordered(state, true));
}

/** The API request of a state: its path and its parameters (format=json by default). */
export function apiLink(state, format) {
  const params = ordered(state, false);
  if (format && format !== 'json') {
    delete params.page; // an export takes every match, up to the API's largest page
    params.format = format;
  }
  return withQuery(API[state.view].path, params);
}

function ordered(state, withView) {
  const out = withView ? { view: state.view } : {};
  for (const name of [...COMMON, ...API[state.view].params]) {
    if (state[name] !== undefined && state[name] !== null && state[name] !== '') out[name] = state[name];
  }
  return out;
}
