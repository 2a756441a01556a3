// The corpus format's checks, duplicate keys, front matter, chart
// geometry and the progress line.

import { parseDate } from '../src/corpus/dates';
import { readLines } from '../src/io/lines';
import { parseFrontMatter } from '../src/corpus/import/front-matter';
import { titleKey, urlKey } from '../src/corpus/keys';
import { Writable } from 'node:stream';
import { formatProgress, startProgress } from '../src/corpus/progress';
import { measure } from '../src/corpus/stats/metrics';
import { toItem } from '../src/corpus/validate';
import { metricChart, niceMax } from '../src/web/corpus/chart';
import { zeroCounts } from '../src/corpus/stats/doc-counts';
import type { GroupStats } from '../src/corpus/stats/query';
import { type MeasureSelection, selectStats } from '../src/corpus/stats/selection';

describe('toItem: a record → an item, or why not', () => {
  const ok = { outlet: 'A', headline: 'H' };
  test.each([
    ['minimal', ok, { id: expect.stringMatching(/^item-/), outlet: 'A', date: null, url: null, headline: 'H', text: '', event: null, language: null }],
    ['title read as the headline', { outlet: 'A', title: 'T' }, expect.objectContaining({ headline: 'T' })],
    ['a headline and a title: the title kept as metadata', { ...ok, title: 'T' }, expect.objectContaining({ headline: 'H', metadata: { title: 'T' } })],
    ['CSV strings: empty means absent, "true" a flag', { ...ok, date: '', url: '', event: '', illustrative: 'true', url_unverified: '0' },
      expect.objectContaining({ date: null, url: null, event: null, illustrative: true, url_unverified: false })],
    ['a date-time keeps its date', { ...ok, date: '2025-03-08T22:15:00+02:00' }, expect.objectContaining({ date: '2025-03-08' })],
    ['a numeric id', { ...ok, id: 12 }, expect.objectContaining({ id: '12' })],
    ['analyser output is not imported', { ...ok, annotations: [1], summary: {} }, expect.not.objectContaining({ metadata: expect.anything() })],
  ])('%s', (_name, record, expected) => {
    expect(toItem(record)).toEqual(expected);
  });

  test.each([
    ['not an object', 'x', 'not a JSON object'],
    ['no outlet', { headline: 'H' }, '"outlet" must be a string (missing)'],
    ['blank outlet', { outlet: '  ', headline: 'H' }, '"outlet" is empty'],
    ['long outlet', { outlet: 'x'.repeat(121), headline: 'H' }, '"outlet" is longer than 120 characters'],
    ['nothing to analyse', { outlet: 'A', headline: ' ', text: '\n' }, 'no "headline" or "text": both are missing or empty'],
    ['text not a string', { outlet: 'A', text: 5 }, '"text" must be a string (got number)'],
    ['a date whose day and month cannot be told apart', { ...ok, date: '08/03/2025' }, '"date" "08/03/2025" could be day/month or month/day: give --date-format dmy or mdy, or write it as 2024-03-08'],
    ['a date that does not exist', { ...ok, date: '2025-13-01' }, '"date" is not a real date: "2025-13-01"'],
    ['a relative URL', { ...ok, url: '/news/1' }, '"url" must be an http:// or https:// address of at most 2000 characters, got "/news/1"'],
    ['an id object', { ...ok, id: { a: 1 } }, '"id" must be a string or a number (got object)'],
    ['a flag that is neither', { ...ok, illustrative: 2 }, '"illustrative" must be true or false, got "2"'],
  ])('%s', (_name, record, message) => {
    expect(toItem(record)).toBe(message);
  });
});

describe('duplicate keys', () => {
  test.each([
    ['https://www.example.org/a/b/', 'example.org/a/b'],
    ['http://EXAMPLE.org/a/b?utm_source=x&fbclid=y#c', 'example.org/a/b'],
    ['https://example.org/a?page=2&id=1', 'example.org/a?id=1&page=2'],
    ['https://example.org:8080/a', 'example.org:8080/a'],
    [null, null],
  ])('URL %s → %s', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });

  test('outlet and headline: case, spacing, quotes and dashes ignored', () => {
    expect(titleKey({ outlet: 'The  Herald', headline: '‘Clashes’ — 12 “dead”' }))
      .toBe(titleKey({ outlet: 'the herald', headline: "'clashes' - 12 \"dead\"" }));
    expect(titleKey({ outlet: 'A', headline: '  ' })).toBeNull();
  });
});

describe('front matter', () => {
  test.each([
    ['fields and body', '---\noutlet: A\ndate: 2024-05-14\n---\nBody text.\n', { outlet: 'A', date: '2024-05-14', text: 'Body text.' }],
    ['no front matter: all body', 'Just text.\n', { text: 'Just text.' }],
    ['a BOM and CRLF', '\uFEFF---\r\noutlet: A\r\n---\r\nBody', { outlet: 'A', text: 'Body' }],
    ['"..." closes too', '---\noutlet: A\n...\nBody', { outlet: 'A', text: 'Body' }],
    ['empty front matter', '---\n---\nBody', { text: 'Body' }],
  ])('%s', (_name, content, expected) => {
    expect(parseFrontMatter(content)).toEqual(expected);
  });

  test.each([
    ['not closed', '---\noutlet: A\n', 'front matter has no closing "---" line'],
    ['a list, not fields', '---\n- a\n- b\n---\n', 'front matter must be YAML "key: value" lines'],
    ['bad YAML', '---\noutlet: [A\n---\n', expect.stringMatching(/^invalid front matter \(.+\)$/)],
  ])('%s', (_name, content, expected) => {
    expect(parseFrontMatter(content)).toEqual(expected);
  });
});

describe('charts', () => {
  test.each([[0, 1], [0.4, 0.5], [7, 10], [13, 20], [180, 200], [230, 250], [404, 500]])('axis for %d ends at %d', (x, max) => {
    expect(niceMax(x)).toBe(max);
  });

  const group = (outlet: string, k: number, n: number): GroupStats => ({
    outlet, group: null, items: 1, annotated: 1, counts: zeroCounts(), categories: {},
    metrics: [measure('harm_named_agent', 'Harm events naming who did it', 'share', k, n)],
  });

  const selection = (groups: GroupStats[], overall: GroupStats) =>
    selectStats({ by: null, filters: {}, categories: [], groups, overall }, { minN: 1, top: null });

  test('a share: dot at the value, whisker over the interval, on a 0–100% axis; 0 of 0 not drawn', () => {
    const s = selection([group('A', 8, 10), group('B', 0, 0)], group('All outlets', 8, 10));
    const chart = metricChart(s, s.measures[0] as MeasureSelection);
    // Plot from x 4 to 584 (580 wide), rows from y 34: 0.8 → 468; [0.490162, 0.943318] → [288.3, 551.1].
    expect(chart?.rows).toEqual([
      { label: 'A', title: null, note: '80.0% [49.0%, 94.3%] · 8 of 10', textY: 54, y: 70, x: 468, x1: 288.3, x2: 551.1 },
    ]);
    expect(chart?.ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect([chart?.tickY, chart?.height]).toEqual([{ top: 22, bottom: 108 }, 118]);
    expect(chart?.hidden).toBe('1 outlet with no harm events not shown');
    expect(chart?.description).toBe('Harm events naming who did it, per outlet, with 95% intervals, highest first. '
      + 'Highest: A, 80.0% of 10 harm events, 95% interval [49.0%, 94.3%]. 1 outlet with no harm events not shown.');
  });

  test('no chart for a measure without data', () => {
    const s = selection([group('A', 0, 0)], group('All outlets', 0, 0));
    expect(metricChart(s, s.measures[0] as MeasureSelection)).toBeNull();
  });
});

describe('progress line', () => {
  test.each([
    ['half done', { documents: 500, failed: 0, words: 10_000 }, { done: 50, total: 100 }, 10,
      '[##########----------]  50%  500 docs  1,000 words/s  ETA 0:10'],
    ['total unknown (stdin)', { documents: 10, failed: 2, words: 300 }, null, 2, '12 docs  150 words/s'],
    ['an hour to go', { documents: 1, failed: 0, words: 10 }, { done: 1, total: 1000 }, 4, expect.stringMatching(/ETA 1:06:36$/)],
    ['done', { documents: 3, failed: 0, words: 30 }, { done: 5, total: 5 }, 1, '[####################] 100%  3 docs  30 words/s'],
  ])('%s', (_name, counted, position, seconds, expected) => {
    expect(formatProgress(counted, position, seconds)).toEqual(expected);
  });
});

describe('progress bar', () => {
  class Terminal extends Writable {
    text = '';
    constructor(readonly isTTY: boolean) {
      super();
    }
    override _write(chunk: Buffer, _encoding: string, done: () => void): void {
      this.text += chunk.toString('utf8');
      done();
    }
  }
  const counted = { documents: 10, failed: 0, words: 100 };

  test('on a terminal: redrawn in place, cleared before messages and at the end', () => {
    jest.useFakeTimers();
    try {
      const term = new Terminal(true);
      const bar = startProgress(term, counted, () => ({ done: 1, total: 2 }));
      jest.advanceTimersByTime(300);
      expect(term.text).toMatch(/^\r\[#{10}-{10}\] {2}50% {2}10 docs {2}\d[\d,]* words\/s {2}ETA \d+:\d\d\x1b\[K$/);
      bar.messages.write('line 3: bad\n');
      expect(term.text.endsWith('\r\x1b[Kline 3: bad\n')).toBe(true);
      bar.stop();
      expect(term.text.endsWith('\r\x1b[K')).toBe(true);
      const before = term.text;
      jest.advanceTimersByTime(1000);
      expect(term.text).toBe(before);
    } finally {
      jest.useRealTimers();
    }
  });

  test('not a terminal: nothing drawn, messages pass straight through', () => {
    const log = new Terminal(false);
    const bar = startProgress(log, counted, () => null);
    expect(bar.messages).toBe(log);
    bar.stop();
    expect(log.text).toBe('');
  });
});

describe('invalid UTF-8 in the line reader (shared with framing annotate)', () => {
  async function lines(bytes: Buffer) {
    const out = [];
    for await (const line of readLines((async function* () {
      yield bytes;
    })())) out.push(line);
    return out;
  }

  test('a line with bytes that are not UTF-8 is reported as such; the others are read', async () => {
    expect(await lines(Buffer.concat([Buffer.from('ok\ncaf'), Buffer.from([0xe9]), Buffer.from('\nnext\n')]))).toEqual([
      { number: 1, text: 'ok' }, { number: 2, invalidUtf8: true }, { number: 3, text: 'next' },
    ]);
  });

  test('a real U+FFFD character is text, not an error', async () => {
    expect(await lines(Buffer.from('a \uFFFD b\n'))).toEqual([{ number: 1, text: 'a \uFFFD b' }]);
  });
});

describe('dates as collections write them (issue 17)', () => {
  test.each([
    ['2024-03-08', '2024-03-08'],
    ['2024-03-08T10:15:00Z', '2024-03-08'],
    ['2024/03/08', '2024-03-08'],
    ['20240308', '2024-03-08'],
    ['March 8, 2024', '2024-03-08'],
    ['Mar. 8 2024', '2024-03-08'],
    ['8 Mar 2024', '2024-03-08'],
    ['8th March 2024', '2024-03-08'],
    ['Fri, 08 Mar 2024 10:00:00 GMT', '2024-03-08'],
    ['13/08/2024', '2024-08-13'],
    ['08/13/2024', '2024-08-13'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: expected });
  });

  test.each([
    ['03/08/2024', 'could be day/month or month/day'],
    ['2024-02-30', 'is not a real date'],
    ['yesterday', 'must be a date like'],
  ])('%s is refused: %s', (input, message) => {
    const result = parseDate(input);
    expect('error' in result && result.error).toContain(message);
  });
});
