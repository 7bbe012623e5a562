// Every element of the page is made here: strings become text nodes, never markup, so
// article text, titles and actor names (all untrusted) can only ever show as text.

/**
 * `el('a', {class: 'x', dataset: {id: '3'}, onclick: f, title: 't'}, 'text', child)`.
 * Attributes are set with `setAttribute` (values are strings, never parsed as markup).
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces a container's children. */
export function fill(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

export function byId(id) {
  return document.getElementById(id);
}
