// Validating the annotations (issue 18, item 3): a seeded, stratified sample; reviews
// stored per reviewer; precision with Wilson intervals, Cohen's kappa and disagreements;
// gold exported in the annotation contract; the CLI and the web pages around them.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { goldLine } from '../src/corpus/review/export';
import { parseFields, toolFields } from '../src/corpus/review/fields';
import { cohensKappa, reviewReport } from '../src/corpus/review/report';
import { reviewsOf, sampleItems, saveReview } from '../src/corpus/review/reviews';
import { allocate, drawSample, mulberry32 } from '../src/corpus/review/sample';
import { createApp } from '../src/web/app';
import { fixtureAnalyze } from './browser/fixture-analyzer';
import { runCli } from './fixtures/cli/run';
import { reviewStore } from './fixtures/corpus/review-store';
import { writeStore } from './fixtures/corpus/store';

describe('the sample', () => {
  test('proportional allocation by largest remainders: sums to n, never more than a stratum holds', () => {
    const q = allocate([{ stratum: 'a', size: 50 }, { stratum: 'b', size: 30 }, { stratum: 'c', size: 20 }, { stratum: 'd', size: 1 }], 10);
    expect([...q.values()].reduce((s, x) => s + x, 0)).toBe(10);
    expect(Object.fromEntries(q)).toEqual({ a: 5, b: 3, c: 2, d: 0 });
    expect(Object.fromEntries(allocate([{ stratum: 'a', size: 2 }, { stratum: 'b', size: 100 }], 50))).toEqual({ a: 1, b: 49 });
  });

  test('seeded: the same seed draws the same events in the same order, another seed others', () => {
    const draw = (seed: number, name: string) => {
      const store = reviewStore();
      const drawn = drawSample(store, { name, n: 9, strata: ['outlet', 'device'], seed });
      expect(typeof drawn).not.toBe('string');
      return sampleItems(store, name).map((i) => i.itemId);
    };
    expect(draw(7, 's')).toEqual(draw(7, 's'));
    expect(draw(7, 's')).not.toEqual(draw(8, 's'));
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });

  test('stratified: every outlet × device stratum of equal size gets an equal share; a used name is refused', () => {
    const store = reviewStore(24);
    const drawn = drawSample(store, { name: 'six', n: 12, strata: ['outlet', 'device'], seed: 1 });
    if (typeof drawn === 'string') throw new Error(drawn);
    expect(drawn.strata.map((s) => s.drawn)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(new Set(sampleItems(store, 'six').map((i) => i.stratum)).size).toBe(6);
    expect(drawSample(store, { name: 'six', n: 1, strata: [], seed: 1 })).toBe('a sample named "six" exists already');
  });
});

describe('agreement and precision', () => {
  test('Cohen\'s kappa: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no gives 0.4', () => {
    const a = [...Array(25).fill('yes'), ...Array(25).fill('no')];
    const b = [...Array(20).fill('yes'), ...Array(5).fill('no'), ...Array(10).fill('yes'), ...Array(15).fill('no')];
    const k = cohensKappa(a, b);
    expect(k.observed).toBeCloseTo(0.7, 10);
    expect(k.kappa).toBeCloseTo(0.4, 10);
    expect(cohensKappa(['x', 'x'], ['x', 'x']).kappa).toBeNull(); // chance agreement is total
  });

  test('precision per field, not-harm reviews judge only "harm"; two reviewers give kappa and their disagreements', () => {
    const store = reviewStore(12);
    drawSample(store, { name: 'p', n: 6, strata: ['outlet'], seed: 3 });
    const items = sampleItems(store, 'p');
    for (const item of items) saveReview(store, { sample: 'p', position: item.position, reviewer: 'ana', fields: item.tool });
    const first = items[0]!;
    saveReview(store, { sample: 'p', position: first.position, reviewer: 'ben', fields: { ...first.tool, harm: false } });
    const second = items[1]!;
    saveReview(store, { sample: 'p', position: second.position, reviewer: 'ben', fields: { ...second.tool, link: 'clause' } });
    const report = reviewReport('p', items, reviewsOf(store, 'p'));
    const harm = report.precision.find((p) => p.field === 'harm');
    const link = report.precision.find((p) => p.field === 'link');
    expect([harm?.right, harm?.n]).toEqual([7, 8]);
    expect([link?.right, link?.n]).toEqual([6, 7]); // ben's not-harm review does not judge the link
    expect(report.byOutlet.map((o) => o.outlet).sort()).toEqual(['Daily <b>News</b>', 'Herald']);
    const [pair] = report.agreement;
    expect([pair?.a, pair?.b, pair?.common]).toEqual(['ana', 'ben', 2]);
    expect(pair?.disagreements.map((d) => [d.position, d.field])).toEqual([[first.position, 'harm'], [second.position, 'link']]);
  });

  test('gold: the annotation corrected to the review; none when it is not harm', () => {
    const store = reviewStore(6);
    drawSample(store, { name: 'g', n: 3, strata: [], seed: 1 });
    const item = sampleItems(store, 'g')[0]!;
    const line = goldLine(item, { sample: 'g', position: item.position, reviewer: 'ana', at: '2026-12-02T00:00:00Z',
      fields: { ...item.tool, device: 'intransitive', link: 'clause', nationality: 'chadian' } });
    expect(line.annotation).toMatchObject({ type: 'harm', agency: 'intransitive', responsible: { link: 'clause' },
      victimGroup: { nationality: 'chadian', role: item.tool.role } });
    expect(line.text).toBe(item.text);
    expect(goldLine(item, { sample: 'g', position: item.position, reviewer: 'ana', at: '', fields: { ...item.tool, harm: false } }).annotation).toBeNull();
  });

  test.each([
    [{ harm: 'maybe' }, '"harm" must be yes or no'],
    [{ harm: 'yes', named: 'no', device: 'passive', link: 'none' }, '"device" must be one of'],
    [{ harm: 'yes', named: 'no', device: 'other', link: 'blame' }, '"link" must be one of'],
    [{ harm: 'yes', named: 'no', device: 'other', link: 'none', role: 'x'.repeat(61) }, '"role" must be a word or two'],
  ])('a bad review %j is refused: %s', (raw, message) => {
    expect(parseFields(raw)).toEqual(expect.stringContaining(message));
  });

  test('the tool\'s reading of an annotation', () => {
    const item = sampleItems((() => {
      const s = reviewStore(3);
      drawSample(s, { name: 't', n: 3, strata: [], seed: 1 });
      return s;
    })(), 't').find((i) => i.itemId === 'r1');
    expect(item?.tool).toEqual(toolFields(item!.annotation!));
    expect(item?.tool).toEqual({ harm: true, device: 'active', named: true, link: 'grammatical', nationality: 'sudanese', role: 'civilian' });
  });
});

describe('framing review', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-review-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('sample, report, export', async () => {
    const path = join(dir, 'r.sqlite');
    const store = reviewStore(12);
    writeStore(store, path);
    const sampled = await runCli(['review', 'sample', '--db', path, '--n', '4', '--stratify', 'outlet', '--seed', '2']);
    expect(sampled.code).toBe(0);
    expect(sampled.stdout).toContain('Sample "review": 4 harm events drawn.');
    expect(sampled.stdout).toContain('  Herald: 2 of 6');
    const before = await runCli(['review', 'report', '--db', path]);
    expect(before.stdout).toContain('reviewed by nobody yet');
    const exported = await runCli(['review', 'export', '--db', path]);
    expect([exported.code, exported.stdout]).toEqual([0, '']);
    expect((await runCli(['review', 'report', '--db', path, '--name', 'other'])).stderr).toContain('no sample "other"');
    expect((await runCli(['review', 'sample', '--db', path, '--stratify', 'colour'])).stderr).toContain('--stratify takes outlet, device, group');
    expect((await runCli(['review', 'judge', '--db', path])).stderr).toContain('say sample, report or export');
  });
});

describe('/corpus/review', () => {
  const app = () => {
    const store = reviewStore(8);
    drawSample(store, { name: 'web', n: 4, strata: ['outlet'], seed: 5 });
    return { app: createApp({ analyze: fixtureAnalyze, store }), store };
  };

  test('start, next, an item with the tool\'s reading (escaped), save, and the report', async () => {
    const { app: target, store } = app();
    expect((await request(target).get('/corpus/review').expect(200)).text).toContain('<option value="web">web (4 events)</option>');
    const next = await request(target).get('/corpus/review/next?sample=web&reviewer=Ana%20B').expect(303);
    expect(next.headers.location).toBe('/corpus/review/web/1?reviewer=Ana+B');
    const page = await request(target).get(next.headers.location as string).expect(200);
    expect(page.text).toMatch(/<mark class="review-event">killed<\/mark>/);
    expect(page.text).not.toContain('<b>News</b>');
    expect(page.text).toContain('<script src="/static/review.js" defer></script>');
    const saved = await request(target).post('/corpus/review/web/1?reviewer=Ana%20B').type('form')
      .send({ harm: 'yes', device: 'other', named: 'no', link: 'none', nationality: '', role: 'civilian' }).expect(303);
    expect(saved.headers.location).toBe('/corpus/review/next?sample=web&reviewer=Ana+B');
    expect(reviewsOf(store, 'web', 'Ana B')).toHaveLength(1);
    const report = await request(target).get('/corpus/review/web/report').expect(200);
    expect(report.text).toContain('reviewed by Ana B (1)');
  });

  test.each([
    ['no reviewer', (t: ReturnType<typeof app>['app']) => request(t).get('/corpus/review/next?sample=web'), 400, 'say who is reviewing'],
    ['no such sample', (t: ReturnType<typeof app>['app']) => request(t).get('/corpus/review/next?sample=nope&reviewer=a'), 404, 'no sample &#34;nope&#34;'],
    ['no such item', (t: ReturnType<typeof app>['app']) => request(t).get('/corpus/review/web/99?reviewer=a'), 404, 'no item 99'],
    ['a bad field', (t: ReturnType<typeof app>['app']) => request(t).post('/corpus/review/web/1?reviewer=a').type('form').send({ harm: 'perhaps' }), 400, '&#34;harm&#34; must be yes or no'],
    ['from another site', (t: ReturnType<typeof app>['app']) => request(t).post('/corpus/review/web/1?reviewer=a').set('Sec-Fetch-Site', 'cross-site').type('form').send({}), 403, 'form posts from other sites are refused'],
  ])('%s: %d with a message', async (_name, send, status, message) => {
    const res = await send(app().app).expect(status);
    expect(res.text).toContain(message);
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
