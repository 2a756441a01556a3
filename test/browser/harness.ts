// Shared set-up for the browser tests: the app on an ephemeral port, Debian's Chromium
// driven by playwright-core, screenshots under test-output/screenshots/.
//
// No Chromium (CHROME_PATH, default /usr/bin/chromium)? Locally the browser tests are
// skipped, saying so plainly; in CI (CI=true) they fail instead.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { PACKAGE_ROOT } from '../../src/paths';
import { type AppOptions, createApp } from '../../src/web/app';
import { fixtureAnalyze } from './fixture-analyzer';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(PACKAGE_ROOT, 'test-output', 'screenshots');

/** `describe`, or a skip with the reason printed, or in CI a failing test with the reason. */
export function describeBrowser(name: string, body: () => void): void {
  if (existsSync(CHROME_PATH)) {
    describe(name, body);
    return;
  }
  const why = `no Chromium at ${CHROME_PATH} (install Debian's chromium, or set CHROME_PATH)`;
  if (process.env.CI === 'true') {
    describe(name, () => {
      test('Chromium is installed', () => {
        throw new Error(`browser tests cannot run in CI: ${why}`);
      });
    });
    return;
  }
  process.stderr.write(`\nbrowser tests skipped: ${why}\n\n`);
  // Skipped only because there is no browser to drive; CI=true turns this into a failure.
  describe.skip(name, body);
}

export interface Running {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The app (with the fixture analyser unless told otherwise) and a headless Chromium. */
export async function start(options: AppOptions = { analyze: fixtureAnalyze }): Promise<Running> {
  const server: Server = await new Promise((resolve) => {
    const s = createApp(options).listen(0, '127.0.0.1', () => resolve(s));
  });
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A page that records script errors and dialogs, so tests can assert there were none. */
export async function openPage(run: Running, width = 1280, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await run.browser.newPage({ viewport: { width, height: 900 }, ...options });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, dialogs, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core's violations on the page (open it with bypassCSP: axe is injected as an inline script). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  }) as Violation[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
