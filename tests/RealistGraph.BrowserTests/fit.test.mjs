// Every page (site-pages.mjs) fits every screen and passes the automated accessibility checks: no sideways
// scroll at 390 and 1000 px, every badge at 4.5:1 contrast or more, and axe-core with no serious or critical
// violation. Screenshots of each page at 1440 and 390 px go to the artifacts folder for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { PAGES } from './site-pages.mjs';
import { BASE_URL, ARTIFACTS, launch, openPage, screenshot } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
let browser;

before(async () => {
  browser = await launch();
  console.log(`# screenshots: ${ARTIFACTS}/screenshots`);
});

after(async () => {
  await browser?.close();
});

async function opened(spec, width) {
  const handle = await openPage(browser, { width, height: 900, reducedMotion: 'reduce' });
  await handle.page.goto(`${BASE_URL}${spec.path}`);
  await handle.page.waitForSelector(spec.ready);
  return handle;
}

/** Elements wider than the window, named, when the document scrolls sideways. */
const sidewaysScroll = (page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  return [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
    .slice(0, 8)
    .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''} (right ${Math.round(e.getBoundingClientRect().right)} > ${width})`);
});

/** The WCAG contrast of every visible badge's text against its own background. */
const badgeContrasts = (page) => page.$$eval('.badge', (badges) => {
  const channel = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const rgb = (css) => css.match(/[\d.]+/g).slice(0, 3).map(Number);
  const luminance = ([r, g, b]) => 0.2126 * channel(r / 255) + 0.7152 * channel(g / 255) + 0.0722 * channel(b / 255);
  return badges.filter((b) => b.getClientRects().length > 0).map((b) => {
    const style = getComputedStyle(b);
    const [l1, l2] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))].sort((x, y) => y - x);
    return { text: b.textContent.trim(), className: b.className, ratio: (l1 + 0.05) / (l2 + 0.05) };
  });
});

for (const spec of PAGES) {
  test(`${spec.name}: no sideways scroll at 390 and 1000 px`, async () => {
    for (const width of [390, 1000]) {
      const { page, check, close } = await opened(spec, width);
      try {
        assert.deepEqual(await sidewaysScroll(page), [], `${spec.name} at ${width} px scrolls sideways`);
        check();
      } finally {
        await close();
      }
    }
  });

  test(`${spec.name}: badges meet 4.5:1 contrast and axe-core finds no serious or critical violation`, async () => {
    const { page, check, close } = await opened(spec, 1360);
    try {
      for (const badge of await badgeContrasts(page)) {
        assert.ok(badge.ratio >= 4.5, `badge "${badge.text}" (${badge.className}) has contrast ${badge.ratio.toFixed(2)}:1`);
      }
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
      assert.deepEqual(violations, [], violations.join('\n'));
      check();
    } finally {
      await close();
    }
  });

  test(`${spec.name}: screenshots at 1440 and 390 px`, async () => {
    for (const width of [1440, 390]) {
      const { page, check, close } = await opened(spec, width);
      try {
        const path = await screenshot(page, `${spec.name}-${width}`);
        assert.ok(readFileSync(path).length > 1000, `${path} was written`);
        check();
      } finally {
        await close();
      }
    }
  });
}
