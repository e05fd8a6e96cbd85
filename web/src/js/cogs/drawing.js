// The cogs picture as data: from the cogs and their layout (geometry.js) to a tree of SVG elements,
// { name, attrs, text, children }, that svg.js turns into DOM nodes. Pure, so the picture's content
// (attributes, labels, accessible names) is unit-tested without a browser.
import { gearPath, arrowPath, labelSize, splitLabel } from '../geometry.js';
import { formatRotation, formatPercent, directionWords, cogSentence } from './model.js';

const node = (name, attrs = {}, children = [], text = null) => ({ name, attrs, children, text });

/** The <svg>'s own attributes and its <desc>, for the whole picture. */
export function pictureFrame(cogs, layout) {
  const { x, y, width, height } = layout.viewBox;
  return {
    attrs: { viewBox: `${x} ${y} ${width} ${height}`, 'data-cog-count': String(cogs.length) },
    desc: node('desc', {}, [], cogs.map(cogSentence).join(' ')),
  };
}

/** Label lines and the value line inside a gear, centred vertically. */
export function gearLabels(name, pitch, rotation, salience) {
  const size = labelSize(pitch);
  const lines = splitLabel(name);
  const step = size * 1.1;
  const top = -((lines.length - 1) * step) / 2 - size * 0.45;
  const labels = lines.map((text, n) => node('text', { class: 'label', x: '0', y: String(Math.round(top + n * step)), 'font-size': String(size) }, [], text));
  const value = node('text', {
    class: 'label-value',
    x: '0',
    y: String(Math.round(top + lines.length * step + size * 0.35)),
    'font-size': String(Math.max(10, size - 2)),
  }, [], `${formatRotation(rotation)} · ${formatPercent(salience)}`);
  return [...labels, value];
}

/** The gear's tooltip, which its accessible name contains whole (axe-core's label-content-name-mismatch reads the title as its text). */
function gearTitle(cog) {
  return `${cog.domain.name}: ${directionWords[cog.direction]}, rotation ${formatRotation(cog.rotation)}, ${formatPercent(cog.salience)} of the evidence; ${cog.supports} supports, ${cog.threats} threats`;
}

/** One gear: body with teeth, hub, the turning arrow (none when still), labels, title and ARIA. */
export function gearNode(cog, gear, selected) {
  const hub = gear.root * 0.72;
  const arrow = arrowPath(hub - 10, cog.direction);
  const spinner = node('g', { class: 'spinner', 'data-speed': String(gear.speedDeg) },
    arrow ? [node('path', { class: 'arrow-arc', d: arrow.arc }), node('path', { class: 'arrow-head', d: arrow.head })] : []);
  return node('g', {
    class: 'cog',
    transform: `translate(${gear.x} ${gear.y})`,
    'data-domain': cog.key,
    'data-direction': cog.direction,
    'data-rotation': String(cog.rotation),
    'data-salience': String(cog.salience),
    'data-radius': String(gear.pitch),
    'data-teeth': String(gear.teeth),
    'data-speed': String(gear.speedDeg),
    role: 'button',
    tabindex: '0',
    'aria-pressed': String(selected),
    'aria-label': `${gearTitle(cog)}. Show its themes and quotes.`,
  }, [
    node('title', {}, [], gearTitle(cog)),
    node('path', { class: 'body', d: gearPath(gear.teeth), transform: `rotate(${gear.phaseDeg})` }),
    node('circle', { class: 'hub', r: String(Math.round(hub)) }),
    spinner,
  ]);
}

/**
 * A gear's written label, drawn over it but outside its button and hidden from assistive technology: the button's
 * name says the same in words. Inside the button the visible "Structural factors −0.50 · 39%" was text its name did not
 * contain (axe-core's label-content-name-mismatch, a serious violation).
 */
export function gearLabelNode(cog, gear) {
  return node('g', { class: 'cog-labels', 'aria-hidden': 'true', 'data-domain': cog.key, transform: `translate(${gear.x} ${gear.y})` },
    gearLabels(cog.domain.name, gear.pitch, cog.rotation, cog.salience));
}

export const gearLabelNodes = (cogs, layout) => layout.gears.map((gear, i) => gearLabelNode(cogs[i], gear));

/** Every gear, in the cogs' order (layout.gears[i] belongs to cogs[i]). */
export const gearNodes = (cogs, layout, selectedKey) => layout.gears.map((gear, i) => gearNode(cogs[i], gear, cogs[i].key === selectedKey));

/** What layoutCogs needs from each cog. */
export const layoutInput = (cogs) => cogs.map((c) => ({ key: c.key, salience: c.salience, rotation: c.rotation }));
