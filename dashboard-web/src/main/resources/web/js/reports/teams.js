import { getJson } from '../lib/api.js';

/**
 * The names of a project's configured teams (named groups of queues), for the reports' team choice. The API maps a
 * team to its queues in Java; the page only offers the names. No catalogue, or none for the project: no teams.
 */
export async function loadTeams(project) {
  if (!project) return [];
  try {
    const answer = await getJson('/api/teams', { project });
    const teams = Array.isArray(answer) ? answer : answer.teams;
    return Array.isArray(teams) ? teams.map((team) => (typeof team === 'string' ? team : team.name)).filter(Boolean) : [];
  } catch (error) {
    return [];
  }
}
