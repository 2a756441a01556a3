// Figures corrected by the reviews (issue 18): sensitivity and specificity of each yes/no
// measure against the reviewers, the Rogan–Gladen estimator, and where the corrected
// shares are shown (framing compare-groups --corrected-by, /corpus/groups?corrected_by=).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { correctionFrom, roganGladen } from '../src/corpus/review/correction';
import { reviewsOf, sampleItems, saveReview } from '../src/corpus/review/reviews';
import { drawSample } from '../src/corpus/review/sample';
import type { CorpusStore } from '../src/corpus/store/store';
import { createApp } from '../src/web/app';
import { fixtureAnalyze } from './browser/fixture-analyzer';
import { runCli } from './fixtures/cli/run';
import { groupedDocs } from './fixtures/corpus/groups';
import { storeWith, writeStore } from './fixtures/corpus/store';

test('Rogan–Gladen: (p + Sp − 1)/(Se + Sp − 1), clipped; undefined when the tool is no better than chance', () => {
  expect(roganGladen(0.3, 0.9, 0.8)).toBeCloseTo(0.1 / 0.7, 12);
  expect(roganGladen(0.1, 0.9, 0.8)).toBe(0); // would be negative
  expect(roganGladen(0.99, 0.9, 0.95)).toBe(1); // would exceed 1
  expect(roganGladen(0.5, 0.5, 0.5)).toBeNull();
  expect(roganGladen(0.5, null, 0.9)).toBeNull();
});

/** A store of grouped events with a sample of 20, every review agreeing except where `change` says. */
function reviewed(change: (position: number) => Record<string, unknown> = () => ({})): CorpusStore {
  const store = storeWith(groupedDocs());
  drawSample(store, { name: 'check', n: 20, strata: ['outlet'], seed: 4 });
  for (const item of sampleItems(store, 'check')) {
    saveReview(store, { sample: 'check', position: item.position, reviewer: 'ana', fields: { ...item.tool, ...change(item.position) } });
  }
  return store;
}

test('sensitivity and specificity per measure, from reviews of events the reviewers call harm', () => {
  // positions 1–4: the reviewer says the doer is named where the tool said not (or agrees where it said so); 5: not harm
  const store = reviewed((p) => (p <= 4 ? { named: true } : p === 5 ? { harm: false } : {}));
  const items = sampleItems(store, 'check');
  const c = correctionFrom('check', items, reviewsOf(store, 'check'));
  const judged = items.filter((i) => i.position !== 5);
  const toolYes = judged.filter((i) => i.tool.named).length;
  const missed = judged.filter((i) => i.position <= 4 && !i.tool.named).length;
  const named = c.measures.get('named');
  expect(c.reviews).toBe(20);
  expect(c.harmPrecision).toBeCloseTo(19 / 20, 12);
  expect([named?.tp, named?.fn, named?.fp]).toEqual([toolYes, missed, 0]);
  expect(named?.specificity).toBe(1);
  expect(named?.sensitivity).toBeCloseTo(toolYes / (toolYes + missed), 12);
});

describe('shown corrected, labelled', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-corrected-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('framing compare-groups --corrected-by', async () => {
    const store = reviewed((p) => (p <= 3 ? { named: true } : {}));
    const path = join(dir, 'c.sqlite');
    writeStore(store, path);
    const text = await runCli(['compare-groups', '--db', path, '--unit', 'event', '--corrected-by', 'check']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('"corrected": the share corrected for the tool\'s misclassification as the 20 reviews of sample "check" measured it');
    expect(text.stdout).toMatch(/^The Example Herald\tnorthlander\t40\t75\.0% \[[\d.]+%, [\d.]+%\] 30\/40 \(corrected [\d.]+%\)/m);
    const json = JSON.parse((await runCli(['compare-groups', '--db', path, '--unit', 'event', '--corrected-by', 'check', '--format', 'json'])).stdout);
    const share = json.comparisons[0].cells[0].shares.find((s: { key: string }) => s.key === 'named');
    expect(typeof share.corrected === 'number' || share.corrected === null).toBe(true);
    expect(json.comparisons[0].correctedBy).toEqual({ sample: 'check', reviews: 20, harmPrecision: 1 });
    expect((await runCli(['compare-groups', '--db', path, '--corrected-by', 'nope'])).stderr).toContain('no sample "nope"');
  });

  test('/corpus/groups?corrected_by=: each share with its corrected figure and the note saying what it is', async () => {
    const app = createApp({ analyze: fixtureAnalyze, store: reviewed() });
    const page = await request(app).get('/corpus/groups?corrected_by=check').expect(200);
    expect(page.text).toContain('<option value="check" selected>Sample check</option>');
    expect(page.text).toContain('<strong>Corrected</strong> figures (under each share)');
    // every review agrees with the tool: nothing to correct, each share comes back as it was
    expect(page.text).toMatch(/<span class="figure">75\.0% \[[\d.]+, [\d.]+\]<\/span> <span class="of">30\/40<\/span> <span class="corrected">corrected 75\.0%<\/span>/);
    expect((await request(app).get('/corpus/groups?corrected_by=nope').expect(404)).text).toContain('no reviewed sample');
    expect((await request(app).get('/corpus/groups').expect(200)).text).not.toContain('class="corrected"');
  });
});
