// Builds DOM nodes. Text only ever goes in through `textContent` (via `append` of strings), never as
// HTML, so nothing in a content pack can run as code in the app.

/**
 * Creates an element. `attributes` are set with setAttribute, except `class` (className) and
 * `on*` functions (event listeners). Children may be nodes, strings (added as text) or null.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "class") {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A decorative pictogram shipped with the app. */
export function icon(name, extraClass = "") {
  return el("img", { src: `icons/${name}.svg`, alt: "", class: `icon ${extraClass}`.trim() });
}
