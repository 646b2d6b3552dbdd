import { MESSAGES } from './messages.js';

/**
 * The page's language: French or English, chosen per browser and remembered (localStorage), by default from the
 * browser's own preference (the languages it sends as Accept-Language). Every label comes from the one catalogue
 * in messages.js; server values (state names, queue names) are shown as the server wrote them, never translated.
 */

const STORAGE_KEY = 'cccp-lang';
export const LANGUAGES = ['fr', 'en'];

function initialLanguage() {
  let stored = null;
  try { stored = localStorage.getItem(STORAGE_KEY); } catch (e) { /* storage disabled: browser preference */ }
  if (LANGUAGES.includes(stored)) return stored;
  const preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (const tag of preferred) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'fr';
}

let current = initialLanguage();
document.documentElement.lang = current;

/** The language in use: "fr" or "en". */
export function language() {
  return current;
}

/**
 * The message for a key, with {name} placeholders filled from params. A key missing from the catalogue shows
 * as itself (and a test fails on it), never as an empty label.
 */
export function t(key, params = {}) {
  const table = MESSAGES[current] || MESSAGES.fr;
  const text = table[key] !== undefined ? table[key] : (MESSAGES.en[key] !== undefined ? MESSAGES.en[key] : key);
  return text.replace(/\{(\w+)\}/g, (all, name) => (params[name] === undefined || params[name] === null
    ? all : String(params[name])));
}

/**
 * The label of a code of our own API (an agent or call status, a disposition, a job state) under prefix, e.g.
 * labelOf('status', 'wrap_up'); a code the catalogue does not know is shown as the server sent it.
 */
export function labelOf(prefix, code) {
  if (code === null || code === undefined || code === '') return code;
  const key = `${prefix}.${code}`;
  return (MESSAGES[current] || MESSAGES.fr)[key] !== undefined ? t(key) : String(code);
}

/**
 * Translates static markup: data-i18n (text), data-i18n-placeholder, data-i18n-title, data-i18n-aria-label.
 * Called once per page at start; dynamic text is built with t().
 */
export function translatePage(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
  for (const node of root.querySelectorAll('[data-i18n-aria-label]')) {
    node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  }
  if (document.documentElement.dataset.i18nTitle) document.title = t(document.documentElement.dataset.i18nTitle);
}

/** Stores the choice and reloads: every label, including those already rendered, then comes out in it. */
export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === current) return;
  try { localStorage.setItem(STORAGE_KEY, lang); } catch (e) { /* storage disabled: this page only */ }
  location.reload();
}

/** Binds a <select> (options fr/en) to the language. */
export function bindLanguageSelect(select) {
  select.value = current;
  select.addEventListener('change', () => setLanguage(select.value));
}

/** A number in the page's language (decimal comma in French). */
export function number(value, digits = 0) {
  return new Intl.NumberFormat(current === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(value);
}
