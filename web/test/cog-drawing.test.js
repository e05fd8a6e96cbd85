import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pictureFrame, gearNode, gearNodes, gearLabels, gearLabelNodes, layoutInput } from '../src/js/cogs/drawing.js';
import { viewModel } from '../src/js/cogs/model.js';
import { layoutCogs } from '../src/js/geometry.js';

const domain = (key, name) => ({ id: `s/${key}`, name, canonicalDomain: key });
const model = viewModel({
  unit: 'QUOTES', allTurnSameWay: false, heaviestDomain: null, interactions: [],
  cogs: [
    { domain: domain('personal', 'Personal factors'), supports: 12, threats: 6, salience: 0.3, rotation: 1 / 3, direction: 'POSITIVE' },
    { domain: domain('social', 'Social factors'), supports: 2, threats: 2, salience: 0.3, rotation: 0, direction: 'STILL' },
    { domain: domain('structural', 'Structural factors'), supports: 6, threats: 18, salience: 0.4, rotation: -0.5, direction: 'NEGATIVE' },
  ],
});
const layout = layoutCogs(layoutInput(model.cogs));
const find = (node, matches) => (matches(node) ? node : node.children.map((c) => find(c, matches)).find(Boolean) || null);
const all = (node, matches) => [...(matches(node) ? [node] : []), ...node.children.flatMap((c) => all(c, matches))];

test('the picture frame: the layout’s viewBox, the cog count and a sentence per cog', () => {
  const frame = pictureFrame(model.cogs, layout);
  const { x, y, width, height } = layout.viewBox;
  assert.equal(frame.attrs.viewBox, `${x} ${y} ${width} ${height}`);
  assert.equal(frame.attrs['data-cog-count'], '3');
  assert.equal(frame.desc.name, 'desc');
  assert.equal((frame.desc.text.match(/of the evidence/g) || []).length, 3);
});

test('one gear per cog, in order, carrying its numbers, size, speed and accessible name', () => {
  const gears = gearNodes(model.cogs, layout, 'structural');
  assert.deepEqual(gears.map((g) => g.attrs['data-domain']), ['personal', 'social', 'structural']);
  const structural = gears[2];
  assert.equal(structural.name, 'g');
  assert.equal(structural.attrs['data-direction'], 'NEGATIVE');
  assert.equal(structural.attrs['data-rotation'], '-0.5');
  assert.equal(structural.attrs['data-radius'], String(layout.gears[2].pitch));
  assert.equal(structural.attrs['data-speed'], String(layout.gears[2].speedDeg));
  assert.ok(Number(structural.attrs['data-speed']) < 0, 'anticlockwise');
  assert.equal(structural.attrs['aria-pressed'], 'true');
  assert.equal(gears[0].attrs['aria-pressed'], 'false');
  assert.equal(structural.attrs.role, 'button');
  assert.equal(structural.attrs.transform, `translate(${layout.gears[2].x} ${layout.gears[2].y})`);
  assert.match(structural.attrs['aria-label'], /^Structural factors: negative .*rotation \u22120\.50, 40% of the evidence/);
  assert.equal(find(structural, (n) => n.name === 'title').text, 'Structural factors: negative (threats outweigh supports), rotation \u22120.50, 40% of the evidence; 6 supports, 18 threats');
  assert.ok(find(structural, (n) => n.attrs.class === 'body').attrs.d.startsWith('M'));
});

test('a turning cog has an arrow inside its spinner; a still one an empty spinner', () => {
  const [personal, social] = gearNodes(model.cogs, layout, null);
  const spinner = find(personal, (n) => n.attrs.class === 'spinner');
  assert.deepEqual(spinner.children.map((c) => c.attrs.class), ['arrow-arc', 'arrow-head']);
  assert.equal(spinner.attrs['data-speed'], personal.attrs['data-speed']);
  assert.deepEqual(find(social, (n) => n.attrs.class === 'spinner').children, []);
  assert.equal(gearNode(model.cogs[1], layout.gears[1], false).attrs['data-direction'], 'STILL');
});

test('labels: the name on its lines, then rotation and salience; centred around the hub', () => {
  const labels = gearLabels('Structural factors', 80, -0.5, 0.4);
  const value = labels.at(-1);
  assert.equal(value.attrs.class, 'label-value');
  assert.equal(value.text, '\u22120.50 · 40%');
  const names = labels.slice(0, -1);
  assert.equal(names.map((l) => l.text).join(' '), 'Structural factors');
  const ys = labels.map((l) => Number(l.attrs.y));
  assert.ok(ys.every((y, i) => i === 0 || y > ys[i - 1]), 'lines go down');
  assert.ok(ys[0] < 0 && ys.at(-1) > 0, 'around the centre');
  const drawn = gearLabelNodes(model.cogs, layout)[2];
  assert.equal(all(drawn, (n) => n.name === 'text').at(-1).text, '\u22120.50 · 40%');
  assert.equal(drawn.attrs['aria-hidden'], 'true', 'the button of the gear carries the name; its label is drawn beside it');
  assert.equal(drawn.attrs.transform, gearNodes(model.cogs, layout, null)[2].attrs.transform);
  assert.equal(all(gearNodes(model.cogs, layout, null)[2], (n) => n.name === 'text').length, 0);
});
