// The review workflow end to end in Chromium (issue 18): a seeded sample, two reviewers
// reviewing every item by keyboard alone, the report with Cohen's kappa and the
// disagreements, and the reviews exported as gold. Screenshots of the item and the report.

import { goldLine } from '../../src/corpus/review/export';
import { reviewsOf, sampleItems } from '../../src/corpus/review/reviews';
import { drawSample } from '../../src/corpus/review/sample';
import type { CorpusStore } from '../../src/corpus/store/store';
import { reviewStore } from '../fixtures/corpus/review-store';
import { fixtureAnalyze } from './fixture-analyzer';
import { type Running, axeViolations, describeBrowser, openPage, screenshot, start } from './harness';

describeBrowser('review by keyboard', () => {
  let run: Running;
  let store: CorpusStore;
  beforeAll(async () => {
    store = reviewStore(12);
    drawSample(store, { name: 'kb', n: 4, strata: ['outlet', 'device'], seed: 11 });
    run = await start({ analyze: fixtureAnalyze, store });
  }, 30_000);
  afterAll(async () => run?.close());

  /** Reviews every item: `keys[i]` are pressed on item i+1 before "y" saves it. */
  async function review(name: string, keys: string[][], shot?: string): Promise<string> {
    const { page, errors } = await openPage(run);
    await page.goto(`${run.base}/corpus/review`);
    // the name box has the focus (autofocus); waiting for it, so no key is lost under load
    await page.waitForFunction(() => document.activeElement?.id === 'reviewer');
    await page.keyboard.type(name);
    await Promise.all([page.waitForURL(/\/corpus\/review\/kb\/1\?/), page.keyboard.press('Enter')]);
    for (const [i, pressed] of keys.entries()) {
      await page.waitForSelector('.review-form');
      expect(await page.textContent('h1')).toBe(`Item ${i + 1} of 4`);
      for (const key of pressed) await page.keyboard.press(key);
      if (shot && i === 1) await screenshot(page, shot);
      const next = i + 1 < keys.length ? new RegExp(`/corpus/review/kb/${i + 2}\\?`) : /\/corpus\/review\/kb\/report/;
      await Promise.all([page.waitForURL(next), page.keyboard.press('y')]);
    }
    const report = (await page.textContent('main')) ?? '';
    if (shot) await screenshot(page, `${shot}-report`);
    expect(errors).toEqual([]);
    await page.close();
    return report;
  }

  test('two reviewers, the report with kappa and disagreements, and gold', async () => {
    await review('ana', [[], ['6'], [], []]); // 6: instrument, which no fixture event has
    const report = await review('ben', [['h'], ['6', 'c'], [], []], 'review');
    expect(report).toContain('ben: every item of this sample is reviewed.');
    expect(report).toContain('Agreement: ana and ben (4 items)');
    expect(report).toMatch(/#1 r\d+ harm: ana true, ben false/);
    expect(report).toMatch(/#2 r\d+ link: ana "[a-z]+", ben "clause"/);
    expect(report).toMatch(/Cohen’s kappa: harm [-\d.–]+ \(n 4\); device [-\d.–]+ \(n 3\)/);

    const items = new Map(sampleItems(store, 'kb').map((i) => [i.position, i]));
    const gold = reviewsOf(store, 'kb').map((r) => goldLine(items.get(r.position)!, r));
    expect(gold).toHaveLength(8);
    expect(gold.find((g) => g.review.reviewer === 'ben' && g.review.position === 1)?.annotation).toBeNull();
    expect(gold.find((g) => g.review.reviewer === 'ana' && g.review.position === 2)?.annotation?.agency).toBe('instrument');
  }, 90_000);

  test.each([['the start page', '/corpus/review'], ['an item', '/corpus/review/kb/3?reviewer=cy'], ['the report', '/corpus/review/kb/report']])(
    '%s: no axe-core violations', async (_name, path) => {
      const { page } = await openPage(run, 1280, { bypassCSP: true });
      await page.goto(`${run.base}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }, 60_000);
});
