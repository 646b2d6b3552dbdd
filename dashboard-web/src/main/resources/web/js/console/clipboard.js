import { h } from '../lib/dom.js';

const CLIPBOARD_DEADLINE_MS = 1000;

/**
 * Copies text with the Clipboard API, or through a hidden selection where the API is refused or stalls
 * (plain-http origins, headless browsers). Resolves to whether the text was copied.
 */
export async function copyText(value) {
  try {
    const refused = new Promise((resolve, reject) => setTimeout(() => reject(new Error('clipboard timeout')), CLIPBOARD_DEADLINE_MS));
    await Promise.race([navigator.clipboard.writeText(value), refused]);
    return true;
  } catch (e) {
    const area = h('textarea', { attrs: { readonly: true, 'aria-hidden': 'true' } });
    area.value = value;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}
