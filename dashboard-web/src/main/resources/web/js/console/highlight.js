/**
 * Safe search highlighting: walks the text nodes under a root and wraps each match in <mark> by
 * splitting text nodes. No markup is ever parsed, so the server's text stays text.
 */

/** Removes previous highlights, restoring plain text nodes. */
export function clearHighlights(root) {
  for (const mark of root.querySelectorAll('mark')) {
    mark.replaceWith(document.createTextNode(mark.textContent));
  }
  root.normalize();
}

/** Highlights every case-insensitive occurrence of query; returns the number of matches. */
export function highlight(root, query) {
  clearHighlights(root);
  if (!query) return 0;
  const needle = query.toLowerCase();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  let matches = 0;
  for (const node of nodes) {
    const text = node.nodeValue;
    const lower = text.toLowerCase();
    let from = 0;
    let index = lower.indexOf(needle, from);
    if (index < 0) continue;
    const fragment = document.createDocumentFragment();
    while (index >= 0) {
      if (index > from) fragment.append(document.createTextNode(text.slice(from, index)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(index, index + needle.length);
      fragment.append(mark);
      matches += 1;
      from = index + needle.length;
      index = lower.indexOf(needle, from);
    }
    if (from < text.length) fragment.append(document.createTextNode(text.slice(from)));
    node.replaceWith(fragment);
  }
  return matches;
}
