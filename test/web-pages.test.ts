// The HTML pages through supertest: every route, its errors, escaping and headers.
// The fixture analyser stands in for the real one (see test/web-e2e.test.ts for that).

import request from 'supertest';
import { ANNOTATION_COLUMNS } from '../src/corpus/export/annotations';
import { createApp } from '../src/web/app';
import { corpusOf } from '../src/web/corpus/app-corpus';
import { fixtureAnalyze } from './browser/fixture-analyzer';

const app = createApp({ analyze: fixtureAnalyze });
const SEED = 'Hundreds killed as Syria security forces battle al-Assad loyalists';
const PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';

/** Things that must never appear in a page: inline script, inline handlers, inline style. */
function expectNoInlineCode(html: string): void {
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

describe('GET and POST / (Analyse)', () => {
  test('an empty form with a labelled field', async () => {
    const res = await request(app).get('/').expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain('<label for="text">');
    expect(res.text).toContain('id="text" name="text"');
    expect(res.text).not.toContain('class="annotated"');
  });

  test('the seed headline from a link: "killed" flagged with no agent, tooltip, legend, summary, link', async () => {
    const res = await request(app).get(`/?text=${encodeURIComponent(SEED)}`).expect(200);
    expect(res.text).toMatch(/<mark class="hl hl-agentless" tabindex="0" aria-describedby="(t-tip-\d+)">killed<span class="mk" aria-hidden="true">▲<\/span><span class="tip" role="tooltip" id="\1">/);
    expect(res.text).toContain('Agent omitted: passive');
    expect(res.text).toContain('class="legend"');
    expect(res.text).toMatch(/<span class="who missing">not named<\/span>/);
    expect(res.text).toContain('href="/?text=Hundreds+killed+as+Syria+security+forces+battle+al-Assad+loyalists"');
    expectNoInlineCode(res.text);
  });

  test('a posted form gives the same result', async () => {
    const res = await request(app).post('/').type('form').send({ text: SEED }).expect(200);
    expect(res.text).toContain('class="hl hl-agentless"');
  });

  test('euphemisms: category, plainer alternative and source', async () => {
    const res = await request(app).get('/').query({ text: 'The ministry spoke of individual violations.' }).expect(200);
    // minimising-violence is the 8th shipped category: style 7 mod 6
    expect(res.text).toContain('class="hl hl-euph-1"');
    expect(res.text).toContain('Euphemism: minimising');
    expect(res.text).toContain('Plainer: killings by security forces');
    expect(res.text).toContain('<summary>Sources (1)</summary>');
    expect(res.text).toContain('<a href="https://example.org/guide" rel="noopener noreferrer">Test style guide</a>');
  });

  test('empty text: 400 with the message, the form kept', async () => {
    const res = await request(app).post('/').type('form').send({ text: '   ' }).expect(400);
    expect(res.text).toContain('role="alert">text is empty<');
    expect(res.text).toContain('aria-invalid="true"');
  });

  test('text over 20,000 characters: 413 with the message', async () => {
    const res = await request(app).post('/').type('form').send({ text: 'a'.repeat(20_001) }).expect(413);
    expect(res.text).toContain('text is too long: 20001 characters, the limit is 20000');
  });

  test('user text is escaped everywhere: highlighted text, tooltips, summary, form, link', async () => {
    const text = `${PAYLOAD} killed, and more shot dead by ${PAYLOAD}`;
    const res = await request(app).post('/').type('form').send({ text }).expect(200);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(res.text).toMatch(/class="tip-line">[^<]*&lt;img src=x/);
    expect(res.text).toMatch(/class="who">&lt;script&gt;/);
    expectNoInlineCode(res.text.replace(/onerror=alert\(1\)&gt;/g, ''));
  });
});

describe('GET and POST /compare', () => {
  test('an empty form: labelled fields for 8 texts, events from the corpus', async () => {
    const res = await request(app).get('/compare').expect(200);
    for (let n = 1; n <= 8; n++) {
      for (const f of ['outlet', 'date', 'url', 'text']) expect(res.text).toContain(`<label for="${f}${n}">`);
    }
    expect(res.text).toContain('href="/compare?event=fictional-harbour-square"');
  });

  test('one click loads an event: its outlets side by side with the table and a link', async () => {
    const res = await request(app).get('/compare?event=fictional-harbour-square').expect(200);
    expect(res.text.match(/<article class="panel column"/g)).toHaveLength(4);
    for (const o of ['The Example Herald', 'Sample Daily', 'The Placeholder Post', 'Demo News Network']) {
      expect(res.text).toContain(`<th scope="col">${o}</th>`);
    }
    expect(res.text).toContain('<th scope="row">Agentless passives</th>');
    expect(res.text).toContain('<th scope="row">Labels for those harmed</th>');
    expect(res.text).toContain('class="unsaid"');
    expect(res.text).toContain('value="http://127.0.0.1');
    expect(res.text).toContain('/compare?event=fictional-harbour-square"');
  });

  test('an unknown event is 404; an event with one text is 400', async () => {
    expect((await request(app).get('/compare?event=nope').expect(404)).text).toContain('no event &#34;nope&#34;');
    const single = createApp({ analyze: fixtureAnalyze, corpus: corpusOf([{ id: 'only', outlet: 'Lone Outlet', date: '2024-05-01', url: null,
      headline: 'Two killed in the square', text: '', event: 'one-text', language: 'en' }]) });
    const one = await request(single).get('/compare?event=one-text').expect(400);
    expect(one.text).toContain('add another to compare');
    expect(one.text).toContain('value="Lone Outlet"');
  });

  test('three posted texts are compared, and the shareable link reproduces the comparison', async () => {
    const form = {
      outlet1: 'Outlet A', text1: 'Twelve protesters shot dead by police.', url1: 'https://example.org/a', date1: '2024-05-14',
      outlet2: 'Outlet B', text2: 'Protesters killed in clashes.',
      outlet3: 'Outlet C', text3: 'The ministry spoke of individual violations.',
    };
    // post/redirect/get: the post answers 303 to the shareable link, so the address bar holds it
    const posted = await request(app).post('/compare').type('form').send(form).expect(303);
    expect(posted.headers.location).toMatch(/^\/compare\?outlet1=Outlet\+A/);
    const res = await request(app).get(posted.headers.location as string).expect(200);
    expect(res.text.match(/<article class="panel column"/g)).toHaveLength(3);
    expect(res.text).toContain('<a class="source" href="https://example.org/a" rel="noopener noreferrer nofollow">example.org</a>');
    const share = /<a class="button button-quiet" href="([^"]+)">Open<\/a>/.exec(res.text)?.[1]?.replace(/&amp;/g, '&');
    expect(share).toMatch(/^\/compare\?outlet1=Outlet\+A/);
    const again = await request(app).get(share as string).expect(200);
    const tables = [res.text, again.text].map((t) => t.slice(t.indexOf('<table'), t.indexOf('</table>')));
    expect(tables[1]).toBe(tables[0]);
  });

  test('a comparison too long for a link is shown from the post itself', async () => {
    const long = 'Hundreds killed as forces battle loyalists. '.repeat(150);
    const res = await request(app).post('/compare').type('form').send({ outlet1: 'A', text1: long, outlet2: 'B', text2: long }).expect(200);
    expect(res.text).toContain('too long for a shareable link');
    expect(res.text).not.toContain('Download this comparison');
  });

  test('downloads: the contract as JSON, and CSV with the outlet on every row', async () => {
    const query = '?outlet1=Outlet+A&text1=Twelve+protesters+shot+dead+by+police.&outlet2=Outlet+B&text2=Protesters+killed+in+clashes.';
    const page = await request(app).get(`/compare${query}`).expect(200);
    expect(page.text).toContain(`href="/compare.csv${query.replace(/&/g, '&amp;')}" download>CSV</a>`);
    const json = await request(app).get(`/compare.json${query}`).expect(200).expect('Content-Type', /json/);
    expect(json.headers['content-disposition']).toBe('attachment; filename=framing-comparison.json');
    expect(json.body.items.map((i: { outlet: string }) => i.outlet)).toEqual(['Outlet A', 'Outlet B']);
    expect(json.body.items[1].analysis.text).toBe('Protesters killed in clashes.');
    const csv = await request(app).get(`/compare.csv${query}`).expect(200).expect('Content-Type', 'text/csv; charset=utf-8');
    const [head, ...rows] = csv.text.trim().split('\r\n');
    expect(head).toBe(ANNOTATION_COLUMNS.join(','));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toMatch(/^text[12],Outlet [AB],/);
  });

  test('a download with nothing to compare is a 400 that says what to give', async () => {
    const res = await request(app).get('/compare.json').expect(400);
    expect(res.text).toContain('nothing to compare');
  });

  test('fewer than two texts: 400 saying so', async () => {
    const res = await request(app).post('/compare').type('form').send({ outlet1: 'A', text1: 'x' }).expect(400);
    expect(res.text).toContain('a comparison needs 2 to 8 texts, got 1');
  });

  test('a javascript: URL is refused and never rendered as a link; outlet names are escaped', async () => {
    const res = await request(app).post('/compare').type('form').send({
      outlet1: PAYLOAD, text1: 'Hundreds killed', outlet2: 'B', text2: 'x', url2: 'javascript:alert(1)' }).expect(400);
    expect(res.text).toContain('Text 2: url must be an http:// or https:// address');
    expect(res.text).not.toMatch(/href="javascript:/i);
    expect(res.text).toContain(`value="&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img`);
    expect(res.text).not.toContain('<img');
  });

  test('escapes outlet names in columns and table headers', async () => {
    const res = await request(app).post('/compare').type('form').redirects(1)
      .send({ outlet1: PAYLOAD, text1: 'Hundreds killed', outlet2: 'B', text2: 'More killed' }).expect(200);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img');
    expect(res.text).toContain('<th scope="col">&lt;script&gt;');
  });
});

describe('GET /corpus', () => {
  test('events, outlets, annotations and the per-outlet summary', async () => {
    const res = await request(app).get('/corpus').expect(200);
    expect(res.text).toContain('Syria: killings on the coast, March 2025');
    expect(res.text).toContain('Link not verified');
    expect(res.text).toContain('<a class="source" href="https://www.aljazeera.com/news/2025/3/8/hundreds-killed-as-syria-security-forces-battle-al-assad-loyalists"');
    expect(res.text).toContain('<h2 id="outlets-h">By outlet</h2>');
    expect(res.text).toContain('<th scope="row">Sample Daily</th>');
    expect(res.text).toContain('href="/compare?event=fictional-kessel-market"');
    expect(res.text).toContain('class="hl hl-agentless"');
    expectNoInlineCode(res.text);
  });

  test('when the analyser fails the items are still listed, with a notice', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = createApp({ analyze: () => { throw new Error('model missing at /secret/path'); } });
    const res = await request(broken).get('/corpus').expect(200);
    spy.mockRestore();
    expect(res.text).toContain('The analyser is not available');
    expect(res.text).toContain('Hundreds killed as Syria security forces battle al-Assad loyalists');
    expect(res.text).not.toContain('/secret/path');
  });
});

describe('errors, headers and static files', () => {
  test('an analyser failure is a 500 page with no stack trace or internals', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = createApp({ analyze: () => { throw new Error('model missing at /secret/path'); } });
    const res = await request(broken).get('/?text=x').expect(500);
    spy.mockRestore();
    expect(res.text).toContain('internal error: the request could not be completed');
    expect(res.text).not.toMatch(/secret|at .*\.ts|node_modules/);
  });

  test('unknown pages are a 404 page', async () => {
    const res = await request(app).get('/nope').expect(404).expect('Content-Type', /html/);
    expect(res.text).toContain('not found: GET /nope');
  });

  test('a form body over the size limit is 413', async () => {
    await request(app).post('/').type('form').send({ text: 'a'.repeat(1_100_000) }).expect(413);
  });

  test('Content Security Policy: no inline script or style', async () => {
    const res = await request(app).get('/').expect(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  test('stylesheet, script and icon are served from public/', async () => {
    await request(app).get('/static/style.css').expect(200).expect('Content-Type', /css/);
    await request(app).get('/static/app.js').expect(200).expect('Content-Type', /javascript/);
    await request(app).get('/static/favicon.svg').expect(200).expect('Content-Type', /svg/);
  });
});
