// Exports: annotations as CSV (one row per annotation, with the document's id, outlet,
// date and URL), documents as JSON Lines, statistics and distinctive words as CSV; from
// the store API and from `framing export`.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ANNOTATION_COLUMNS, exportAnnotations } from '../src/corpus/export/annotations';
import { csvLine } from '../src/io/csv-write';
import { fieldOf, itemText } from '../src/corpus/item';
import { exportDocuments } from '../src/corpus/export/documents';
import { statsCsv, vocabularyCsv } from '../src/corpus/export/stats';
import { corpusStats } from '../src/corpus/stats/query';
import { outletVocabulary } from '../src/corpus/stats/vocabulary';
import { runCli } from './fixtures/cli/run';
import { euphemism, harm, passive, summary } from './fixtures/corpus/annotations';
import { storeWith } from './fixtures/corpus/store';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-export-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const store = storeWith([
  { record: { id: 'h1', outlet: 'The Example Herald', date: '2024-05-14', url: 'https://example.org/h1', event: 'e1',
    headline: 'Police, "witnesses say", shot 12', text: 'Line one\nline two', desk: 'world' },
    analysis: { words: 20, annotations: [passive('shot', 'police'), harm('active', 'Police', '12')] } },
  { record: { id: 'd1', outlet: 'Sample Daily', date: '2024-05-14', headline: 'Twelve died', text: '' },
    analysis: { words: 10, annotations: [harm('intransitive', null, 'Twelve'), euphemism('minimising-violence')] } },
  { record: { id: 'p1', outlet: 'The Placeholder Post', headline: 'Not annotated yet', text: '' } },
]);

class Sink {
  text = '';
  async write(text: string): Promise<void> {
    this.text += text;
  }
}

const rows = (csv: string): Record<string, string>[] => parse(csv, { columns: true }) as Record<string, string>[];

describe('annotations CSV', () => {
  test('one row per annotation, each with its document; documents without analysis left out and counted', async () => {
    const sink = new Sink();
    const tally = await exportAnnotations(store, sink, {});
    expect(tally).toEqual({ rows: 4, documents: 2, unannotated: 1 });
    // the fixed columns, then the headline and the metadata keys the items hold (issue 17)
    expect(sink.text.split('\r\n')[0]).toBe([...ANNOTATION_COLUMNS, 'headline', 'meta_desk'].join(','));
    const out = rows(sink.text);
    expect(out.map((r) => [r.id, r.outlet, r.date, r.url, r.type])).toEqual([
      ['h1', 'The Example Herald', '2024-05-14', 'https://example.org/h1', 'passive'],
      ['h1', 'The Example Herald', '2024-05-14', 'https://example.org/h1', 'harm'],
      ['d1', 'Sample Daily', '2024-05-14', '', 'harm'],
      ['d1', 'Sample Daily', '2024-05-14', '', 'euphemism'],
    ]);
    expect(out[0]).toMatchObject({ event: 'e1', rule: 'test/passive', start: '0', end: '4', text: 'shot', form: 'full', agent: 'police', victim: '', category: '',
      headline: 'Police, "witnesses say", shot 12', meta_desk: 'world' });
    expect(out[1]).toMatchObject({ harm: 'killing', agency: 'active', agent: 'Police', victim: '12' });
    expect(out[3]).toMatchObject({ category: 'minimising-violence', entry: 'test-minimising-violence', alternative: 'killings', contested: 'false' });
  });

  test('filters apply', async () => {
    const sink = new Sink();
    await exportAnnotations(store, sink, { outlet: 'Sample Daily' });
    expect(rows(sink.text).map((r) => r.id)).toEqual(['d1', 'd1']);
  });

  test.each([
    ['plain', 'plain'],
    ['a, comma', '"a, comma"'],
    ['a "quote"', '"a ""quote"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    [null, ''],
    [42, '42'],
    [false, 'false'],
    [true, 'true'],
    [undefined, ''],
    ['a\rb', '"a\rb"'],
    ['\u00a0nbsp', '"\u00a0nbsp"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['@outlet', "'@outlet"],
    ['\tx', "'\tx"],
    // + and -: guarded only when a spreadsheet would run what follows
    ['+972 Magazine', '+972 Magazine'],
    ['+1 killed', '+1 killed'],
    ['- Gaza live', '- Gaza live'],
    ['-5', '-5'],
    ['+HYPERLINK("http://x")', '"\'+HYPERLINK(""http://x"")"'],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['+A1', "'+A1"],
    ['-$B$2*3', "'-$B$2*3"],
    ['+1=1', "'+1=1"],
    [-3, '-3'],
  ])('the CSV field %j → %j', (value, expected) => {
    expect(csvLine([value])).toBe(`${expected}\r\n`);
    expect(csvLine([1, value, 'x'])).toBe(`1,${expected},x\r\n`);
  });

  test('a row: CRLF, no BOM; an empty row is a line break', () => {
    expect(csvLine(['id', 'text'])).toBe('id,text\r\n');
    expect(csvLine([])).toBe('\r\n');
  });

  test.each([
    ['=SUM(A1)', "'=SUM(A1)", '=SUM(A1)'],
    ['+A1', "'+A1", '+A1'],
    ['+972 Magazine', '+972 Magazine', '+972 Magazine'],
  ])('the formula guard can be turned off: %j', (value, guarded, raw) => {
    expect(csvLine([value])).toBe(`${guarded}\r\n`);
    expect(csvLine([value], { formulaGuard: true })).toBe(`${guarded}\r\n`);
    expect(csvLine([value], { formulaGuard: false })).toBe(`${raw}\r\n`);
    expect(csvLine([value, 1], { formulaGuard: false })).toBe(`${raw},1\r\n`);
  });
});

describe('documents JSONL', () => {
  test('one document per line: fields, metadata, annotations and summary (null when not annotated)', async () => {
    const sink = new Sink();
    expect(await exportDocuments(store, sink, {})).toEqual({ rows: 3, documents: 3, unannotated: 1 });
    const docs = sink.text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs.map((d) => [d.id, d.outlet])).toEqual([['h1', 'The Example Herald'], ['d1', 'Sample Daily'], ['p1', 'The Placeholder Post']]);
    expect(docs[0]).toEqual({ id: 'h1', outlet: 'The Example Herald', date: '2024-05-14', url: 'https://example.org/h1',
      headline: 'Police, "witnesses say", shot 12', text: 'Line one\nline two', event: 'e1', language: null, desk: 'world',
      annotations: [passive('shot', 'police'), harm('active', 'Police', '12')].map((a) => ({ ...a, field: { name: 'headline', start: a.start, end: a.end } })),
      summary: summary(20, [passive('shot', 'police'), harm('active', 'Police', '12')]) });
    expect(docs[2]).toMatchObject({ annotations: null, summary: null });
  });
});

describe('the field an annotation is in (issue 17)', () => {
  const item = { headline: 'Troops fire on march', text: 'Dozens were hurt.' };
  test.each([
    ['in the headline', 7, 11, { name: 'headline', start: 7, end: 11 }],
    ['in the text, after the blank line', 22 + 12, 22 + 16, { name: 'text', start: 12, end: 16 }],
  ] as const)('%s', (_what, start, end, expected) => {
    expect(itemText(item).slice(start, end)).toBe(item.headline.length > start ? 'fire' : 'hurt');
    expect(fieldOf(item, start, end)).toEqual(expected);
  });

  test('headline only, text only', () => {
    expect(fieldOf({ headline: 'Troops fire', text: '' }, 7, 11)).toEqual({ name: 'headline', start: 7, end: 11 });
    expect(fieldOf({ headline: '', text: 'Troops fire' }, 7, 11)).toEqual({ name: 'text', start: 7, end: 11 });
  });
});

describe('statistics CSV', () => {
  test('one row per outlet and measure, the outlet on every row', () => {
    const out = rows(statsCsv(corpusStats(store)));
    expect(out.every((r) => r.outlet)).toBe(true);
    expect(new Set(out.map((r) => r.outlet))).toEqual(new Set(['The Example Herald', 'Sample Daily', 'The Placeholder Post']));
    const named = out.find((r) => r.outlet === 'The Example Herald' && r.metric === 'harm_named_agent');
    // 1 of 1: Wilson [0.206549, 1].
    expect(named).toMatchObject({ items: '1', annotated: '1', count: '1', total: '1', value: '1', ci95_low: '0.206549', ci95_high: '1' });
    const post = out.find((r) => r.outlet === 'The Placeholder Post' && r.metric === 'harm_named_agent');
    expect(post).toMatchObject({ items: '1', annotated: '0', count: '0', total: '0', value: '', ci95_low: '', ci95_high: '' });
    expect(out.find((r) => r.outlet === 'Sample Daily' && r.metric === 'euphemisms_per_1000_words:minimising-violence'))
      .toMatchObject({ count: '1', total: '10', value: '100' });
  });

  test('with --by, a column for the group', () => {
    const [head] = statsCsv(corpusStats(store, {}, 'event')).split('\r\n');
    expect(head).toBe('outlet,event,items,annotated,metric,label,count,total,value,ci95_low,ci95_high');
  });

  test('distinctive words, the outlet on every row', () => {
    const out = rows(vocabularyCsv(outletVocabulary(store)));
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((r) => r.outlet && r.word && Number(r.z) > 0)).toBe(true);
  });
});

describe('framing export', () => {
  async function storeFile(): Promise<string> {
    const db = join(dir, `export-${Math.random()}.sqlite`);
    const file = join(dir, `in-${Math.random()}.jsonl`);
    require('node:fs').writeFileSync(file, [
      { id: 'a', outlet: 'A', date: '2024-01-02', url: 'https://example.org/a', headline: 'Two men were shot by police', text: '' },
      { id: 'b', outlet: 'B', headline: 'Protesters were beaten', text: '' },
      { id: 'c', outlet: 'C', headline: 'Nothing passive here', text: '' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    await runCli(['import', file, '--db', db]);
    return db;
  }

  test('annotations, documents and stats, to stdout or --out', async () => {
    const db = await storeFile();
    const before = await runCli(['export', 'annotations', '--db', db]);
    expect(before.stderr).toBe('framing: 3 items are not annotated yet (left out): framing annotate --db PATH\n');
    await runCli(['annotate', '--db', db]);
    const annotations = await runCli(['export', 'annotations', '--db', db]);
    expect(rows(annotations.stdout).map((r) => [r.id, r.outlet, r.date, r.url, r.text, r.agent])).toEqual([
      ['a', 'A', '2024-01-02', 'https://example.org/a', 'were shot', 'police'],
      ['b', 'B', '', '', 'were beaten', ''],
    ]);
    const out = join(dir, 'docs.jsonl');
    const documents = await runCli(['export', 'documents', '--db', db, '--out', out, '--outlet', 'C']);
    expect(documents.code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['c']);
    const stats = await runCli(['export', 'stats', '--db', db]);
    expect(new Set(rows(stats.stdout).map((r) => r.outlet))).toEqual(new Set(['A', 'B', 'C']));
  });

  test.each([
    [['export'], /missing what to export/],
    [['export', 'everything'], /cannot export "everything": use annotations, documents, stats, words/],
    [['export', 'stats', '--by', 'colour'], /--by must be one of event, victim_group, month, year/],
    [['export', 'stats', '--from', 'May'], /--from must be a date like 2025-03-08/],
    [['stats', '--format', 'xml'], /--format must be one of text, csv, json/],
  ])('usage: %j', async (argv, message) => {
    const run = await runCli([...argv, '--db', join(dir, 'none.sqlite')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('framing stats', () => {
  test('text, CSV and JSON', async () => {
    const db = join(dir, 'stats.sqlite');
    const file = join(dir, 'stats.jsonl');
    require('node:fs').writeFileSync(file, [
      { outlet: 'A', headline: 'Men were shot by police. Others were shot.', text: '' },
      { outlet: 'B', headline: 'Protesters were beaten', text: '' },
    ].map((r) => JSON.stringify(r)).join('\n'));
    await runCli(['import', file, '--db', db]);
    await runCli(['annotate', '--db', db]);
    const text = await runCli(['stats', '--db', db, '--min-n', '1']);
    expect(text.stdout).toContain('2 items from 2 outlets; 2 annotated, 11 words');
    // highest first
    expect(text.stdout).toMatch(/Agentless passives per 1,000 words \(95% CI\)\n {2}B +1\/3 {2}333\.33 \[61\.49, 792\.34\]\n {2}A +1\/8 {2}125\.00 \[22\.42, 470\.89\]/);
    const csv = await runCli(['stats', '--db', db, '--format', 'csv']);
    expect(rows(csv.stdout).every((r) => r.outlet === 'A' || r.outlet === 'B')).toBe(true);
    const json = JSON.parse((await runCli(['stats', '--db', db, '--format', 'json', '--suggest-events'])).stdout) as
      { stats: { groups: unknown[] }; vocabulary: unknown[]; suggestions: unknown[] };
    expect([json.stats.groups.length, json.vocabulary.length, Array.isArray(json.suggestions)]).toEqual([2, 2, true]);
  });

  test('no store yet', async () => {
    const run = await runCli(['stats', '--db', join(dir, 'missing.sqlite')]);
    expect([run.code, run.stderr]).toEqual([2, `framing: no store at ${join(dir, 'missing.sqlite')}: import a corpus first (framing import FILE --db ${join(dir, 'missing.sqlite')}) (see framing --help)\n`]);
  });
});
