import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameStep, nextAngle, spinnerTransform, MAX_STEP_SECONDS } from '../src/js/cogs/animation.js';

test('a frame’s step is the time since the last one, none on the first, capped', () => {
  assert.equal(frameStep(0, 1234), 0);
  assert.equal(frameStep(1000, 1016), 0.016);
  assert.equal(frameStep(1000, 9000), MAX_STEP_SECONDS);
});

test('arrows turn by speed × time, clockwise for positive speeds, and stay in [0, 360)', () => {
  assert.equal(nextAngle(0, 36, 0.5), 18);
  assert.equal(nextAngle(350, 36, 0.5), 8);
  assert.equal(nextAngle(0, -18, 1), 342);
  assert.equal(nextAngle(90, 0, 0.1), 90, 'a still cog stays');
  assert.equal(spinnerTransform(12.3456), 'rotate(12.35)');
});
