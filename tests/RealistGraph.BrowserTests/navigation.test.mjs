// Every page carries the head and navigation web/build.mjs writes from web/src/pages.mjs: its title as served, a skip link to
// its main content where it has one, and the navigation with every listed page in order and the page itself marked
// current. Following the navigation from page to page opens each listed page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PAGES, SITE } from './site-pages.mjs';
import { BASE_URL, launch, openPage } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NAVIGATION = SITE.filter(page => page.nav);
const expectedNavigation = current => NAVIGATION.map(page => ({
  label: page.nav, href: page.path, current: page === current ? 'page' : null,
}));
const shownNavigation = page => page.$$eval('header.site-header nav[aria-label="Pages"] a', links => links.map(a => ({
  label: a.textContent.trim(), href: a.getAttribute('href'), current: a.getAttribute('aria-current'),
})));

for (const site of SITE) {
  test(`${site.id}: title, skip link and navigation from web/src/pages.mjs`, async () => {
    const visit = PAGES.find(spec => spec.page === site);
    const { page, check, close } = await openPage(browser);
    try {
      const response = await page.goto(`${BASE_URL}${visit.path}`);
      // The title as built (a page may put its record's name in it once loaded, as the printable page does).
      assert.equal((await response.text()).match(/<title>([^<]*)<\/title>/)?.[1], `${site.title} · RealistGraph`);
      await page.waitForSelector(visit.ready);
      assert.deepEqual(await shownNavigation(page), expectedNavigation(site));
      const skip = await page.$$eval('a.skip-link', links => links.map(a => [a.textContent.trim(), a.getAttribute('href')]));
      assert.deepEqual(skip, site.skip ? [[site.skip, '#main']] : []);
      if (site.skip) assert.equal(await page.locator('main#main').count(), 1, 'the skip link has its target');
      check();
    } finally {
      await close();
    }
  });
}

test('the navigation opens every listed page, each marked current when open', async () => {
  const { page, close } = await openPage(browser);
  try {
    await page.goto(`${BASE_URL}${NAVIGATION[0].path}`);
    for (const target of [...NAVIGATION.slice(1), NAVIGATION[0]]) {
      await page.locator('header.site-header nav a', { hasText: target.nav }).first().click();
      await page.waitForURL(url => url.pathname === target.path);
      assert.deepEqual(await shownNavigation(page), expectedNavigation(target));
    }
  } finally {
    await close();
  }
});
