// axe-core (Deque's accessibility rules, WCAG 2.x A and AA) on every page a visitor meets:
// Analyse with highlights, Compare with its table, the corpus page, search, an import
// job's report and an error page. No violation of any impact is allowed.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { type Running, describeBrowser, openPage, start } from './harness';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  }) as Violation[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

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
});
