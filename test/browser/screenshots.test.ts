// Screenshots of each page at 1280 px and 320 px, saved to test-output/screenshots/ to
// be looked at, with the real analyser; one with the fixture analyser showing every kind
// of highlight and the summary; and the victim-group comparison on a store with real
// contrasts. Each page must fit the screen width.

import { groupedDocs } from '../fixtures/corpus/groups';
import { storeWith } from '../fixtures/corpus/store';
import { fixtureAnalyze } from './fixture-analyzer';
import { describeBrowser, openPage, type Running, SCREENSHOTS, screenshot, start } from './harness';

const SEED = 'Hundreds killed as Syria security forces battle al-Assad loyalists';
const PAGES = [
  ['analyse', `/?text=${encodeURIComponent(SEED)}`],
  ['compare', '/compare?event=fictional-harbour-square'],
  ['corpus', '/corpus'],
] as const;

describeBrowser(`Screenshots (in ${SCREENSHOTS})`, () => {
  let real: Running;
  let fixture: Running;
  let grouped: Running;
  jest.setTimeout(90_000);
  beforeAll(async () => {
    [real, fixture, grouped] = await Promise.all([start({}), start({ analyze: fixtureAnalyze }),
      start({ analyze: fixtureAnalyze, store: storeWith(groupedDocs()) })]);
  });
  afterAll(async () => Promise.all([real?.close(), fixture?.close(), grouped?.close()]));

  for (const width of [1280, 320]) {
    test.each(PAGES)(`%s at ${width} px`, async (name, path) => {
      const { page, errors } = await openPage(real, width);
      await page.goto(`${real.base}${path}`);
      if (name === 'analyse') await page.locator('mark.hl').first().focus();
      await screenshot(page, `${name}-${width}`);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  test.each([1280, 320])('by victim group, with contrasts, at %d px', async (width) => {
    const { page, errors } = await openPage(grouped, width);
    await page.goto(`${grouped.base}/corpus/groups`);
    expect(await page.locator('g.contrast-row').count()).toBe(30);
    await screenshot(page, `groups-${width}`);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    // the chart's text stays inside it (SVG text does not wrap: long names are wrapped by contrastChart)
    const overflow = await page.evaluate(() => {
      const svg = document.querySelector('.contrast-chart svg')?.getBoundingClientRect();
      return Array.from(document.querySelectorAll('.contrast-row text')).filter((t) => {
        const box = t.getBoundingClientRect();
        return box.width > 0 && svg !== undefined && box.right > svg.right + 1;
      }).length;
    });
    expect(overflow).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('every kind of highlight, with the summary (fixture analyser)', async () => {
    const { page } = await openPage(fixture);
    const text = 'Twelve protesters were shot dead by police in Harbour Square. Hundreds killed in clashes, '
      + 'the ministry said, describing the shootings as individual violations and collateral damage.';
    await page.goto(`${fixture.base}/?text=${encodeURIComponent(text)}`);
    const euphemisms = page.locator('mark[class*="hl-euph-"]');
    await euphemisms.first().hover();
    await screenshot(page, 'analyse-all-devices-1280');
    for (const style of ['passive', 'agentless']) {
      expect(await page.locator(`mark.hl-${style}`).count()).toBeGreaterThan(0);
    }
    // two categories (minimising violence, sanitised military jargon) in two colours
    const styles = await euphemisms.evaluateAll((marks) => marks.map((m) => m.className.split(' ').find((c: string) => c.startsWith('hl-euph-'))));
    expect(new Set(styles).size).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
