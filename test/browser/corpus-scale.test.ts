// The Corpus page on 60 outlets (test/fixtures/corpus/outlets.ts), at 1280 and 390 px: at
// most 25 rows per chart, tick labels above and below, the page and the charts' text
// within the screen, the form's min n and top N fields work, no axe violation.
// Screenshots: test-output/screenshots/corpus-60-outlets-*.png.

import { manyOutletDocs } from '../fixtures/corpus/outlets';
import { storeWith } from '../fixtures/corpus/store';
import { fixtureAnalyze } from './fixture-analyzer';
import { axeViolations, describeBrowser, openPage, type Running, screenshot, start } from './harness';

describeBrowser('the Corpus page with 60 outlets', () => {
  let run: Running;
  jest.setTimeout(90_000);
  beforeAll(async () => {
    run = await start({ analyze: fixtureAnalyze, store: storeWith(manyOutletDocs()) });
  });
  afterAll(async () => run?.close());

  test.each([1280, 390])('at %d px: short charts, ticks at top and bottom, everything within the screen', async (width) => {
    const { page, errors } = await openPage(run, width, { bypassCSP: true });
    await page.goto(`${run.base}/corpus`);
    const charts = page.locator('.charts > figure.chart svg');
    expect(await charts.count()).toBeGreaterThanOrEqual(6);
    const rows = await page.evaluate(() => Array.from(document.querySelectorAll('.charts > figure.chart svg'))
      .map((svg) => svg.querySelectorAll('g.chart-row').length));
    expect(Math.max(...rows)).toBeLessThanOrEqual(25);
    // tick labels above the first row and below the last
    const ticks = await page.evaluate(() => {
      const svg = document.querySelector('.charts > figure.chart svg') as SVGSVGElement;
      const box = svg.getBoundingClientRect();
      const rowBoxes = Array.from(svg.querySelectorAll('g.chart-row')).map((g) => g.getBoundingClientRect());
      const tickBoxes = Array.from(svg.querySelectorAll('text.chart-tick')).map((t) => t.getBoundingClientRect());
      return { height: box.height, firstRow: rowBoxes[0]?.top ?? 0, lastRow: rowBoxes.at(-1)?.bottom ?? 0,
        above: tickBoxes.filter((t) => t.bottom <= (rowBoxes[0]?.top ?? 0) + 1).length,
        below: tickBoxes.filter((t) => t.top >= (rowBoxes.at(-1)?.bottom ?? 0) - 1).length };
    });
    expect(ticks.above).toBeGreaterThanOrEqual(5);
    expect(ticks.below).toBeGreaterThanOrEqual(5);
    expect(ticks.height).toBeLessThan(width === 390 ? 1000 : 1500);
    const overflow = await page.evaluate(() => Array.from(document.querySelectorAll('.charts svg')).flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return Array.from(svg.querySelectorAll('text')).filter((t) => {
        const b = t.getBoundingClientRect();
        return b.width > 0 && b.right > box.right + 1;
      }).map((t) => t.textContent);
    }));
    expect(overflow).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    const path = await screenshot(page, `corpus-60-outlets-${width}`);
    await page.locator('section[aria-labelledby="charts-h"]').screenshot({ path: path.replace(/\.png$/, '-charts.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the form: top 5 and min n 1 give 5 rows per chart, and the choice is kept', async () => {
    const { page, errors } = await openPage(run, 1280);
    await page.goto(`${run.base}/corpus`);
    await page.fill('#f-top', '5');
    await page.fill('#f-min-n', '1');
    await Promise.all([page.waitForURL(/top=5/), page.click('form.filters button[type=submit]')]);
    const rows = await page.evaluate(() => Array.from(document.querySelectorAll('.charts > figure.chart svg'))
      .map((svg) => svg.querySelectorAll('g.chart-row').length));
    expect(Math.max(...rows)).toBe(5);
    expect(await page.inputValue('#f-top')).toBe('5');
    expect(await page.inputValue('#f-min-n')).toBe('1');
    await page.selectOption('#f-outlet', 'Demo Outlet 40');
    await Promise.all([page.waitForURL(/outlet=Demo/), page.click('form.filters button[type=submit]')]);
    expect(await page.locator('.charts > figure.chart g.chart-row').first().textContent()).toContain('Demo Outlet 40');
    expect(errors).toEqual([]);
    await page.close();
  });
});
