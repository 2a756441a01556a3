// Compare in Chromium: three outlets side by side with the table; one click loads an event
// from the corpus; the shareable link reproduces it. The fixture analyser keeps the
// expected table fixed while the real detectors change (screenshots.test.ts and
// xss.test.ts run the real one here too).

import { readFileSync } from 'node:fs';
import { fixtureAnalyze } from './fixture-analyzer';
import { describeBrowser, openPage, type Running, screenshot, start } from './harness';

const TEXTS = [
  ['The Example Herald', 'Police shoot dead 12 protesters in Harbour Square'],
  ['Sample Daily', '12 protesters killed in Harbour Square clashes'],
  ['Demo News Network', 'Twelve protesters were shot dead by police, witnesses said'],
] as const;

describeBrowser('Compare page in Chromium', () => {
  let run: Running;
  jest.setTimeout(60_000);
  beforeAll(async () => {
    run = await start({ analyze: fixtureAnalyze });
  });
  afterAll(async () => run?.close());

  test('three outlets side by side with the comparison table, reproduced by the shareable link', async () => {
    const { page, errors } = await openPage(run);
    await page.goto(`${run.base}/compare`);
    for (const [i, [outlet, text]] of TEXTS.entries()) {
      await page.locator(`#outlet${i + 1}`).fill(outlet);
      await page.locator(`#text${i + 1}`).fill(text);
    }
    await page.getByRole('button', { name: 'Compare' }).click();
    const columns = page.locator('article.column');
    expect(await columns.count()).toBe(3);
    expect(await columns.locator('.outlet').allInnerTexts()).toEqual(TEXTS.map(([o]) => o));
    const heads = await page.locator('table.comparison thead th').allInnerTexts();
    expect(heads).toEqual(['Measure', ...TEXTS.map(([o]) => o)]);
    const agentless = page.locator('table.comparison tr', { has: page.locator('th', { hasText: 'Agentless passives' }) });
    const cells = await agentless.locator('td').evaluateAll((tds) => tds.map((td) => [td.textContent?.trim(), td.className]));
    expect(cells).toEqual([['0', ''], ['1 ◀ (left unsaid)', 'unsaid'], ['0', '']]);
    expect(await columns.nth(1).locator('mark.hl-agentless').innerText()).toBe('killed▲');
    expect(await columns.nth(2).locator('mark.hl-passive').innerText()).toBe('shot dead by police△');
    const agents = page.locator('table.comparison tr', { has: page.locator('th', { hasText: 'Labels for those causing harm' }) });
    expect(await agents.locator('td').allInnerTexts()).toEqual(['none named', 'none named', expect.stringContaining('police')]);

    // Side by side on a wide screen.
    const boxes = await Promise.all([0, 1, 2].map((i) => columns.nth(i).boundingBox()));
    expect(boxes[0]!.y).toBe(boxes[2]!.y);
    expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);

    // post/redirect/get: the address bar holds the comparison's link
    expect(page.url()).toBe(await page.locator('#share-link').inputValue());
    await screenshot(page, 'compare-three-outlets-1280');
    const table = await page.locator('table.comparison').innerText();
    const link = await page.locator('#share-link').inputValue();
    await page.goto(link);
    expect(await page.locator('table.comparison').innerText()).toBe(table);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('one click loads an event from the corpus', async () => {
    const { page } = await openPage(run);
    await page.goto(`${run.base}/compare`);
    await page.getByRole('link', { name: /Harbour Square shootings/ }).click();
    expect(await page.locator('article.column').count()).toBe(4);
    expect(await page.locator('table.comparison').isVisible()).toBe(true);
    expect(await page.locator('#share-link').inputValue()).toBe(`${run.base}/compare?event=fictional-harbour-square`);
    await page.close();
  });

  test('the comparison downloads as CSV and JSON', async () => {
    const { page } = await openPage(run);
    await page.goto(`${run.base}/compare?event=fictional-harbour-square`);
    for (const [name, kind] of [['CSV', 'csv'], ['JSON', 'json']] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
      expect(download.suggestedFilename()).toBe(`framing-comparison.${kind}`);
      const path = await download.path();
      const body = readFileSync(path, 'utf8');
      if (kind === 'json') expect((JSON.parse(body) as { items: unknown[] }).items).toHaveLength(4);
      else expect(body.split('\r\n')[0]).toMatch(/^id,outlet,date,url,/);
    }
    await page.close();
  });

  test('printed: the texts, highlights, legend, table and share link, not the forms', async () => {
    const { page } = await openPage(run);
    await page.goto(`${run.base}/compare?event=fictional-harbour-square`);
    await page.emulateMedia({ media: 'print' });
    for (const shown of ['article.column', 'mark.hl', '.legend', 'table.comparison', '#share-link']) {
      expect(await page.locator(shown).first().isVisible()).toBe(true);
    }
    for (const hidden of ['details.compare-edit', '.downloads', 'header.site nav']) {
      expect(await page.locator(hidden).first().isVisible()).toBe(false);
    }
    await screenshot(page, 'compare-print');
    await page.close();
  });

  test('stacked, not side by side, at 320 px, with nothing wider than the screen', async () => {
    const { page } = await openPage(run, 320);
    await page.goto(`${run.base}/compare?event=fictional-harbour-square`);
    const [a, b] = await Promise.all([0, 1].map((i) => page.locator('article.column').nth(i).boundingBox()));
    expect(a!.x).toBe(b!.x);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await page.close();
  });
});
