// `framing annotate` in-process (fake analyzer): formats, order, bad lines, exit codes,
// backpressure.

import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { analyze } from '../src/analyze';
import { BATCH_DOCS } from '../src/corpus/annotate/batches';
import { main } from '../src/cli/main';
import { Writer, encodeLines } from '../src/io/writer';
import { fakeAnalyze, jsonLines, problems, runCli } from './fixtures/cli/run';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-cli-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const jsonl = (docs: object[]): string => docs.map((d) => `${JSON.stringify(d)}\n`).join('');

describe('output', () => {
  test('one object per document, in input order: id, metadata as given, annotations, summary; no text', async () => {
    const input = jsonl([
      { id: 'a', text: 'Two men were shot by police.', outlet: 'X', date: '2024-01-02' },
      { text: 'Nothing here.', id: 7, tags: ['x', 1], nested: { n: null } },
    ]);
    const run = await runCli(['annotate', '-'], { stdin: input });
    expect(run.code).toBe(0);
    const out = jsonLines(run.stdout);
    expect(out).toEqual([
      { id: 'a', outlet: 'X', date: '2024-01-02', ...pick(fakeAnalyze('Two men were shot by police.')) },
      { id: 7, tags: ['x', 1], nested: { n: null }, ...pick(fakeAnalyze('Nothing here.')) },
    ]);
    expect(Object.keys(out[0] ?? {})).toEqual(['id', 'outlet', 'date', 'annotations', 'summary']);
    expect(run.stderr).toMatch(/^framing: 2 documents, 0 failed lines, 8 words in \d+\.\d s \(\d+ words\/s\)\n$/);
  });

  test('a document without id gets "id": null', async () => {
    const run = await runCli(['annotate', '-'], { stdin: '{"text": "Hello."}\n' });
    expect(jsonLines(run.stdout)[0]).toMatchObject({ id: null });
  });

  test('--out writes the file instead of stdout', async () => {
    const out = join(dir, 'out.jsonl');
    const run = await runCli(['annotate', file('in.jsonl', jsonl([{ id: 1, text: 'A was hit.' }])), '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(jsonLines(readFileSync(out, 'utf8'))).toEqual([{ id: 1, ...pick(fakeAnalyze('A was hit.')) }]);
  });

  test.each([
    ['empty input', ''],
    ['blank lines only', '\n  \n\r\n'],
  ])('%s: no output, exit 0', async (_name, stdin) => {
    const run = await runCli(['annotate', '-'], { stdin });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^framing: 0 documents, 0 failed lines/);
  });
});

describe('input formats', () => {
  const csv = 'id,text,outlet\n1,"Police said ""two were shot"".",A\n2,"Line one.\nLine two was cut.",B\n';
  const expected = [
    { id: '1', outlet: 'A', ...pick(fakeAnalyze('Police said "two were shot".')) },
    { id: '2', outlet: 'B', ...pick(fakeAnalyze('Line one.\nLine two was cut.')) },
  ];

  test.each([
    ['.csv extension', 'in.csv', csv, []],
    ['sniffed (no known extension)', 'in.txt', csv, []],
    ['--format csv overrides the extension', 'in.jsonl', csv, ['--format', 'csv']],
    ['CRLF line ends and a BOM', 'crlf.csv', `\uFEFF${csv.replace(/\n(?=\d|$)/g, '\r\n')}`, []],
  ])('CSV: %s', async (_name, name, content, flags) => {
    const run = await runCli(['annotate', file(name, content), ...flags]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual(expected);
  });

  test('CSV on stdin needs --format csv', async () => {
    const run = await runCli(['annotate', '-', '--format', 'csv'], { stdin: csv });
    expect(jsonLines(run.stdout)).toEqual(expected);
  });

  test.each([
    ['.jsonl extension', 'a.jsonl'],
    ['sniffed', 'a.data'],
  ])('JSONL: %s', async (_name, name) => {
    const run = await runCli(['annotate', file(name, '\uFEFF  {"id": 1, "text": "X was seen."}\r\n')]);
    expect(jsonLines(run.stdout)).toEqual([{ id: 1, ...pick(fakeAnalyze('X was seen.')) }]);
  });

  test('a CSV header without a "text" column stops the run (exit 2)', async () => {
    const run = await runCli(['annotate', file('notext.csv', 'id,body\n1,x\n')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('framing: CSV input needs a "text" or "headline" column; the header has ["id","body"]\n');
  });
});

describe('bad lines are reported with their line number and skipped; the rest is kept (exit 1)', () => {
  const big = 'x'.repeat(1024 * 1024);
  test.each([
    ['invalid JSON', '{"id": 2, "text": "oops"', /^line 2: invalid JSON \(/],
    ['not an object', '["a", "b"]', /^line 2: not a JSON object$/],
    ['null', 'null', /^line 2: not a JSON object$/],
    ['missing text', '{"id": 2}', /^line 2: missing "text" \(or "headline"\)$/],
    ['text not a string', '{"id": 2, "text": 5}', /^line 2: "text" must be a string, got number$/],
    ['line over 1 MB', `{"id": 2, "text": "${big}"}`, /^line 2: line longer than 1 MB$/],
    ['analyzer throws', '{"id": 2, "text": "BOOM"}', /^line 2: analysis failed: fake failure$/],
  ])('JSONL: %s', async (_name, bad, message) => {
    const stdin = `{"id": 1, "text": "A."}\n${bad}\n\n{"id": 3, "text": "C."}\n`;
    const run = await runCli(['annotate', '-'], { stdin });
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((d) => d.id)).toEqual([1, 3]);
    const reported = problems(run.stderr);
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatch(message);
    expect(run.stderr).toMatch(/framing: 2 documents, 1 failed lines/);
  });

  test.each([
    ['too few columns', '2,only', 'line 4: expected 3 columns, got 2'],
    ['too many columns', '2,a,b,c', 'line 4: expected 3 columns, got 4'],
    [
      'a record over 1 MB across lines',
      `2,"${'y'.repeat(600 * 1024)}\n${'y'.repeat(600 * 1024)}",b`,
      'line 4: record longer than 1 MB (unclosed quote?)',
    ],
  ])('CSV: %s', async (_name, bad, message) => {
    const content = `id,text,outlet\n1,"A.\nstill A.",a\n${bad}\n3,C.,c\n`;
    const run = await runCli(['annotate', file('bad.csv', content)]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((d) => d.id)).toEqual(['1', '3']);
    expect(problems(run.stderr)).toEqual([message]);
  });

  test('CSV: an unclosed quote at the end is reported on the line it starts', async () => {
    const run = await runCli(['annotate', file('open.csv', 'id,text\n1,A.\n2,"never\nclosed\n')]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout).map((d) => d.id)).toEqual(['1']);
    expect(problems(run.stderr)).toEqual(['line 3: unclosed quote at end of input']);
  });

  test('several bad lines among many: every number right, every good line kept in order', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      i % 97 === 5 ? 'not json' : JSON.stringify({ id: i + 1, text: `Doc ${i + 1} was read.` }),
    );
    const run = await runCli(['annotate', '-'], { stdin: `${lines.join('\n')}\n` });
    const badLines = lines.flatMap((l, i) => (l === 'not json' ? [i + 1] : []));
    expect(run.code).toBe(1);
    expect(problems(run.stderr).map((l) => Number(/^line (\d+):/.exec(l)?.[1]))).toEqual(badLines);
    expect(jsonLines(run.stdout).map((d) => d.id)).toEqual(
      lines.flatMap((l, i) => (l === 'not json' ? [] : [i + 1])),
    );
  });
});

test('a missing model (analyzer always throws) stops the run up front with one message', async () => {
  const broken = (): never => {
    throw new Error("ENOENT: no such file or directory, open 'models/pos-tagger.json.gz'");
  };
  const run = await runCli(['annotate', '-'], { stdin: jsonl([{ text: 'a' }, { text: 'b' }]), context: { analyze: broken } });
  expect(run).toEqual({
    code: 2,
    stdout: '',
    stderr: "framing: cannot start the analyzer: ENOENT: no such file or directory, open 'models/pos-tagger.json.gz'\n",
  });
});

test('backpressure: a stalled reader stops the reading and analysis after a bounded amount', async () => {
  const total = 5000;
  let read = 0;
  async function* docs(): AsyncGenerator<string> {
    for (; read < total; read++) yield `${JSON.stringify({ id: read, text: `Doc ${read} was read.` })}\n`;
  }
  let analyzed = 0;
  const analyze = (text: string): ReturnType<typeof fakeAnalyze> => {
    analyzed++;
    return fakeAnalyze(text);
  };
  const written: string[] = [];
  let release: (() => void) | null = null;
  const stalled = new Promise<void>((resolve) => (release = resolve));
  const stdout = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      void stalled.then(() => done());
    },
  });
  const stderr = new Writable({ write: (_c, _e, done) => done() });
  const finished = main(['annotate', '-'], { stdin: Readable.from(docs()), stdout, stderr, analyze });
  while (written.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 200)); // time to run ahead, if it could
  // The warm-up and one batch analyzed, then waiting for the reader to drain.
  expect(analyzed).toBe(1 + BATCH_DOCS);
  expect(read).toBeLessThan(300);
  (release as unknown as () => void)();
  expect(await finished).toBe(0);
  expect(analyzed).toBe(total + 1);
  expect(jsonLines(written.join('')).map((d) => d.id)).toEqual(Array.from({ length: total }, (_, i) => i));
});

function pick(analysis: ReturnType<typeof fakeAnalyze>): { annotations: unknown; summary: unknown } {
  return { annotations: analysis.annotations, summary: analysis.summary };
}

describe('headline-only input', () => {
  test('a CSV of outlet and headline is analysed, and each line says which field it read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framing-headlines-'));
    const file = join(dir, 'h.csv');
    writeFileSync(file, 'outlet,headline\nA,Soldiers kill three protesters in the capital\n');
    const run = await runCli(['annotate', file], { context: { analyze } });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout.trim()) as { field: string; headline: string; annotations: Array<{ type: string; text: string; agency?: string }> };
    expect(out.field).toBe('headline');
    expect(out.annotations.filter((a) => a.type === 'harm').map((a) => [a.text, a.agency])).toEqual([['kill', 'active']]);
  });
});

test('the lines of a batch are written as the UTF-8 of each line, one after another', () => {
  const lines = ['{"id":"a"}\n', '“quoted” — café\n', 'emoji 👮 and a lone surrogate \ud800\n', ''];
  expect(encodeLines(lines).equals(Buffer.concat(lines.map((line) => Buffer.from(line, 'utf8'))))).toBe(true);
  expect(encodeLines([]).length).toBe(0);
});

test('batches written to a file, each encoded into a buffer an earlier write is done with, come out whole', async () => {
  const path = join(dir, 'batches.jsonl');
  const out = new Writer(createWriteStream(path));
  const batches = [['a “1”\n', 'b\n'], ['c'.repeat(300_000) + '\n'], ['d\n'], ['é\n', 'f\n', 'g'.repeat(1000) + '\n'], ['h\n']];
  for (const batch of batches) await out.writeLines(batch);
  // two writes before any could be done: the second must not be encoded into the first's buffer
  await Promise.all([out.writeLines(['i\n']), out.writeLines(['j\n'])]);
  await out.end();
  expect(readFileSync(path, 'utf8')).toBe([...batches.flat(), 'i\n', 'j\n'].join(''));
});
