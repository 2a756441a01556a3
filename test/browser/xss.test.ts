// XSS payloads in texts, outlet names and URL fields must never run: no script sets
// window.__xss, no dialog opens, no injected element or handler reaches the page.
// Run against the fixture analyser (which echoes user text into highlights, tooltips
// and the summary) and against the real one.

import type { Page } from 'playwright-core';
import { fixtureAnalyze } from './fixture-analyzer';
import { describeBrowser, openPage, type Running, start } from './harness';

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror=window.__xss=1>',
  "'><svg onload=window.__xss=1>",
  '</textarea><script>window.__xss=1</script>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '{{constructor.constructor("window.__xss=1")()}}',
];

/** Nothing injected ran or reached the DOM. */
async function expectClean(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate('window.__xss')).toBeUndefined();
  expect(dialogs).toEqual([]);
  const injected = await page.evaluate(`[
    document.querySelectorAll('script:not([src="/static/app.js"]), img, svg, iframe').length,
    [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    document.querySelectorAll('a[href^="javascript:" i]').length,
  ]`);
  expect(injected).toEqual([0, 0, 0]);
}

for (const [name, options] of [['fixture analyser', { analyze: fixtureAnalyze }], ['real analyser', {}]] as const) {
  describeBrowser(`XSS payloads do not run (${name})`, () => {
    let run: Running;
    jest.setTimeout(90_000);
    beforeAll(async () => {
      run = await start(options);
    });
    afterAll(async () => run?.close());

    test('in the analysed text: highlighted text, tooltips, summary, form and link', async () => {
      const { page, dialogs } = await openPage(run);
      const text = PAYLOADS.map((p) => `${p} killed; shot dead by ${p}; individual violations.`).join('\n\n');
      await page.goto(`${run.base}/`);
      await page.getByLabel('Headline or passage').fill(text);
      await page.getByRole('button', { name: 'Analyse' }).click();
      for (const mark of await page.locator('mark.hl').all()) await mark.hover();
      await expectClean(page, dialogs);
      const shown = await page.locator('.annotated').innerText();
      for (const payload of PAYLOADS) expect(shown).toContain(payload);
      await page.goto(await page.locator('#share-link').inputValue());
      await expectClean(page, dialogs);
      await page.close();
    });

    test('in outlet names and texts on Compare, one payload per column', async () => {
      const { page, dialogs } = await openPage(run);
      await page.goto(`${run.base}/compare`);
      await page.locator('details.more > summary').click();
      for (const [i, payload] of PAYLOADS.entries()) {
        await page.locator(`#outlet${i + 1}`).fill(payload);
        await page.locator(`#text${i + 1}`).fill(`${payload} killed, shot dead by ${payload}`);
      }
      await page.getByRole('button', { name: 'Compare' }).click();
      expect(await page.locator('article.column .outlet').allInnerTexts()).toEqual(PAYLOADS);
      await expectClean(page, dialogs);
      await page.goto(await page.locator('#share-link').inputValue());
      await expectClean(page, dialogs);
      await page.close();
    });

    test('javascript: and other non-http URLs are refused and never become links', async () => {
      const { page, dialogs } = await openPage(run);
      for (const url of ['javascript:window.__xss=1', 'JavaScript:window.__xss=1//https://x', 'data:text/html,<script>window.__xss=1</script>']) {
        await page.goto(`${run.base}/compare`);
        await page.locator('#outlet1').fill('A');
        await page.locator('#text1').fill('Hundreds killed');
        await page.locator('#outlet2').fill('B');
        await page.locator('#text2').fill('Dozens killed');
        // Set directly: the field's own type="url" check is not what is being tested.
        await page.locator('#url2').evaluate((input, value) => { (input as unknown as { value: string }).value = value; }, url);
        await page.getByRole('button', { name: 'Compare' }).click();
        expect(await page.locator('[role="alert"]').innerText()).toContain('Text 2: url must be an http:// or https://');
        await expectClean(page, dialogs);
      }
      const params = new URLSearchParams({ outlet1: 'A', text1: 'x killed', outlet2: 'B', text2: 'y', url2: 'javascript:window.__xss=1' });
      await page.goto(`${run.base}/compare?${params.toString()}`);
      await expectClean(page, dialogs);
      await page.close();
    });
  });
}
