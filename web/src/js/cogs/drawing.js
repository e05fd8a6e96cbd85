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

/**
 * Label lines and the value line inside a gear, centred vertically. Hidden from assistive technology: the gear's
 * aria-label says the same in words (a name that did not contain the visible "−0.50 · 39%" failed axe-core's
 * label-content-name-mismatch).
 */
export function gearLabels(name, pitch, rotation, salience) {
  const size = labelSize(pitch);
  const lines = splitLabel(name);
  const step = size * 1.1;
  const top = -((lines.length - 1) * step) / 2 - size * 0.45;
  const labels = lines.map((text, n) => node('text', { class: 'label', 'aria-hidden': 'true', x: '0', y: String(Math.round(top + n * step)), 'font-size': String(size) }, [], text));
  const value = node('text', {
    class: 'label-value',
    'aria-hidden': 'true',
    x: '0',
    y: String(Math.round(top + lines.length * step + size * 0.35)),
    'font-size': String(Math.max(10, size - 2)),
  }, [], `${formatRotation(rotation)} · ${formatPercent(salience)}`);
  return [...labels, value];
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
    'aria-label': `${cog.domain.name}: ${directionWords[cog.direction]}, rotation ${formatRotation(cog.rotation)}, ${formatPercent(cog.salience)} of the evidence. Show its themes and quotes.`,
  }, [
    node('title', {}, [], `${cog.domain.name}: ${cog.supports} supports, ${cog.threats} threats, rotation ${formatRotation(cog.rotation)}, salience ${formatPercent(cog.salience)}`),
    node('path', { class: 'body', d: gearPath(gear.teeth), transform: `rotate(${gear.phaseDeg})` }),
    node('circle', { class: 'hub', r: String(Math.round(hub)) }),
    spinner,
    ...gearLabels(cog.domain.name, gear.pitch, cog.rotation, cog.salience),
  ]);
}

/** Every gear, in the cogs' order (layout.gears[i] belongs to cogs[i]). */
export const gearNodes = (cogs, layout, selectedKey) => layout.gears.map((gear, i) => gearNode(cogs[i], gear, cogs[i].key === selectedKey));

/** What layoutCogs needs from each cog. */
export const layoutInput = (cogs) => cogs.map((c) => ({ key: c.key, salience: c.salience, rotation: c.rotation }));
