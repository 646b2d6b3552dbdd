import { byId } from './lib/dom.js';
import { getJson, postJson, setCsrfToken } from './lib/api.js';
import { bindLanguageSelect, t, translatePage } from './lib/i18n.js';

/*
 * Login page: posts the credentials as JSON and goes back to the page that sent us here.
 * Only same-site paths are accepted as "next", so the page cannot be used as an open redirect.
 */

translatePage();
bindLanguageSelect(byId('lang-select'));
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
    errorText.textContent = t('login.missing');
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
      ? t('login.wrong')
      : error.code === 'too_many_attempts' || error.status === 429
        ? t('login.throttled')
        : t('login.failed', { message: error.message });
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
