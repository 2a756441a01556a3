// Reading real collections (issue 17, "input" and "output"): numeric dates in a stated
// day/month order, and outlet aliases applied on import and in statistics.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAliases } from '../src/corpus/aliases';
import { parseDate } from '../src/corpus/dates';
import { allItems } from '../src/corpus/store/items';
import { CorpusStore } from '../src/corpus/store/store';
import { runCli } from './fixtures/cli/run';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-aliases-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('--date-format: the order of numeric dates with the year last', () => {
  test.each([
    ['03/08/2024', 'dmy', '2024-08-03'],
    ['03/08/2024', 'mdy', '2024-03-08'],
    ['3.8.2024', 'dmy', '2024-08-03'],
    // the order given is the order used, even where the numbers could tell
    ['13/08/2024', 'dmy', '2024-08-13'],
    // ISO and month names do not depend on it
    ['2024-03-08', 'dmy', '2024-03-08'],
    ['8 March 2024', 'mdy', '2024-03-08'],
  ] as const)('%s as %s → %s', (input, order, expected) => {
    expect(parseDate(input, order)).toEqual({ ok: expected });
  });

  test('a day that the order makes impossible is refused, not swapped', () => {
    expect(parseDate('13/08/2024', 'mdy')).toEqual({ error: '"date" is not a real date: "13/08/2024"' });
  });

  test('framing import: refused without it, read with it, a bad value is a usage error', async () => {
    const csv = file('dates.csv', 'outlet,headline,date\nA,One,03/08/2024\nB,Two,2024-03-09\n');
    const without = await runCli(['import', csv, '--db', join(dir, 'd1.sqlite')]);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('line 2: "date" "03/08/2024" could be day/month or month/day: give --date-format dmy or mdy');
    const db = join(dir, 'd2.sqlite');
    expect((await runCli(['import', csv, '--db', db, '--date-format', 'dmy'])).code).toBe(0);
    const store = CorpusStore.open(db);
    try {
      expect(allItems(store).map((i) => [i.headline, i.date])).toEqual([['One', '2024-08-03'], ['Two', '2024-03-09']]);
    } finally {
      store.close();
    }
    const bad = await runCli(['import', csv, '--db', db, '--date-format', 'ymd']);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--date-format must be one of dmy, mdy, got "ymd"')]);
  });
});

describe('outlet aliases', () => {
  test('parsed without case or extra spaces; every bad line named', () => {
    const table = parseAliases('alias,outlet\nBBC.com,BBC\n" bbc  news ",BBC\nReuters UK,Reuters\n', 'a.csv');
    expect([...table]).toEqual([['bbc.com', 'BBC'], ['bbc news', 'BBC'], ['reuters uk', 'Reuters']]);
    expect(() => parseAliases('name,outlet\nx,y\n', 'a.csv')).toThrow('the header must name the columns alias and outlet');
    expect(() => parseAliases('alias,outlet\nx,\nBBC.com,BBC\nbbc.com,CNN\n', 'a.csv'))
      .toThrow('a.csv: line 2: needs both an alias and an outlet; line 4: "bbc.com" is already an alias of "BBC"');
    expect(() => parseAliases('alias,outlet\nBBC.com,BBC News\nBBC News,BBC\n', 'a.csv')).toThrow('which is itself an alias of "BBC"');
  });

  test('import --aliases stores the outlet under its name and keeps the name as given', async () => {
    const aliases = file('aliases.csv', 'alias,outlet\nBBC.com,BBC\nReuters UK,Reuters\n');
    const csv = file('feed.csv', 'outlet,headline\nBBC.com,Police shoot two men\nBBC,Flood kills 12\nReuters UK,Troops detain 30\nAl Jazeera,Strike hits camp\n');
    const db = join(dir, 'a1.sqlite');
    const run = await runCli(['import', csv, '--db', db, '--aliases', aliases]);
    expect(run.code).toBe(0);
    const store = CorpusStore.open(db);
    try {
      expect(allItems(store).map((i) => [i.outlet, i.metadata?.outlet_as_given ?? null])).toEqual([
        ['BBC', 'BBC.com'], ['BBC', null], ['Reuters', 'Reuters UK'], ['Al Jazeera', null],
      ]);
    } finally {
      store.close();
    }
    const missing = await runCli(['import', csv, '--db', db, '--aliases', join(dir, 'nope.csv')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('cannot read the alias file')]);
  });

  test('stats and export stats --aliases count a store imported without them under the outlets\' names', async () => {
    const csv = file('feed2.csv', 'outlet,headline\nBBC.com,One\nBBC,Two\nbbc news,Three\nCNN,Four\n');
    const db = join(dir, 'a2.sqlite');
    expect((await runCli(['import', csv, '--db', db])).code).toBe(0);
    const aliases = file('aliases2.csv', 'alias,outlet\nBBC.com,BBC\nBBC News,BBC\n');
    const items = async (...flags: string[]) => {
      const out = (await runCli(['export', 'stats', '--db', db, ...flags])).stdout.trim().split('\r\n').slice(1);
      return [...new Set(out.map((line) => line.split(',').slice(0, 2).join(',')))];
    };
    expect(await items()).toEqual(['BBC,1', 'bbc news,1', 'BBC.com,1', 'CNN,1']);
    expect(await items('--aliases', aliases)).toEqual(['BBC,3', 'CNN,1']);
    const json = JSON.parse((await runCli(['stats', '--db', db, '--format', 'json', '--aliases', aliases])).stdout) as { stats: { groups: { outlet: string; items: number }[] } };
    expect(json.stats.groups.map((g) => [g.outlet, g.items])).toEqual([['BBC', 3], ['CNN', 1]]);
    const wrong = await runCli(['export', 'annotations', '--db', db, '--aliases', aliases]);
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('--aliases is for stats')]);
  });
});
