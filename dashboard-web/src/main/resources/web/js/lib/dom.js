/**
 * Tiny DOM builder. Server text only ever reaches the page as text nodes or attribute values,
 * never as markup: there is deliberately no way to pass HTML through here.
 */

/**
 * Creates an element.
 * @param {string} tag
 * @param {{class?: string, text?: string, title?: string, attrs?: Object<string,string>,
 *          dataset?: Object<string,string>, on?: Object<string,Function>}} [props]
 * @param {...(Node|string|number|null|undefined|Array)} children strings become text nodes
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
  if (props.title) node.title = props.title;
  for (const [name, value] of Object.entries(props.attrs || {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.dataset || {})) node.dataset[name] = String(value);
  for (const [type, handler] of Object.entries(props.on || {})) node.addEventListener(type, handler);
  append(node, children);
  return node;
}

/** Appends children; strings and numbers become text nodes, null/undefined are skipped. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of a node. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** document.getElementById that fails loudly when the markup and the code disagree. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing element #${id}`);
  return node;
}
