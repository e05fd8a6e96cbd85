// Animation: each cog's arrow turns at its own speed (degrees per second, clockwise positive).
// The teeth stay still: meshed gears can only turn opposite ways at linked speeds, and the evidence
// gives each domain its own direction and strength, so the arrow, not the gear, carries the motion.

/** Longest step between two frames, so that a tab coming back from the background does not jump. */
export const MAX_STEP_SECONDS = 0.1;

/** Seconds since the last frame (0 on the first), capped at MAX_STEP_SECONDS. */
export const frameStep = (last, now) => (last ? Math.min(MAX_STEP_SECONDS, (now - last) / 1000) : 0);

/** The next angle in [0, 360) of an arrow turning at `speedDeg` degrees per second for `seconds`. */
export function nextAngle(angle, speedDeg, seconds) {
  const next = (angle + speedDeg * seconds) % 360;
  return next < 0 ? next + 360 : next;
}

/** The transform an arrow gets for an angle. */
export const spinnerTransform = (angle) => `rotate(${angle.toFixed(2)})`;

/**
 * Turns the `.spinner` groups inside `svg` (each inside a `g.cog[data-domain]`, with `data-speed`),
 * keeping each domain's angle across redraws.
 */
export function createSpinners(svg) {
  const angles = new Map();
  let frame = 0;
  let last = 0;
  const spinners = () => [...svg.querySelectorAll('.spinner')].map((s) => ({ s, key: s.parentNode.dataset.domain }));
  const draw = () => {
    for (const { s, key } of spinners()) s.setAttribute('transform', spinnerTransform(angles.get(key) || 0));
  };
  const tick = (now) => {
    const dt = frameStep(last, now);
    last = now;
    for (const { s, key } of spinners()) angles.set(key, nextAngle(angles.get(key) || 0, Number(s.dataset.speed), dt));
    draw();
    frame = requestAnimationFrame(tick);
  };
  return {
    /** (Re)starts the motion, or draws the arrows where they stopped when paused. */
    start(paused) {
      cancelAnimationFrame(frame);
      last = 0;
      if (paused) draw();
      else frame = requestAnimationFrame(tick);
    },
  };
}

/**
 * The Pause/Play button and the reader's reduced-motion wish: paused from the start under
 * prefers-reduced-motion; `onChange(paused)` runs whenever it changes. Returns () => paused.
 */
export function wireMotionToggle(button, onChange) {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let paused = reducedMotion.matches;
  const show = () => {
    button.textContent = paused ? 'Play motion' : 'Pause motion';
    button.setAttribute('aria-pressed', String(paused));
    document.documentElement.dataset.motion = paused ? 'paused' : 'playing';
  };
  const set = (value) => {
    paused = value;
    show();
    onChange(paused);
  };
  button.addEventListener('click', () => set(!paused));
  reducedMotion.addEventListener('change', () => set(reducedMotion.matches));
  show();
  return () => paused;
}
