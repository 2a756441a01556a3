// The victim-group comparison on the web (GET /corpus/groups, .csv, .json) through
// supertest, on a store of hand-built analyses (test/fixtures/corpus/groups.ts): the cells,
// the contrast chart's geometry and rows, small cells greyed and marked, bad queries, the
// downloads, escaping, and the empty state.

import request from 'supertest';
import { compareGroups, type Contrast } from '../src/corpus/groups/compare';
import { contrastsCsv } from '../src/corpus/groups/report';
import { groupRows } from '../src/corpus/groups/rows';
import { CONTRAST_CHART, contrastChart, wrap } from '../src/web/corpus/contrast-chart';
import { createApp } from '../src/web/app';
import { fixtureAnalyze } from './browser/fixture-analyzer';
import { harm } from './fixtures/corpus/annotations';
import { groupEvent, groupedDocs } from './fixtures/corpus/groups';
import { storeWith } from './fixtures/corpus/store';

const PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
const appWith = (docs = groupedDocs()) => createApp({ analyze: fixtureAnalyze, store: storeWith(docs) });
const count = (html: string, pattern: RegExp): number => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

function expectNoInlineCode(html: string): void {
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
}

describe('GET /corpus/groups', () => {
  const app = appWith();
  const expected = compareGroups([...groupRows(storeWith(groupedDocs()))], 'event');

  test('the cells, each with its shares, intervals and counts', async () => {
    const res = await request(app).get('/corpus/groups').expect(200).expect('Content-Type', /html/);
    expect(res.text.startsWith('<!doctype html>')).toBe(true);
    expect(res.text).toContain('<h1>By victim group</h1>');
    expect(res.text).toContain('<link rel="stylesheet" href="/static/corpus.css">');
    const table = res.text.slice(res.text.indexOf('group-cells'), res.text.indexOf('</table>'));
    expect(count(table, /<tr(?: class="cell-not-contrasted")?><th scope="row">/)).toBe(expected.cells.length);
    expect(expected.cells).toHaveLength(7);
    // The Example Herald, northlander: 30 of 40 name the doer; 10 have no link; 4 an emotive term
    expect(res.text).toMatch(/<th scope="row">The Example Herald<\/th><td>northlander<\/td><td>40<\/td>\s*<td><span class="figure">75\.0% \[59\.8, 85\.8\]<\/span> <span class="of">30\/40<\/span><\/td>\s*<td><span class="figure">25\.0% \[14\.2, 40\.2\]<\/span> <span class="of">10\/40<\/span><\/td>\s*<td><span class="figure">10\.0% \[4\.0, 23\.1\]<\/span> <span class="of">4\/40<\/span>/);
    expect(res.text).toContain('148 harm events; 143 with a stated victim group.');
    expect(res.text).toContain('aria-current="page">Corpus</a>');
    expectNoInlineCode(res.text);
  });

  test('cells below the minimum, and without a group, are greyed and say why in words', async () => {
    const res = await request(app).get('/corpus/groups').expect(200);
    expect(res.text).toMatch(/<tr class="cell-not-contrasted"><th scope="row">The Placeholder Post<\/th><td>southlander<\/td><td>6 <span class="cell-mark">n below minimum: not contrasted<\/span>/);
    expect(res.text).toMatch(/<tr class="cell-not-contrasted"><th scope="row">Sample Daily<\/th><td>\(not stated\)<\/td><td>5 <span class="cell-mark">no group stated: not contrasted<\/span>/);
    expect(count(res.text, /class="cell-not-contrasted"/)).toBe(2);
    // with a minimum of 5 the Post's southlander cell is contrasted like the others
    const low = await request(app).get('/corpus/groups?min_n=5').expect(200);
    expect(count(low.text, /n below minimum/)).toBe(0);
    expect(low.text).toContain('value="5"');
  });

  test('the chart: at most 30 rows, smallest Holm p first, significant ones marked by shape and word; the rest in the CSV', async () => {
    const res = await request(app).get('/corpus/groups').expect(200);
    expect(expected.contrasts.length).toBeGreaterThan(CONTRAST_CHART.max);
    expect(res.text).toMatch(/<svg class="chart-svg" viewBox="0 0 600 \d+" role="img" aria-labelledby="groups-chart-t groups-chart-d"/);
    expect(res.text).toContain('<title id="groups-chart-t">');
    expect(count(res.text, /<g class="contrast-row/)).toBe(30);
    const significant = expected.contrasts.filter((c) => c.pHolm < 0.05).length;
    expect(significant).toBeGreaterThan(0);
    expect(count(res.text, /<g class="contrast-row sig">/)).toBe(significant);
    expect(count(res.text, /<polygon class="contrast-dot sig"/)).toBe(significant + 1); // + the legend's
    expect(count(res.text, /<tspan class="contrast-sig"> · significant<\/tspan>/)).toBe(significant);
    expect(res.text).toContain('<line class="contrast-zero" x1="300" x2="300"');
    expect(res.text).toContain(`${expected.contrasts.length - 30} more are in the <a href="/corpus/groups.csv">CSV</a>`);
    // the first row is the contrast with the smallest Holm p, its figures in words
    const first = expected.contrasts[0] as Contrast;
    expect(first.measure).toBe('link_clause');
    expect(res.text).toMatch(/<text class="contrast-note" x="8" y="\d+">\+52\.0 points \[\+31\.5, \+70\.0\], p &lt;0\.001, Holm p &lt;0\.001<\/text>/);
    expect(res.text).toContain('<th scope="row">northlander: Sample Daily vs The Example Herald — link: clause</th>');
  });

  test('query: by role, per headline, only some groups; the form keeps the values and the downloads the query', async () => {
    const res = await request(app).get('/corpus/groups?by=role&unit=headline&groups=Civilian').expect(200);
    expect(res.text).toContain('<option value="role" selected>');
    expect(res.text).toContain('<option value="headline" selected>');
    expect(res.text).toContain('name="groups" maxlength="500" value="civilian"');
    expect(res.text).toMatch(/<th scope="row">The Example Herald<\/th><td>civilian<\/td><td>76<\/td>/);
    expect(res.text).toContain('href="/corpus/groups.csv?by=role&amp;unit=headline&amp;groups=civilian"');
    const one = await request(app).get('/corpus/groups?groups=northlander').expect(200);
    expect(one.text).not.toContain('<td>southlander</td>');
    expect(one.text).not.toMatch(/<text class="contrast-who"[^>]*>The Example Herald:<\/text>/); // outlets within the group only
  });

  test.each([
    ['unit=article', 'unit=article', 'unit must be event or headline, got &#34;article&#34;'],
    ['min_n=0', 'min_n=0', 'min_n must be a whole number from 1 to 10000, got &#34;0&#34;'],
    ['min_n=ten', 'min_n=ten', 'min_n must be a whole number from 1 to 10000, got &#34;ten&#34;'],
    ['min_n=10001', 'min_n=10001', 'min_n must be a whole number from 1 to 10000, got &#34;10001&#34;'],
    ['min_n=2.5', 'min_n=2.5', 'min_n must be a whole number from 1 to 10000, got &#34;2.5&#34;'],
    ['by=religion', 'by=religion', 'by must be nationality or role, got &#34;religion&#34;'],
    ['unit=event&unit=headline', 'unit=event&unit=headline', 'unit must be given once'],
    ['from=yesterday', 'from=yesterday', 'from must be a date like 2025-03-08, got &#34;yesterday&#34;'],
    ['groups of 501 characters', `groups=${'x'.repeat(501)}`, 'groups is too long: the limit is 500 characters'],
    ['voice=quoted', 'voice=quoted', 'voice must be all or own, got &#34;quoted&#34;'],
    ['corrected_by=../x', 'corrected_by=../x', 'corrected_by must name a review sample'],
  ])('%s: a 400 saying what is wrong, without a stack trace', async (_name, query, message) => {
    for (const path of ['/corpus/groups', '/corpus/groups.csv', '/corpus/groups.json']) {
      const res = await request(app).get(`${path}?${query}`).expect(400);
      expect(res.text).toContain(message);
      expect(res.text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
    }
  });

  test('voice=own: only events in the outlet\'s own voice, and the form says so', async () => {
    const res = await request(app).get('/corpus/groups.json?voice=own').expect(200);
    expect(res.body.comparisons[0].ownVoice).toBe(true);
    const page = await request(app).get('/corpus/groups?voice=own').expect(200);
    expect(page.text).toContain('<option value="own" selected>Only the outlet’s own voice</option>');
  });

  test('CSV: the contrasts as contrastsCsv writes them, as a download', async () => {
    const res = await request(app).get('/corpus/groups.csv').expect(200).expect('Content-Type', 'text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?framing-groups\.csv"?$/);
    expect(res.text.split('\r\n')[0]).toBe('unit,measure,kind,a_outlet,a_group,a_k,a_n,b_outlet,b_group,b_k,b_n,difference,low,high,p,p_holm');
    expect(res.text).toBe(contrastsCsv([expected]));
    expect(res.text.trim().split('\r\n')).toHaveLength(expected.contrasts.length + 1);
  });

  test('JSON: as `framing compare-groups --format json --unit event`', async () => {
    const res = await request(app).get('/corpus/groups.json?min_n=5').expect(200).expect('Content-Type', /json/);
    const body = res.body as { by: string; filters: object; comparisons: { unit: string; minN: number; contrasts: unknown[] }[] };
    expect(body.by).toBe('nationality');
    expect(body.filters).toEqual({});
    expect(body.comparisons).toHaveLength(1);
    expect(body.comparisons[0]).toMatchObject({ unit: 'event', minN: 5 });
    expect(body.comparisons[0]?.contrasts.length).toBeGreaterThan(expected.contrasts.length);
  });

  test('an outlet or a group holding markup is shown as text, in the table, the chart and the form', async () => {
    const docs = groupedDocs((outlet) => (outlet === 'Sample Daily' ? PAYLOAD : outlet));
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(1)&gt;';
    const res = await request(appWith(docs)).get(`/corpus/groups?groups=northlander,${encodeURIComponent(PAYLOAD)}`).expect(200);
    expect(res.text).toContain(`<th scope="row">${escaped}</th>`);
    expect(res.text).toMatch(/<text class="contrast-who"[^>]*>[^<]*&lt;script&gt;/);
    expect(res.text).toContain(`value="northlander, ${escaped.toLowerCase()}"`);
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });

  test('no stated group: says so plainly, with no table or chart', async () => {
    const docs = [0, 1, 2].map((i) => ({ record: { id: `n${i}`, outlet: 'Herald', headline: `n${i} killed`, text: '' },
      analysis: { words: 2, annotations: [harm('agentless-passive')] } }));
    const res = await request(appWith(docs)).get('/corpus/groups').expect(200);
    expect(res.text).toContain('No harm events with a stated victim group were found. There are 3 harm events in these items');
    expect(res.text).not.toContain('<table');
    expect(res.text).not.toContain('<svg class="chart-svg"');
    const unknown = await request(app).get('/corpus/groups?groups=martian').expect(200);
    expect(unknown.text).toContain('No harm events with a stated victim group were found for martian. Groups found: northlander, southlander.');
  });

  test('cells but no contrast: the table, and a sentence instead of the chart', async () => {
    const docs = [groupEvent('a', 'Herald', 'x', true, 'grammatical'), groupEvent('b', 'Herald', 'y', false, 'none')];
    const res = await request(appWith(docs)).get('/corpus/groups').expect(200);
    expect(count(res.text, /n below minimum: not contrasted/)).toBe(2);
    expect(res.text).toContain('No contrasts: a contrast needs two cells');
    expect(res.text).not.toContain('<svg class="chart-svg"');
  });

  test('the corpus page links to it, with its filters; the sample corpus shows it', async () => {
    const sample = createApp({ analyze: fixtureAnalyze });
    const corpus = await request(sample).get('/corpus?event=fictional-harbour-square').expect(200);
    expect(corpus.text).toContain('<a href="/corpus/groups?event=fictional-harbour-square">By victim group: contrasts with tests</a>');
    const res = await request(sample).get('/corpus/groups').expect(200);
    expect(res.text).toContain('Found: villagers (5), ');
    expectNoInlineCode(res.text);
  });
});

describe('the contrast chart geometry', () => {
  const side = (outlet: string, group: string, k: number, n: number) => ({ outlet, group, k, n });
  const contrast = (pHolm: number, diff: number, low: number, high: number, outlet = 'CNN'): Contrast => ({
    measure: 'named', label: 'doer named (grammatical agent)', kind: 'groups within outlet',
    a: side(outlet, 'israeli', 1, 56), b: side(outlet, 'palestinian', 28, 303), diff, low, high, p: pHolm / 2, pHolm,
  });

  test('symmetric about zero on a round bound; rows by Holm p, each with its dot and whisker', () => {
    const chart = contrastChart([contrast(0.9, -0.075, -0.115, 0.007), contrast(0.01, 0.316, 0.184, 0.449)]);
    expect(chart?.ticks.map((t) => t.label)).toEqual(['−50', '−25', '0', '+25', '+50']);
    expect(chart?.ticks.map((t) => t.x)).toEqual([8, 154, 300, 446, 592]);
    expect(chart?.zero).toBe(300);
    expect(chart?.rows.map((r) => [r.x1, r.x, r.x2])).toEqual([[407.5, 484.5, 562.2], [232.8, 256.2, 304.1]]);
    expect(chart?.rows.map((r) => r.significant)).toEqual([true, false]);
    expect(chart?.rows[1]?.label).toBe('CNN: israeli vs palestinian — doer named');
    expect(chart?.rows[1]?.note).toBe('−7.5 points [−11.5, +0.7], p 0.450, Holm p 0.900');
    expect(chart?.description).toContain('1 with Holm p below 0.05; the first: CNN: israeli vs palestinian — doer named, +31.6 [+18.4, +44.9] points.');
    expect(chart?.height).toBe(CONTRAST_CHART.top + 2 * CONTRAST_CHART.row + CONTRAST_CHART.axis);
  });

  test('at most 30 rows, the rest counted; none without contrasts', () => {
    const many = Array.from({ length: 41 }, (_, i) => contrast(i / 41, 0.1, 0, 0.2));
    const chart = contrastChart(many);
    expect(chart?.rows).toHaveLength(30);
    expect(chart?.more).toBe(11);
    expect(chart?.total).toBe(41);
    expect(contrastChart([])).toBeNull();
  });

  test('long names wrap after the colon, then at words, and rows grow to fit', () => {
    expect(wrap('CNN: israeli vs palestinian')).toEqual(['CNN: israeli vs palestinian']);
    expect(wrap('northlander: Sample Daily vs The Placeholder Post')).toEqual(['northlander:', 'Sample Daily vs The Placeholder Post']);
    expect(wrap('a '.repeat(100), 10, 3)).toEqual(['a a a a a', 'a a a a a', 'a a a a a…']);
    const long = contrastChart([contrast(0.5, 0, -0.1, 0.1, 'The Associated Press of Somewhere Quite Far Away')]);
    expect(long?.rows[0]?.whoLines.map((l) => l.text)).toEqual(['The Associated Press of Somewhere Quite Far', 'Away:', 'israeli vs palestinian']);
    expect(long?.rows[0]?.y).toBe(CONTRAST_CHART.top + 2 * CONTRAST_CHART.line + 70);
  });
});
