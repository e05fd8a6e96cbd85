import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MODULE, MIN_RADIUS, MIN_TEETH, FULL_RADIUS, MAX_SPEED_DEG,
  radiusForSalience, toothCount, pitchRadius, gearRadii, angularSpeedDeg, secondsPerTurn, directionOf,
  meshPhase, toothAngles, gearPath, arrowPath, layoutCogs, viewBoxFor, distance, splitLabel, labelSize,
} from '../src/js/geometry.js';

const TAU = 2 * Math.PI;
const seed = [
  { key: 'personal', salience: 18 / 61, rotation: (12 - 6) / 18 },
  { key: 'social', salience: 19 / 61, rotation: (14 - 5) / 19 },
  { key: 'structural', salience: 24 / 61, rotation: (6 - 18) / 24 },
];

test('gear area is proportional to salience (radius ∝ √salience)', () => {
  assert.equal(radiusForSalience(1), FULL_RADIUS);
  const quarter = radiusForSalience(0.25);
  assert.equal(quarter, FULL_RADIUS / 2);
  const ratio = (radiusForSalience(0.4) / radiusForSalience(0.1)) ** 2;
  assert.ok(Math.abs(ratio - 4) < 1e-9);
});

test('small, zero, invalid and out-of-range saliences are clamped', () => {
  assert.equal(radiusForSalience(0), MIN_RADIUS);
  assert.equal(radiusForSalience(0.001), MIN_RADIUS);
  assert.equal(radiusForSalience(NaN), MIN_RADIUS);
  assert.equal(radiusForSalience(-1), MIN_RADIUS);
  assert.equal(radiusForSalience(7), FULL_RADIUS);
});

test('tooth count: pitch diameter over module, never fewer than the minimum', () => {
  assert.equal(toothCount(100), Math.round(200 / MODULE));
  assert.equal(toothCount(1), MIN_TEETH);
  assert.equal(pitchRadius(toothCount(100)), (toothCount(100) * MODULE) / 2);
});

test('tip and root radii sit one module above and 1.25 modules below the pitch circle', () => {
  const r = gearRadii(20);
  assert.equal(r.pitch, 80);
  assert.equal(r.outer, 80 + MODULE);
  assert.equal(r.root, 80 - 1.25 * MODULE);
});

test('more salience never gives a smaller gear', () => {
  let previous = 0;
  for (let s = 0; s <= 1.0001; s += 0.01) {
    const r = pitchRadius(toothCount(radiusForSalience(s)));
    assert.ok(r >= previous, `salience ${s}`);
    previous = r;
  }
});

test('angular speed: proportional to rotation, clockwise positive, still at 0', () => {
  assert.equal(angularSpeedDeg(1), MAX_SPEED_DEG);
  assert.equal(angularSpeedDeg(-0.5), -MAX_SPEED_DEG / 2);
  assert.equal(angularSpeedDeg(0), 0);
  assert.equal(angularSpeedDeg(NaN), 0);
  assert.equal(angularSpeedDeg(3), MAX_SPEED_DEG);
  assert.equal(secondsPerTurn(0), Infinity);
  assert.equal(secondsPerTurn(-36), 10);
  assert.deepEqual([directionOf(0.2), directionOf(-0.1), directionOf(0)], ['POSITIVE', 'NEGATIVE', 'STILL']);
});

test('the seed lays out as three meshing gears, structural the largest', () => {
  const { gears } = layoutCogs(seed);
  assert.equal(gears.length, 3);
  const [personal, social, structural] = gears;
  assert.ok(structural.pitch > social.pitch && structural.pitch > personal.pitch);
  assert.equal(structural.direction, 'NEGATIVE');
  assert.ok(structural.speedDeg < 0 && personal.speedDeg > 0 && social.speedDeg > 0);
  assert.ok(Math.abs(social.speedDeg) > Math.abs(personal.speedDeg), 'social turns faster (+0.47 vs +0.33)');
});

test('neighbours touch at their pitch circles; non-neighbours do not overlap', () => {
  for (const cogs of [seed, [...seed, { key: 'x', salience: 0.02, rotation: 0 }, { key: 'y', salience: 0.5, rotation: 1 }], [{ key: 'a', salience: 1, rotation: 1 }]]) {
    const { gears } = layoutCogs(cogs);
    for (let i = 1; i < gears.length; i++) {
      assert.ok(Math.abs(distance(gears[i - 1], gears[i]) - (gears[i - 1].pitch + gears[i].pitch)) < 0.02, `pair ${i}`);
    }
    for (let i = 0; i < gears.length; i++) {
      for (let j = i + 2; j < gears.length; j++) {
        assert.ok(distance(gears[i], gears[j]) >= gears[i].outer + gears[j].outer, `gears ${i} and ${j} overlap`);
      }
    }
  }
});

test('teeth of meshing gears fall into each other’s gaps', () => {
  const { gears } = layoutCogs(seed);
  for (let i = 1; i < gears.length; i++) {
    const a = gears[i - 1];
    const b = gears[i];
    const theta = Math.atan2(b.y - a.y, b.x - a.x);
    // Where A's tooth centre nearest the contact point is, B must have a gap centre (half a tooth off).
    const tA = (((theta - a.phase) * a.teeth) / TAU) % 1;
    const uB = (((theta + Math.PI - b.phase) * b.teeth) / TAU) % 1;
    const sum = (((tA + uB) % 1) + 1) % 1;
    assert.ok(Math.abs(sum - 0.5) < 0.02, `pair ${i}: ${sum}`);
  }
});

test('meshPhase puts a gap of B opposite a tooth of A', () => {
  const phase = meshPhase(0, 20, 0, 12);
  // A has a tooth at angle 0 (the contact); B's tooth positions at angle π must be half-way between teeth.
  const u = (((Math.PI - phase) * 12) / TAU) % 1;
  assert.ok(Math.abs(((u + 1) % 1) - 0.5) < 1e-9);
  assert.equal(toothAngles(4, 0).length, 4);
  assert.ok(Math.abs(toothAngles(4, 0)[1] - Math.PI / 2) < 1e-12);
});

test('gear path: one tooth per N, closed, within the tip circle', () => {
  const d = gearPath(12);
  assert.match(d, /^M .* Z$/);
  assert.equal((d.match(/ A /g) || []).length, 24);
  const numbers = d.match(/-?\d+(\.\d+)?/g).map(Number);
  const outer = gearRadii(12).outer;
  assert.ok(numbers.every((n) => Math.abs(n) <= outer + 0.01));
});

test('arrow: clockwise for positive, anticlockwise for negative, none when still', () => {
  const cw = arrowPath(50, 'POSITIVE');
  const ccw = arrowPath(50, 'NEGATIVE');
  assert.match(cw.arc, / 0 1 1 /, 'large arc, positive sweep');
  assert.match(ccw.arc, / 0 1 0 /, 'large arc, negative sweep');
  assert.ok(cw.head.startsWith('M '));
  assert.equal(arrowPath(50, 'STILL'), null);
});

test('the viewBox holds every tooth with the margin', () => {
  const { gears, viewBox } = layoutCogs(seed);
  for (const g of gears) {
    assert.ok(g.x - g.outer >= viewBox.x + 11.99);
    assert.ok(g.y - g.outer >= viewBox.y + 11.99);
    assert.ok(g.x + g.outer <= viewBox.x + viewBox.width - 11.99);
    assert.ok(g.y + g.outer <= viewBox.y + viewBox.height - 11.99);
  }
  assert.deepEqual(viewBoxFor([]), { x: 0, y: 0, width: 100, height: 100 });
});

test('labels: two balanced lines for long names; font grows with the gear within bounds', () => {
  assert.deepEqual(splitLabel('Structural factors'), ['Structural', 'factors']);
  assert.deepEqual(splitLabel('Social'), ['Social']);
  assert.deepEqual(splitLabel('Organisational and training level'), ['Organisational', 'and training level']);
  assert.equal(labelSize(10), 11);
  assert.equal(labelSize(1000), 17);
});
