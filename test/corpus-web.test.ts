// The corpus pages through supertest, with the fixture analyser: statistics and charts,
// uploads (limits, reports, escaping), search and opening results in Compare, accepting a
// suggested event, exports.

import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { CorpusStore } from '../src/corpus/store/store';
import { createApp } from '../src/web/app';
import { loadCorpus, memoryStore } from '../src/web/corpus/app-corpus';
import { fixtureAnalyze } from './browser/fixture-analyzer';

const PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
const app = () => createApp({ analyze: fixtureAnalyze });

function expectNoInlineCode(html: string): void {
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

/** The payload shows as text, never as markup. */
function expectEscaped(html: string): void {
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&#34;&gt;&lt;img src=x onerror=alert(1)&gt;');
  expect(html).not.toContain('<script>alert(1)');
  expect(html).not.toContain('<img src=x');
}

const upload = (target: ReturnType<typeof app>, name: string, content: string | Buffer) =>
  request(target).post('/corpus/import').attach('file', Buffer.from(content), name);

/** Uploads, follows the redirect to the import job's page, and returns the page once the import is done. */
async function uploadReport(target: ReturnType<typeof app>, name: string, content: string | Buffer): Promise<request.Response> {
  const posted = await upload(target, name, content).expect(303);
  const job = posted.headers.location as string;
  expect(job).toMatch(/^\/corpus\/import\/[\w-]{12}$/);
  for (let tries = 0; tries < 200; tries++) {
    const res = await request(target).get(job).expect(200);
    if (!/role="status">\s*(Waiting|Importing)/.test(res.text)) return res;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the import at ${job} did not finish`);
}

describe('GET /corpus', () => {
  test('per-outlet statistics with intervals, SVG charts, tools; no inline code', async () => {
    const res = await request(app()).get('/corpus').expect(200);
    expect(res.text).toContain('<h2 id="outlets-h">By outlet</h2>');
    expect(res.text).toMatch(/<th scope="row">Sample Daily<\/th><td>4<\/td>/);
    expect(res.text).toMatch(/<tr class="overall"><th scope="row">All outlets<\/th><td>44<\/td>/);
    // the sample's outlets have fewer than 20 harm events each: by default no chart draws them, and says so
    expect(res.text).not.toContain('<circle class="chart-dot"');
    expect(res.text).toMatch(/<li><strong>Harm events naming who did it<\/strong>: \d+ outlets with fewer than 20 harm events not shown\.<\/li>/);
    expect(res.text).toContain('<a href="/corpus?min_n=1&amp;top=all#outlets-h">Show every outlet with data</a>');
    const all = await request(app()).get('/corpus?min_n=1').expect(200);
    expect(all.text).toMatch(/<svg class="chart-svg" viewBox="0 0 600 \d+" role="img" aria-labelledby="chart-[\w-]+-t chart-[\w-]+-d"/);
    expect(all.text).toContain('<circle class="chart-dot"');
    expectNoInlineCode(all.text);
    expect(res.text).toContain('action="/corpus/search"');
    expect(res.text).toContain('enctype="multipart/form-data"');
    expect(res.text).toContain('href="/corpus/export/annotations.csv"');
    expect(res.text).toContain('<link rel="stylesheet" href="/static/corpus.css">');
    expectNoInlineCode(res.text);
  });

  test('filters: one event, and the export links keep them', async () => {
    const res = await request(app()).get('/corpus?event=fictional-kessel-market&by=event').expect(200);
    expect(res.text).toMatch(/<th scope="row">The Illustrative Times<\/th><td>fictional-kessel-market<\/td>/);
    expect(res.text).not.toContain('<th scope="row">Demo News Network</th>');
    expect(res.text).toContain('href="/corpus/export/stats.csv?event=fictional-kessel-market&amp;by=event"');
  });

  test('a bad filter is a 400 with its message, and the page still shows', async () => {
    const res = await request(app()).get('/corpus?from=yesterday').expect(400);
    expect(res.text).toContain('from must be a date like 2025-03-08, got &#34;yesterday&#34;');
    expect(res.text).toContain('<h2 id="outlets-h">By outlet</h2>');
  });

  test('the public stylesheet for charts is served', async () => {
    const res = await request(app()).get('/static/corpus.css').expect(200).expect('Content-Type', /css/);
    expect(res.text).toContain('.chart-dot');
  });

  test('FRAMING_DB-style: the app shows the store it is given', async () => {
    const store = CorpusStore.memory();
    const res = await request(createApp({ analyze: fixtureAnalyze, store })).get('/corpus').expect(200);
    expect(res.text).toContain('0 items from 0 outlets on 0 events.');
  });
});

describe('POST /corpus/import (upload)', () => {
  const CSV = 'id,outlet,date,url,headline,text\n'
    + 'u1,Upload Times,2024-05-14,https://example.org/u1,Police shot dead 3 protesters,\n'
    + 'u2,Upload Times,May,,Bad date here,\n'
    + 'u3,Upload Times,2024-05-14\n'
    + `u4,${PAYLOAD.replace(/"/g, '""').replace(/^/, '"').replace(/$/, '"')},2024-05-15,,Protesters killed in clashes,\n`
    + 'u5,Sample Daily,2024-05-14,,12 dead as Harbour Square protest turns violent,\n';

  test('a report of exactly the bad lines and duplicates; good rows kept, annotated and escaped', async () => {
    const target = app();
    const res = await uploadReport(target, 'mine.csv', CSV);
    expect(res.text).toContain('<h2 id="file-0-h">mine.csv</h2>');
    expect(res.text).toMatch(/<strong>2<\/strong> added, <strong>1<\/strong> duplicates not added again, <strong class="error">2<\/strong> bad rows skipped/);
    expect(res.text).toContain('<li class="problem-error"><span class="at">line 3</span>: &#34;date&#34; must be a date like 2025-03-08 (or &#34;8 March 2025&#34;, &#34;March 8, 2025&#34;, &#34;2025/03/08&#34;), got &#34;May&#34;</li>');
    expect(res.text).toContain('<li class="problem-error"><span class="at">line 4</span>: expected 6 columns, got 3</li>');
    expect(res.text).toContain('<li class="problem-duplicate"><span class="at">line 6</span>: duplicate of &#34;ill-harbour-daily&#34;');
    expectNoInlineCode(res.text);
    const page = await request(target).get('/corpus?top=all').expect(200);
    expect(page.text).toContain('<th scope="row">Upload Times</th>');
    expectEscaped(page.text);
    expect(page.text).toContain('46 items from 29 outlets');
  });

  test.each([
    ['JSON Lines', 'a.jsonl', '{"outlet":"J","headline":"Two were shot dead","text":""}\n{oops\n', ['<span class="at">line 2</span>: invalid JSON']],
    ['a Markdown file', 'note.md', '---\noutlet: M\nheadline: Killed in a raid\n---\nBody.', []],
    ['an empty file', 'empty.csv', '', ['<span class="at">empty.csv</span>: the file is empty or has only a header: nothing to import']],
  ])('%s', async (_name, fileName, content, expected) => {
    const res = await uploadReport(app(), fileName, content);
    for (const e of expected) expect(res.text).toContain(e);
    expect(res.text.match(/class="problem-/g) ?? []).toHaveLength(expected.length);
  });

  test.each([
    ['over the size limit', (t: ReturnType<typeof app>) => upload(t, 'big.csv', `text,outlet\n${'x'.repeat(10.5 * 1024 * 1024)},A\n`),
      413, 'the upload is too large: the limit is 10 MB'],
    ['not multipart', (t: ReturnType<typeof app>) => request(t).post('/corpus/import').type('form').send({ file: 'x' }),
      415, 'send files with the upload form (multipart/form-data)'],
    ['no file chosen', (t: ReturnType<typeof app>) => request(t).post('/corpus/import').field('other', 'x'),
      400, 'choose a file to upload'],
    ['from another site', (t: ReturnType<typeof app>) => upload(t, 'a.csv', 'text,outlet\nx,A\n').set('Origin', 'https://evil.example'),
      403, 'form posts from other sites are refused'],
  ])('%s: %d with a message, no stack trace', async (_name, send, status, message) => {
    const res = await send(app()).expect(status);
    expect(res.text).toContain(message);
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+|node_modules/);
  });
});

describe('POST /corpus/import: the multipart body (busboy)', () => {
  const part = (headers: string, content: string): string => `--XyZ\r\n${headers}\r\n\r\n${content}\r\n`;
  const file = (name: string, content: string): string =>
    part(`Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv`, content);
  const post = (target: ReturnType<typeof app>, body: string | Buffer, headers: Record<string, string> = {}) =>
    request(target).post('/corpus/import').set({ 'Content-Type': 'multipart/form-data; boundary=XyZ', ...headers }).send(Buffer.from(body));
  const CSV = 'outlet,headline\r\nRaw Times,Two protesters shot dead';

  async function reportOf(target: ReturnType<typeof app>, location: string): Promise<string> {
    for (let tries = 0; tries < 200; tries++) {
      const res = await request(target).get(location).expect(200);
      if (!/role="status">\s*(Waiting|Importing)/.test(res.text)) return res.text;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the import did not finish');
  }

  test('the files of the field "file", in order, without folder parts; other fields and empty file inputs skipped', async () => {
    const target = app();
    const body = file('C:\\\\Users\\\\me\\\\a.csv', CSV)
      + part('Content-Disposition: form-data; name="note"', 'hello')
      + part('Content-Disposition: form-data; name="other"; filename="x.csv"', CSV)
      + part('Content-Disposition: form-data; name="file"; filename=""\r\nContent-Type: application/octet-stream', '')
      + file('b%22.jsonl', '{"outlet":"Raw Times","headline":"Police fired on the march"}') + '--XyZ--\r\n';
    const posted = await post(target, body).expect(303);
    const page = await reportOf(target, posted.headers.location as string);
    expect([...page.matchAll(/<h2 id="file-\d+-h">([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(['a.csv', 'b&#34;.jsonl']);
    expect(page.match(/<strong>1<\/strong> added/g)).toHaveLength(2);
  });

  test('a gzip body is unpacked first', async () => {
    const target = app();
    const posted = await post(target, gzipSync(`${file('z.csv', CSV)}--XyZ--\r\n`), { 'Content-Encoding': 'gzip' }).expect(303);
    expect(await reportOf(target, posted.headers.location as string)).toContain('<h2 id="file-0-h">z.csv</h2>');
  });

  test.each([
    ['cut short', `${file('a.csv', CSV)}`, {}, 400, 'the upload is cut short'],
    ['a part without headers', '--XyZ\r\nnonsense\r\n\r\nabc\r\n--XyZ--\r\n', {}, 400, 'the upload is not valid multipart/form-data'],
    ['no boundary', 'x', { 'Content-Type': 'multipart/form-data' }, 415, 'send files with the upload form (multipart/form-data)'],
    ['an unknown Content-Encoding', 'x', { 'Content-Encoding': 'zstd' }, 415, 'unsupported content encoding'],
    ['not gzip after all', 'x', { 'Content-Encoding': 'gzip' }, 400, 'the request body could not be decompressed: check its Content-Encoding'],
    ['21 files', `${Array.from({ length: 21 }, (_, i) => file(`f${i}.csv`, CSV)).join('')}--XyZ--\r\n`, {}, 413, 'upload at most 20 files at once'],
    ['two files over 10 MB together', `${file('a.csv', 'x'.repeat(6e6))}${file('b.csv', 'x'.repeat(6e6))}--XyZ--\r\n`, {}, 413,
      'the upload is too large: the limit is 10 MB'],
  ])('%s: an error with its message', async (_name, body, headers, status, message) => {
    const res = await post(app(), body, headers).expect(status);
    expect(res.text).toContain(message);
  });
});

describe('search', () => {
  test('results with marked, escaped snippets and a form to compare them', async () => {
    const target = app();
    await uploadReport(target, 'x.jsonl', JSON.stringify({ outlet: 'X', headline: `${PAYLOAD} individual violations`, text: '' }));
    const res = await request(target).get('/corpus/search?q=%22individual+violations%22').expect(200);
    expect(res.text).toMatch(/<h2 id="results-h">3 items match<\/h2>/);
    expect(res.text).toContain('the shootings as &#34;<mark class="match">individual violations</mark>&#34; and said');
    expectEscaped(res.text);
    expect(res.text).toContain('<form action="/corpus/compare" method="get"');
    expect(res.text).toContain('name="id" value="ill-harbour-post"');
    expect(res.text).toContain('href="/compare?event=fictional-harbour-square"');
  });

  test('no query, no results; an over-long query is refused', async () => {
    const empty = await request(app()).get('/corpus/search').expect(200);
    expect(empty.text).not.toContain('results-h');
    await request(app()).get(`/corpus/search?q=${'a'.repeat(501)}`).expect(413);
  });

  test('chosen results open in Compare', async () => {
    const res = await request(app()).get('/corpus/compare?id=ill-harbour-post&id=ill-harbour-dnn').expect(303);
    expect(res.headers.location).toMatch(/^\/compare\?outlet1=The\+Placeholder\+Post&date1=2024-05-15&text1=Protesters\+killed/);
    expect(res.headers.location).toContain('outlet2=Demo+News+Network');
    const compare = await request(app()).get(res.headers.location as string).expect(200);
    expect(compare.text).toContain('class="panel column"');
  });

  test.each([
    ['one item', '?id=ill-harbour-post', 400, 'choose 2 to 8 items to compare, got 1'],
    ['an unknown item', '?id=ill-harbour-post&id=nope', 404, 'no item &#34;nope&#34; in the corpus'],
  ])('compare %s: %d', async (_name, query, status, message) => {
    const res = await request(app()).get(`/corpus/compare${query}`).expect(status);
    expect(res.text).toContain(message);
  });
});

describe('headline-only uploads', () => {
  test('a CSV of outlet and headline is imported and reported, not a 500', async () => {
    const target = app();
    const res = await uploadReport(target, 'headlines.csv', 'outlet,headline\nNew One,Soldiers kill three protesters in the capital\nNew Two,Three protesters killed in the capital\n');
    expect(res.text).toContain('<h2 id="file-0-h">headlines.csv</h2>');
    expect(res.text).toMatch(/<strong>2<\/strong> added/);
  });
});

describe('suggested events', () => {
  test('items without an event are suggested for one, and accepting assigns it', async () => {
    const target = app();
    await uploadReport(target, 'new.jsonl', [
      { outlet: 'New One', date: '2024-05-15', headline: 'Police shoot dead 12 protesters in Harbour Square', text: '' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const page = await request(target).get('/corpus').expect(200);
    expect(page.text).toContain('<h2 id="suggest-h">Suggested events</h2>');
    const form = /Add to Harbour Square shootings, Port Averna \(fictional\)[^]*?<input type="hidden" name="id" value="([^"]+)">/.exec(page.text);
    const id = form?.[1] as string;
    expect(id).toMatch(/^item-[0-9a-f]{16}$/);
    const res = await request(target).post('/corpus/events').type('form')
      .send({ id, event: 'fictional-harbour-square', title: 'ignored: the event has a title' }).expect(303);
    expect(res.headers.location).toBe('/corpus?event=fictional-harbour-square#events');
    const after = await request(target).get('/corpus').expect(200);
    expect(after.text).not.toContain('Add to Harbour Square');
    const compare = await request(target).get('/compare?event=fictional-harbour-square').expect(200);
    expect(compare.text.match(/<article class="panel column"/g)).toHaveLength(5);
  });

  test('"Not one event": the suggestion is not made again, and nothing is assigned', async () => {
    const target = app();
    await uploadReport(target, 'new.jsonl', [
      { outlet: 'New One', date: '2024-05-15', headline: 'Police shoot dead 12 protesters in Harbour Square', text: '' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const page = await request(target).get('/corpus').expect(200);
    expect(page.text).toContain('formaction="/corpus/events/reject">Not one event</button>');
    const id = (/Add to Harbour Square shootings, Port Averna \(fictional\)[^]*?<input type="hidden" name="id" value="([^"]+)">/.exec(page.text))?.[1] as string;
    const res = await request(target).post('/corpus/events/reject').type('form')
      .send({ id, event: 'fictional-harbour-square', existing: '1' }).expect(303);
    expect(res.headers.location).toBe('/corpus#suggest-h');
    const after = await request(target).get('/corpus').expect(200);
    expect(after.text).not.toContain('Add to Harbour Square');
    expect(after.text).toContain('Police shoot dead 12 protesters in Harbour Square');
    await request(target).post('/corpus/events/reject').type('form').send({ id, event: 'x', existing: '0' }).expect(400);
  });

  test('nothing chosen is a 400', async () => {
    await request(app()).post('/corpus/events').type('form').send({ event: 'x' }).expect(400);
    await request(app()).post('/corpus/events/reject').type('form').send({ event: 'x' }).expect(400);
  });

  test('an item id that is not in the corpus is a 400 that says so, not a success', async () => {
    const res = await request(app()).post('/corpus/events').type('form').send({ id: 'item-0000000000000000', event: 'x' }).expect(400);
    expect(res.text).toContain('none of the chosen items could be added');
  });
});

describe('exports', () => {
  test('annotations CSV, one row per annotation, each with id, outlet, date and URL', async () => {
    const res = await request(app()).get('/corpus/export/annotations.csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename=framing-annotations.csv');
    const [head, ...rows] = res.text.trim().split('\r\n');
    expect(head?.startsWith('id,outlet,date,url,event,type,')).toBe(true);
    expect(rows.length).toBeGreaterThan(0);
    expect(res.text).toContain('aljazeera-2025-03-08-syria,Al Jazeera,2025-03-08,https://www.aljazeera.com/news/2025/3/8/hundreds-killed-as-syria-security-forces-battle-al-assad-loyalists');
  });

  test('documents JSONL, statistics and words CSV, with filters', async () => {
    const docs = await request(app()).get('/corpus/export/documents.jsonl?outlet=Sample+Daily').buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      }).expect(200).expect('Content-Type', 'application/x-ndjson; charset=utf-8');
    const lines = (docs.body as string).trim().split('\n').map((l) => JSON.parse(l) as { outlet: string; annotations: unknown[] });
    expect(lines).toHaveLength(4);
    expect(lines.every((d) => d.outlet === 'Sample Daily' && Array.isArray(d.annotations))).toBe(true);
    const stats = await request(app()).get('/corpus/export/stats.csv?by=event').expect(200);
    expect(stats.text.split('\r\n')[0]).toBe('outlet,event,items,annotated,metric,label,count,total,value,ci95_low,ci95_high');
    await request(app()).get('/corpus/export/words.csv').expect(200).expect('Content-Type', /text\/csv/);
  });

  test('unknown export and bad filters', async () => {
    await request(app()).get('/corpus/export/passwords.txt').expect(404);
    await request(app()).get('/corpus/export/stats.csv?to=soon').expect(400);
  });
});

test('the sample loads into a store with every item', () => {
  const store = memoryStore();
  expect((store.stmt('SELECT count(*) AS n FROM items').get() as { n: number }).n).toBe(loadCorpus().items.length);
});

test('the sample shows suggested events and items without one', async () => {
  const res = await request(app()).get('/corpus').expect(200);
  expect(res.text).toContain('Add to Strike on a market, Kessel Valley (fictional)');
  expect(res.text).toContain('<h2 id="event-none">Not assigned to an event</h2>');
  expect(res.text).toContain('<label for="f-victim">Victim group</label>');
});
