import { byId } from './lib/dom.js';
import { getJson, postJson, setCsrfToken } from './lib/api.js';

/*
 * Login page: posts the credentials as JSON and goes back to the page that sent us here.
 * Only same-site paths are accepted as "next", so the page cannot be used as an open redirect.
 */

const form = byId('login-form');
const errorText = byId('login-error');
const submit = byId('login-submit');

prepare();

async function prepare() {
  try {
    const me = await getJson('/api/me');
    setCsrfToken(me.csrf_token);
    if (!me.auth_enabled || me.user) location.replace(nextPath());
  } catch (error) {
    // 401 before logging in is expected; the token (if any) comes with the login answer.
  }
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = byId('username').value.trim();
  const password = byId('password').value;
  if (!username || !password) {
    errorText.textContent = 'Enter your username and password.';
    return;
  }
  submit.disabled = true;
  errorText.textContent = '';
  try {
    const answer = await postJson('/api/login', { username, password });
    setCsrfToken(answer.csrf_token);
    location.replace(nextPath());
  } catch (error) {
    errorText.textContent = error.code === 'bad_credentials' || error.status === 401
      ? 'Wrong username or password.'
      : error.code === 'too_many_attempts' || error.status === 429
        ? 'Too many failed attempts. Wait a moment and try again.'
        : `Signing in failed: ${error.message}`;
    byId('password').select();
  } finally {
    submit.disabled = false;
  }
});

function nextPath() {
  const next = new URLSearchParams(location.search).get('next') || '/';
  // A path on this site only: "/x" but not "//host" or "/\host".
  return /^\/(?![/\\])/.test(next) ? next : '/';
}
