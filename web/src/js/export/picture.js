// A drawn SVG as a file of its own: the page's styles (colours, strokes, fonts) written onto each
// element, a white background, a size from the viewBox, and nothing interactive. PNG: that SVG drawn
// onto a canvas at twice its size.
const SVG_NS = 'http://www.w3.org/2000/svg';
const STYLED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'opacity', 'font-size', 'font-weight', 'font-family', 'text-anchor'];
const INTERACTIVE = ['tabindex', 'role', 'aria-pressed'];

/** The SVG element's picture as standalone SVG text. */
export function standaloneSvg(svg, title) {
  const copy = svg.cloneNode(true);
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    const target = copies[i];
    target.removeAttribute('class');
    target.removeAttribute('style');
    for (const name of INTERACTIVE) target.removeAttribute(name);
    if (i === 0) return;
    // 'none' matters for fill and stroke (an arc without fill would turn black); elsewhere it is the default.
    const declarations = STYLED.map((p) => [p, style.getPropertyValue(p)])
      .filter(([p, v]) => v && (p === 'fill' || p === 'stroke' || !['none', 'normal', 'auto'].includes(v)));
    if (declarations.length) target.setAttribute('style', declarations.map(([p, v]) => `${p}:${v}`).join(';'));
  });
  const [x, y, width, height] = (copy.getAttribute('viewBox') || '0 0 800 600').split(/\s+/).map(Number);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('role', 'img');
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x, y, width, height, fill: '#ffffff' })) background.setAttribute(k, String(v));
  copy.prepend(background);
  if (title) {
    const t = document.createElementNS(SVG_NS, 'title');
    t.textContent = title;
    copy.prepend(t);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** Standalone SVG text drawn into a PNG Blob, `scale` times its size. */
export async function svgToPng(svgText, scale = 2) {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The picture could not be turned into a PNG.'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
