// Geometry of the cogs picture: pure functions from cog numbers to shapes, unit-tested by node --test.
// Nothing here touches the DOM, so the same numbers can be checked without a browser.
//
// Conventions: SVG user units; angles in radians unless a name says Deg; y grows downwards, so a
// positive angle and a positive rotate() both turn clockwise on screen.

/** Tooth size (module): pitch diameter per tooth. Every gear uses the same one, so teeth mesh. */
export const MODULE = 8;
/** Radius a gear of salience 1 (all the evidence) would have. */
export const FULL_RADIUS = 190;
/** Smallest pitch radius, so that a cog with very little evidence is still visible and clickable. */
export const MIN_RADIUS = 40;
export const MIN_TEETH = 10;
/** Angular speed (degrees per second) of a cog whose rotation is +1 or -1. */
export const MAX_SPEED_DEG = 36;
/** Angle between successive links of the chain of gears, alternating up and down. */
export const CHAIN_BEND = Math.PI / 7;

const TAU = 2 * Math.PI;

/**
 * Pitch radius before snapping to whole teeth: the gear's AREA is proportional to salience
 * (radius ∝ √salience), because readers compare areas, not radii. Never below MIN_RADIUS.
 */
export function radiusForSalience(salience, full = FULL_RADIUS, min = MIN_RADIUS) {
  const s = Number.isFinite(salience) ? Math.min(Math.max(salience, 0), 1) : 0;
  return Math.max(min, full * Math.sqrt(s));
}

/** Whole number of teeth for a pitch radius: pitch diameter / module, at least MIN_TEETH. */
export function toothCount(radius, module = MODULE) {
  return Math.max(MIN_TEETH, Math.round((2 * radius) / module));
}

/** Pitch radius of a gear with that many teeth; gears with one module mesh at distance r1 + r2. */
export function pitchRadius(teeth, module = MODULE) {
  return (teeth * module) / 2;
}

/** Tip (outer) and root radii of a gear: addendum = 1 module, dedendum = 1.25 modules. */
export function gearRadii(teeth, module = MODULE) {
  const pitch = pitchRadius(teeth, module);
  return { pitch, outer: pitch + module, root: pitch - 1.25 * module };
}

/**
 * Signed angular speed in degrees per second: positive = clockwise (supports outweigh threats),
 * negative = anticlockwise, 0 = still. Proportional to the rotation, which lies in [-1, 1].
 */
export function angularSpeedDeg(rotation, max = MAX_SPEED_DEG) {
  if (!Number.isFinite(rotation) || rotation === 0) return 0;
  return Math.max(-1, Math.min(1, rotation)) * max;
}

/** Seconds per full turn at that speed, or Infinity when still. */
export function secondsPerTurn(speedDeg) {
  return speedDeg === 0 ? Infinity : 360 / Math.abs(speedDeg);
}

/** The direction a rotation value stands for, as the API's Rotation enum spells it. */
export function directionOf(rotation) {
  if (rotation > 0) return 'POSITIVE';
  if (rotation < 0) return 'NEGATIVE';
  return 'STILL';
}

const frac = (x) => x - Math.floor(x);

/**
 * Phase (rotation of tooth 0, radians) that gear B needs so that its teeth fall into gear A's gaps,
 * where B's centre lies at angle `theta` from A's centre and the gears touch at their pitch circles.
 * A's tooth position at the contact point is t (in teeth); B's must be 1/2 - t there, so that a
 * tooth of A always faces a gap of B (as A turns one way and B the other, t + u stays constant).
 */
export function meshPhase(phaseA, teethA, theta, teethB) {
  const t = frac(((theta - phaseA) * teethA) / TAU);
  const u = frac(0.5 - t);
  return theta + Math.PI - (u * TAU) / teethB;
}

/** Angles (radians) of the tooth centres of a gear. */
export function toothAngles(teeth, phase = 0) {
  return Array.from({ length: teeth }, (_, k) => phase + (k * TAU) / teeth);
}

const r2 = (x) => Math.round(x * 100) / 100;
const pt = (r, a) => `${r2(r * Math.cos(a))} ${r2(r * Math.sin(a))}`;

/**
 * SVG path of a gear centred on (0, 0) with tooth 0 at angle 0: trapezoid teeth whose thickness at
 * the pitch circle is a little under half the circular pitch (some backlash), joined along the root.
 */
export function gearPath(teeth, module = MODULE) {
  const { outer, root } = gearRadii(teeth, module);
  const p = TAU / teeth;
  const rootHalf = 0.3 * p;
  const tipHalf = 0.16 * p;
  let d = `M ${pt(root, -rootHalf)}`;
  for (let k = 0; k < teeth; k++) {
    const c = k * p;
    d += ` L ${pt(outer, c - tipHalf)} A ${r2(outer)} ${r2(outer)} 0 0 1 ${pt(outer, c + tipHalf)}`;
    d += ` L ${pt(root, c + rootHalf)} A ${r2(root)} ${r2(root)} 0 0 1 ${pt(root, c + p - rootHalf)}`;
  }
  return `${d} Z`;
}

/**
 * A curved arrow around the hub showing which way a cog turns: an arc of 270° at `radius` with its
 * head at the end it turns towards (clockwise for POSITIVE, anticlockwise for NEGATIVE). Null for STILL.
 */
export function arrowPath(radius, direction) {
  if (direction !== 'POSITIVE' && direction !== 'NEGATIVE') return null;
  const cw = direction === 'POSITIVE';
  const start = cw ? -Math.PI / 2 : Math.PI;
  const end = cw ? Math.PI : -Math.PI / 2; // 270° on
  const sweep = cw ? 1 : 0;
  const head = Math.max(5, radius * 0.28);
  // The head: a triangle at the end point pointing along the direction of travel.
  const ex = radius * Math.cos(end);
  const ey = radius * Math.sin(end);
  const tangent = cw ? end + Math.PI / 2 : end - Math.PI / 2;
  const tip = [ex + head * Math.cos(tangent), ey + head * Math.sin(tangent)];
  const back1 = [ex + (head / 1.6) * Math.cos(end), ey + (head / 1.6) * Math.sin(end)];
  const back2 = [ex - (head / 1.6) * Math.cos(end), ey - (head / 1.6) * Math.sin(end)];
  return {
    arc: `M ${pt(radius, start)} A ${r2(radius)} ${r2(radius)} 0 1 ${sweep} ${pt(radius, end)}`,
    head: `M ${r2(tip[0])} ${r2(tip[1])} L ${r2(back1[0])} ${r2(back1[1])} L ${r2(back2[0])} ${r2(back2[1])} Z`,
  };
}

/** Distance between two points. */
export const distance = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Lays the cogs out as a chain in the given order: each gear meshes with the one before it (centres
 * exactly r1 + r2 apart, teeth phased into each other's gaps), bending alternately up and down so the
 * chain stays compact. A link is straightened when a bent one would let the new gear overlap an
 * earlier, non-neighbouring one. Returns the gears and a viewBox that holds them all with `margin`.
 *
 * Input: [{ key, salience, rotation }]; output gears add teeth, pitch/outer/root radii, x, y,
 * phaseDeg, speedDeg (signed, clockwise positive) and direction.
 */
export function layoutCogs(cogs, { module = MODULE, full = FULL_RADIUS, min = MIN_RADIUS, margin = 12 } = {}) {
  const gears = [];
  for (const [i, cog] of cogs.entries()) {
    const teeth = toothCount(radiusForSalience(cog.salience, full, min), module);
    const radii = gearRadii(teeth, module);
    const gear = {
      key: cog.key,
      salience: cog.salience,
      rotation: cog.rotation,
      direction: directionOf(cog.rotation),
      teeth,
      ...radii,
      x: 0,
      y: 0,
      phase: 0,
      speedDeg: angularSpeedDeg(cog.rotation),
    };
    if (i > 0) {
      const prev = gears[i - 1];
      const d = prev.pitch + gear.pitch;
      const bend = i % 2 === 1 ? -CHAIN_BEND : CHAIN_BEND;
      let theta = bend;
      for (const candidate of [bend, bend / 2, 0]) {
        theta = candidate;
        const at = { x: prev.x + d * Math.cos(theta), y: prev.y + d * Math.sin(theta) };
        const clear = gears.slice(0, -1).every((g) => distance(g, at) >= g.outer + gear.outer + module);
        if (clear) break;
      }
      gear.x = prev.x + d * Math.cos(theta);
      gear.y = prev.y + d * Math.sin(theta);
      gear.phase = meshPhase(prev.phase, prev.teeth, theta, teeth);
    } else {
      // Start with a gap, not a tooth, at the top: looks tidier and keeps the label area clear.
      gear.phase = -Math.PI / 2 + Math.PI / teeth;
    }
    gears.push(gear);
  }
  for (const g of gears) {
    g.phaseDeg = r2((g.phase * 180) / Math.PI);
    g.x = r2(g.x);
    g.y = r2(g.y);
  }
  return { gears, viewBox: viewBoxFor(gears, margin) };
}

/** The smallest box holding every gear's tip circle, plus a margin: { x, y, width, height }. */
export function viewBoxFor(gears, margin = 12) {
  if (gears.length === 0) return { x: 0, y: 0, width: 100, height: 100 };
  const minX = Math.min(...gears.map((g) => g.x - g.outer)) - margin;
  const minY = Math.min(...gears.map((g) => g.y - g.outer)) - margin;
  const maxX = Math.max(...gears.map((g) => g.x + g.outer)) + margin;
  const maxY = Math.max(...gears.map((g) => g.y + g.outer)) + margin;
  return { x: r2(minX), y: r2(minY), width: r2(maxX - minX), height: r2(maxY - minY) };
}

/** Font size for the label inside a gear, growing with the gear but kept readable. */
export function labelSize(pitch) {
  return Math.round(Math.max(11, Math.min(17, pitch * 0.13)));
}

/** Splits a label into at most two lines of roughly equal length, at a space. */
export function splitLabel(text) {
  const words = String(text).trim().split(/\s+/);
  if (words.length < 2 || text.length <= 12) return [String(text).trim()];
  let best = [words.join(' ')];
  let bestScore = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    const score = Math.max(a.length, b.length);
    if (score < bestScore) [best, bestScore] = [[a, b], score];
  }
  return best;
}
