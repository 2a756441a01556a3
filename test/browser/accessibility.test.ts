// axe-core (Deque's accessibility rules, WCAG 2.x A and AA) on every page a visitor meets:
// Analyse with highlights, Compare with its table, the corpus page, search, the
// victim-group comparison (on the sample, and on a store with real contrasts), an import
// job's report and an error page. No violation of any impact is allowed.

import { groupedDocs } from '../fixtures/corpus/groups';
import { storeWith } from '../fixtures/corpus/store';
import { fixtureAnalyze } from './fixture-analyzer';
import { type Running, axeViolations as violations, describeBrowser, openPage, start } from './harness';

describeBrowser('accessibility (axe-core)', () => {
  let run: Running;
  beforeAll(async () => {
    run = await start();
  }, 30_000);
  afterAll(async () => run?.close());

  const compare = new URLSearchParams({
    outlet1: 'Outlet A', text1: 'Hundreds killed as security forces battle loyalists',
    outlet2: 'Outlet B', text2: 'Government forces killed hundreds of civilians, officials called them "individual violations"',
  }).toString();

  test.each([
    ['Analyse with highlights', '/?text=Protesters%20were%20shot%20by%20police%20and%20three%20were%20killed'],
    ['Compare with the table', `/compare?${compare}`],
    ['the corpus page', '/corpus'],
    ['search', '/corpus/search?q=killed'],
    // the sample's cells are all below the minimum: greyed, and no contrasts
    ['by victim group, on the sample', '/corpus/groups'],
    ['by victim group, nothing found', '/corpus/groups?groups=nobody'],
    ['an error page', '/corpus/import/unknown-job'],
  ])('%s: no violations', async (_name, path) => {
    // the page's CSP forbids inline scripts; axe is injected as one
    const { page, errors } = await openPage(run, 1280, { bypassCSP: true });
    await page.goto(`${run.base}${path}`);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('an import job\'s report: no violations', async () => {
    const { page } = await openPage(run, 1280, { bypassCSP: true });
    await page.goto(`${run.base}/corpus`);
    await page.setInputFiles('input[type=file]', { name: 'a.csv', mimeType: 'text/csv',
      buffer: Buffer.from('outlet,headline\nOutlet C,Two protesters shot dead\nOutlet C\n') });
    await Promise.all([page.waitForURL(/\/corpus\/import\//), page.click('form[enctype="multipart/form-data"] button[type=submit]')]);
    await page.waitForSelector('.import-file');
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  test.each([1280, 390])('by victim group with contrasts, the chart and the table of contrasts open, at %d px: no violations', async (width) => {
    const grouped = await start({ analyze: fixtureAnalyze, store: storeWith(groupedDocs()) });
    try {
      const { page, errors } = await openPage(grouped, width, { bypassCSP: true });
      await page.goto(`${grouped.base}/corpus/groups`);
      expect(await page.locator('g.contrast-row').count()).toBe(30);
      await page.click('details.chart-more summary');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await grouped.close();
    }
  }, 60_000);
});
