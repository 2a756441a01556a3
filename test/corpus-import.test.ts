// `framing import`: CSV, JSON Lines and folders into the store. Every bad row is reported
// with its line and reason and every good row kept; duplicates are reported, not doubled.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusStore } from '../src/corpus/store/store';
import { allItems, itemCount } from '../src/corpus/store/items';
import { problems, runCli } from './fixtures/cli/run';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-import-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** A fresh store path and an input file holding `content`. */
function setup(name: string, content: string | Buffer): { db: string; file: string } {
  n++;
  const file = join(dir, `${n}-${name}`);
  writeFileSync(file, content);
  return { db: join(dir, `${n}.sqlite`), file };
}

function stored(db: string) {
  const store = CorpusStore.open(db);
  try {
    return allItems(store);
  } finally {
    store.close();
  }
}

const NOTES = join(__dirname, 'fixtures', 'corpus', 'notes');
const HEADER = 'id,outlet,date,url,headline,text\n';
const row = (i: number): string => `r${i},Outlet ${i % 3},2024-05-${String((i % 28) + 1).padStart(2, '0')},https://example.org/a/${i},Headline number ${i},Body ${i}.\n`;

describe('bad rows: each reported with its line and reason, the good rows kept', () => {
  const MB = 'x'.repeat(1024 * 1024 + 10);
  test.each([
    ['CSV, wrong number of columns', 'a.csv', `${HEADER}1,A,,,h1,t\n2,B,,h2,t\n3,C,,,h3,t\n`, ['line 3: expected 6 columns, got 5'], 2],
    ['CSV, empty outlet', 'a.csv', `${HEADER}1,,,,h1,t\n2,B,,,h2,t\n`, ['line 2: "outlet" is empty'], 1],
    ['CSV, bad date', 'a.csv', `${HEADER}1,A,sometime in March,,h1,t\n2,B,8 March 2025,,h2,t\n`, ['line 2: "date" must be a date like 2025-03-08 (or "8 March 2025", "March 8, 2025", "2025/03/08"), got "sometime in March"'], 1],
    ['CSV, impossible date', 'a.csv', `${HEADER}1,A,2025-02-30,,h1,t\n`, ['line 2: "date" is not a real date: "2025-02-30"'], 0],
    ['CSV, day and month that cannot be told apart', 'a.csv', `${HEADER}1,A,03/08/2024,,h1,t\n2,B,13/08/2024,,h2,t\n`, ['line 2: "date" "03/08/2024" could be day/month or month/day: give --date-format dmy or mdy, or write it as 2024-03-08'], 1],
    ['CSV, not an http(s) URL', 'a.csv', `${HEADER}1,A,,javascript:alert(1),h1,t\n2,B,,,h2,t\n`,
      ['line 2: "url" must be an http:// or https:// address of at most 2000 characters, got "javascript:alert(1)"'], 1],
    ['CSV, neither headline nor text', 'a.csv', `${HEADER}1,A,,,,\n2,B,,,h2,\n`, ['line 2: no "headline" or "text": both are missing or empty'], 1],
    ['CSV, a line over 1 MB', 'a.csv', `${HEADER}1,A,,,h1,${MB}\n2,B,,,h2,t\n`, ['line 2: line longer than 1 MB'], 1],
    ['CSV, unclosed quote at the end', 'a.csv', `${HEADER}1,A,,,h1,t\n2,B,,,"h2,t\n`, ['line 3: unclosed quote at end of input'], 1],
    ['JSONL, invalid JSON', 'a.jsonl', '{"outlet":"A","text":"t1"}\n{"outlet":"B",\n{"outlet":"C","text":"t3"}\n',
      [expect.stringMatching(/^line 2: invalid JSON \(.+\)$/)], 2],
    ['JSONL, not an object', 'a.jsonl', '[1,2]\n{"outlet":"B","text":"t"}\n', ['line 1: not a JSON object'], 1],
    ['JSONL, neither text nor headline', 'a.jsonl', '{"outlet":"A","summary":"h"}\n{"outlet":"B","headline":"h2"}\n', ['line 1: missing "text" (or "headline")'], 1],
    ['JSONL, outlet missing', 'a.jsonl', '{"text":"t"}\n', ['line 1: "outlet" must be a string (missing)'], 0],
    ['JSONL, outlet not a string', 'a.jsonl', '{"outlet":7,"text":"t"}\n', ['line 1: "outlet" must be a string (got number)'], 0],
    ['JSONL, bad flag', 'a.jsonl', '{"outlet":"A","text":"t","illustrative":"maybe"}\n', ['line 1: "illustrative" must be true or false, got "maybe"'], 0],
  ])('%s', async (_name, fileName, content, expected, kept) => {
    const { db, file } = setup(fileName, content);
    const run = await runCli(['import', file, '--db', db]);
    expect(problems(run.stderr).map((p) => p.replace(`${file} `, ''))).toEqual(expected);
    expect(run.code).toBe(1);
    expect(stored(db)).toHaveLength(kept);
  });

  test('invalid UTF-8 on one line', async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}1,A,,,caf`), Buffer.from([0xe9]), Buffer.from(',t\n2,B,,,h2,t\n')]);
    const { db, file } = setup('latin1.csv', bytes);
    const run = await runCli(['import', file, '--db', db]);
    expect(problems(run.stderr)).toEqual([`${file} line 2: invalid UTF-8 (a Latin-1 file? read it with --encoding latin1)`]);
    expect(stored(db).map((i) => i.outlet)).toEqual(['B']);
  });

  test('--encoding latin1 reads every byte as a character; an unknown encoding is a usage error', async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}1,A,,,caf`), Buffer.from([0xe9]), Buffer.from(' bombard'), Buffer.from([0xe9]), Buffer.from(',t\n')]);
    const { db, file } = setup('latin1-ok.csv', bytes);
    const run = await runCli(['import', file, '--db', db, '--encoding', 'latin1']);
    expect(run.code).toBe(0);
    expect(stored(db).map((i) => i.headline)).toEqual(['café bombardé']);
    const bad = await runCli(['import', file, '--db', db, '--encoding', 'ebcdic']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--encoding must be utf8 or latin1, got "ebcdic"')]);
  });

  test.each([
    ['an empty file', 'empty.csv', ''],
    ['a CSV with only a header', 'header.csv', HEADER],
    ['blank lines only', 'blank.jsonl', '\n\n  \n'],
  ])('%s: a message, nothing imported', async (_name, fileName, content) => {
    const { db, file } = setup(fileName, content);
    const run = await runCli(['import', file, '--db', db]);
    expect(run.code).toBe(1);
    expect(problems(run.stderr)).toEqual([`${file}: the file is empty or has only a header: nothing to import`]);
  });

  test('a CSV header without "text" or "headline" stops the import with one message', async () => {
    const { db, file } = setup('cols.csv', 'outlet,summary\nA,h\n');
    const run = await runCli(['import', file, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('framing: CSV input needs a "text" or "headline" column; the header has ["outlet","summary"]\n');
  });

  test.each([
    ['CSV', 'h.csv', 'outlet,headline\nA,Soldiers kill three protesters in the capital\nB,Three protesters killed in the capital\n'],
    ['JSONL', 'h.jsonl', '{"outlet":"A","headline":"Soldiers kill three protesters in the capital"}\n{"outlet":"B","headline":"Three protesters killed in the capital"}\n'],
  ])('headline-only %s: imported, headline kept, no text made up', async (_name, fileName, content) => {
    const { db, file } = setup(fileName, content);
    const run = await runCli(['import', file, '--db', db]);
    expect(run.code).toBe(0);
    expect(stored(db).map((i) => [i.outlet, i.headline, i.text])).toEqual([
      ['A', 'Soldiers kill three protesters in the capital', ''],
      ['B', 'Three protesters killed in the capital', ''],
    ]);
  });

  test('a few thousand rows with malformed lines: exactly the bad lines reported, every good row kept', async () => {
    const lines: string[] = [];
    const bad = new Map<number, string>();
    for (let i = 1; i <= 3000; i++) {
      if (i % 500 === 0) {
        lines.push(`r${i},Outlet,2024-05-01\n`);
        bad.set(i + 1, 'expected 6 columns, got 3');
      } else if (i % 777 === 0) {
        lines.push(`r${i},Outlet,yesterday,,Headline ${i},Body\n`);
        bad.set(i + 1, '"date" must be a date like 2025-03-08 (or "8 March 2025", "March 8, 2025", "2025/03/08"), got "yesterday"');
      } else if (i === 1234) {
        lines.push(`r${i},,2024-05-01,,Headline ${i},Body\n`);
        bad.set(i + 1, '"outlet" is empty');
      } else lines.push(row(i));
    }
    const { db, file } = setup('big.csv', HEADER + lines.join(''));
    const run = await runCli(['import', file, '--db', db]);
    const expected = [...bad].sort(([a], [b]) => a - b).map(([line, reason]) => `${file} line ${line}: ${reason}`);
    expect(problems(run.stderr)).toEqual(expected);
    expect(run.stderr).toContain(`framing: ${file}: ${3000 - bad.size} added, 0 duplicates, ${bad.size} bad\n`);
    expect(run.code).toBe(1);
    const items = stored(db);
    expect(items).toHaveLength(3000 - bad.size);
    expect(items[0]).toMatchObject({ id: 'r1', outlet: 'Outlet 1', date: '2024-05-02', url: 'https://example.org/a/1',
      headline: 'Headline number 1', text: 'Body 1.' });
  });
});

describe('duplicates: reported, not doubled', () => {
  test.each([
    ['same URL, written differently', { url: 'https://www.Example.org/news/1/' }, { url: 'http://example.org/news/1?utm_source=x#top' }, 'same URL'],
    ['same outlet and headline, spaced and cased differently', { headline: 'Twelve  killed in “clashes”' }, { headline: 'twelve killed in "clashes"' }, 'same outlet and headline'],
  ])('%s', async (_name, first, second, reason) => {
    const base = { outlet: 'Sample Daily', text: 'Body.' };
    const content = [{ ...base, id: 'one', headline: 'A', ...first }, { ...base, id: 'two', headline: 'B', ...second }]
      .map((r) => JSON.stringify(r)).join('\n');
    const { db, file } = setup('dupes.jsonl', content);
    const run = await runCli(['import', file, '--db', db]);
    expect(problems(run.stderr)).toEqual([`${file} line 2: duplicate of "one" (${file} line 1): ${reason}`]);
    expect(run.code).toBe(0);
    expect(stored(db).map((i) => i.id)).toEqual(['one']);
  });

  test('the same headline from another outlet is not a duplicate', async () => {
    const { db, file } = setup('two.csv', `${HEADER}1,A,,,Same headline,\n2,B,,,Same headline,\n`);
    expect((await runCli(['import', file, '--db', db])).code).toBe(0);
    expect(stored(db)).toHaveLength(2);
  });

  test('importing a file twice adds nothing the second time', async () => {
    const { db, file } = setup('again.csv', HEADER + [1, 2, 3].map(row).join(''));
    await runCli(['import', file, '--db', db]);
    const second = await runCli(['import', file, '--db', db]);
    expect(second.code).toBe(0);
    expect(problems(second.stderr)).toEqual([1, 2, 3].map((i) => `${file} line ${i + 1}: duplicate of "r${i}" (${file} line ${i + 1}): same URL`));
    expect(second.stderr).toContain('0 added, 3 duplicates, 0 bad');
    expect(stored(db)).toHaveLength(3);
  });

  test('an id already used by a different item is a bad row', async () => {
    const { db, file } = setup('ids.csv', `${HEADER}x,A,,,First,\nx,B,,,Second,\n`);
    const run = await runCli(['import', file, '--db', db]);
    expect(problems(run.stderr)).toEqual([`${file} line 3: id "x" is already used by another item (${file} line 2)`]);
    expect(run.code).toBe(1);
  });

  test('rows without an id get a stable one, so re-imports are recognised', async () => {
    const { db, file } = setup('noid.jsonl', '{"outlet":"A","headline":"h","text":""}\n');
    await runCli(['import', file, '--db', db]);
    expect(stored(db)[0]?.id).toMatch(/^item-[0-9a-f]{16}$/);
  });
});

describe('fields and folders', () => {
  test('known fields are read, the rest kept as metadata', async () => {
    const record = { id: 7, outlet: ' Al Jazeera ', date: '2025-03-08T10:00:00Z', url: 'https://www.aljazeera.com/x',
      headline: 'Hundreds killed as Syria security forces battle al-Assad loyalists', text: '', event: 'syria',
      event_title: 'Syria', language: 'en', victim_group: 'civilians', illustrative: false, url_unverified: true,
      section: 'news', tags: ['a'] };
    const { db, file } = setup('fields.jsonl', JSON.stringify(record));
    await runCli(['import', file, '--db', db]);
    expect(stored(db)).toEqual([{ id: '7', outlet: 'Al Jazeera', date: '2025-03-08', url: 'https://www.aljazeera.com/x',
      headline: record.headline, text: '', event: 'syria', event_title: 'Syria', language: 'en', victim_group: 'civilians',
      illustrative: false, url_unverified: true, metadata: { section: 'news', tags: ['a'] } }]);
  });

  test('a folder of .txt/.md files with front matter: good files kept, each bad file reported', async () => {
    const db = join(dir, 'notes.sqlite');
    const run = await runCli(['import', NOTES, '--db', db]);
    expect(problems(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^${join(NOTES, '03-broken.md')}: invalid front matter \\(.+\\)$`)),
      `${join(NOTES, '04-unclosed.md')}: front matter has no closing "---" line`,
      `${join(NOTES, '05-no-outlet.md')}: "outlet" must be a string (missing)`,
      `${join(NOTES, '06-empty.txt')}: empty file`,
    ]);
    expect(run.stderr).toContain('3 added, 0 duplicates, 4 bad; 1 files skipped, not .txt or .md: picture.png');
    const items = stored(db);
    expect(items.map((i) => [i.outlet, i.date, i.headline, i.illustrative])).toEqual([
      ['The Example Herald', '2024-05-14', "Police shoot dead 12 protesters in Port Averna's Harbour Square", true],
      ['Sample Daily', '2024-05-14', '12 dead as Harbour Square protest turns violent', true],
      ['The Placeholder Post', '2024-05-15', 'Protesters killed in Harbour Square unrest', true],
    ]);
    expect(items[0]).toMatchObject({ event: 'fictional-harbour-square', metadata: { desk: 'world' },
      text: 'Riot police opened fire on a crowd of demonstrators in Harbour Square on Tuesday, killing 12 people.' });
  });

  test('one .md file, and files with invalid UTF-8 or over 1 MB in a folder', async () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(join(folder, 'bad.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
    writeFileSync(join(folder, 'big.txt'), `---\noutlet: A\n---\n${'x'.repeat(1024 * 1024)}`);
    writeFileSync(join(folder, 'ok.md'), '---\noutlet: A\nheadline: Fine\n---\n');
    const db = join(dir, 'folder.sqlite');
    const run = await runCli(['import', folder, join(folder, 'ok.md'), '--db', db]);
    expect(problems(run.stderr)).toEqual([
      `${join(folder, 'bad.md')}: invalid UTF-8 (save the file as UTF-8)`,
      `${join(folder, 'big.txt')}: file larger than 1 MB`,
      `${join(folder, 'ok.md')}: duplicate of "${stored(db)[0]?.id}" (${join(folder, 'ok.md')}): same outlet and headline`,
    ]);
  });

  test('usage errors', async () => {
    expect((await runCli(['import'])).stderr).toMatch(/import: missing FILE or FOLDER/);
    const missing = await runCli(['import', join(dir, 'nope.csv'), '--db', join(dir, 'x.sqlite')]);
    expect([missing.code, missing.stderr]).toEqual([2, `framing: cannot read ${join(dir, 'nope.csv')}: no such file or folder (see framing --help)\n`]);
    expect(existsSync(join(dir, 'x.sqlite'))).toBe(false);
    const notStore = setup('not-a-store.sqlite', 'hello');
    const refused = await runCli(['import', NOTES, '--db', notStore.file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/cannot open the store .*: file is not a database/);
  });
});

test('the sample corpus imports cleanly', async () => {
  const db = join(dir, 'sample.sqlite');
  const run = await runCli(['import', join(__dirname, '..', 'corpus', 'sample.jsonl'), '--db', db]);
  expect(problems(run.stderr)).toEqual([]);
  expect(run.code).toBe(0);
  const store = CorpusStore.open(db);
  expect(itemCount(store)).toBeGreaterThanOrEqual(15);
  store.close();
});

describe('the delimiter chosen is reported (issue 17)', () => {
  test.each([
    ['semi.csv', 'outlet;headline\nA;Troops fire on march\n', 'semi.csv: 1 added, 0 duplicates, 0 bad; read as semicolon-separated (the header line decided)'],
    ['tabs.csv', 'outlet\theadline\nA;B\tTroops fire on march\n', 'tabs.csv: 1 added, 0 duplicates, 0 bad; read as tab-separated (the header line decided)'],
  ])('%s', async (name, content, line) => {
    const { db, file } = setup(name, content);
    const run = await runCli(['import', file, '--db', db]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(line.replace(name, `${n}-${name}`));
  });

  test('a comma file says nothing of it', async () => {
    const { db, file } = setup('comma.csv', 'outlet,headline\nA,Troops fire on march\n');
    expect((await runCli(['import', file, '--db', db])).stderr).not.toContain('read as');
  });
});
