// Turns the picture's data (drawing.js) into SVG DOM nodes.
const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes, text and children from a { name, attrs, text, children } tree. */
export function toSvg({ name, attrs = {}, text = null, children = [] }) {
  const element = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) element.setAttribute(k, v);
  if (text !== null) element.textContent = text;
  for (const child of children) element.append(toSvg(child));
  return element;
}
