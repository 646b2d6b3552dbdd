/**
 * Theme switch shared by every page. theme-boot.js applied the initial theme before paint; this module
 * wires the header control, persists the choice and keeps the URL's light/dark route in step with it.
 */

const STORAGE_KEY = 'cccp-theme';

/** The theme currently applied: "dark" or "light". */
export function currentTheme() {
  return document.documentElement.getAttribute('data-theme') === 'light' ? 'light' : 'dark';
}

/**
 * Path of the same page for a theme: /cst_explorer/P <-> /cst_explorer_light/P, / <-> /light,
 * /console <-> /console_light, /replay[/console] <-> /replay_light[/console].
 */
export function pathForTheme(pathname, theme) {
  const light = theme === 'light';
  if (pathname === '/' || pathname === '/light') return light ? '/light' : '/';
  let m = /^\/cst_explorer(?:_light)?\/(.+)$/.exec(pathname);
  if (m) return `/cst_explorer${light ? '_light' : ''}/${m[1]}`;
  m = /^\/console(?:_light)?$/.exec(pathname);
  if (m) return light ? '/console_light' : '/console';
  m = /^\/replay(?:_light)?(\/console)?$/.exec(pathname);
  if (m) return `/replay${light ? '_light' : ''}${m[1] || ''}`;
  return pathname;
}

/** Applies a theme, stores it and rewrites the URL to the matching route without reloading. */
export function applyTheme(theme) {
  const value = theme === 'light' ? 'light' : 'dark';
  document.documentElement.setAttribute('data-theme', value);
  try { localStorage.setItem(STORAGE_KEY, value); } catch (e) { /* storage disabled: session-only choice */ }
  const path = pathForTheme(location.pathname, value);
  if (path !== location.pathname) history.replaceState(history.state, '', path + location.search + location.hash);
  document.dispatchEvent(new CustomEvent('themechange', { detail: value }));
}

/** Binds a <select> with options "dark"/"light" to the theme. */
export function bindThemeSelect(select) {
  select.value = currentTheme();
  select.addEventListener('change', () => applyTheme(select.value));
}
