// `framing events`: listing the suggested events of a store, accepting them by number
// (the store afterwards), --title, --json, usage errors; and the accepting function it
// shares with POST /corpus/events.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suggestEvents } from '../src/corpus/stats/suggest';
import { acceptEvent } from '../src/corpus/store/accept-event';
import { rejectSuggestion } from '../src/corpus/store/reject-event';
import { itemsById } from '../src/corpus/store/items';
import { CorpusStore } from '../src/corpus/store/store';
import { runCli } from './fixtures/cli/run';
import { type TestDoc, storeWith, writeStore } from './fixtures/corpus/store';

const LONG = 'Witnesses said the strike hit the market at midday, when the stalls were at their busiest and full.';

/** The suggestions: 1, u2 and u3 as a new event (Kessel Valley); 2, u1 joining "harbour". */
const DOCS: TestDoc[] = [
  { record: { id: 'e1', outlet: 'A', date: '2024-05-14', event: 'harbour', event_title: 'Harbour Square',
    headline: 'Police shoot dead protesters in Harbour Square' } },
  { record: { id: 'u1', outlet: 'B', date: '2024-05-15', headline: 'Protesters shot dead in Harbour Square' } },
  { record: { id: 'u2', outlet: 'C', date: '2024-09-06', headline: 'Market strike in Kessel Valley kills civilians', text: LONG } },
  { record: { id: 'u3', outlet: 'D', date: '2024-09-07', headline: 'Kessel Valley market strike: civilians killed' } },
  { record: { id: 'u4', outlet: 'E', date: '2025-01-20', headline: 'Kessel Valley market strike anniversary' } },
  { record: { id: 'u5', outlet: 'F', date: '2024-09-07', headline: 'Football final ends in a draw' } },
];
const IDS = ['u1', 'u2', 'u3', 'u4', 'u5'];

let dir: string;
let count = 0;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'framing-events-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store file of `docs` (the fixture's store in memory, written out). */
function storeFile(docs: readonly TestDoc[] = DOCS): string {
  const path = join(dir, `store-${++count}.sqlite`);
  const store = storeWith(docs);
  writeStore(store, path);
  return path;
}

/** The store at `path` as `fn` sees it, closed afterwards. */
function inStore<T>(path: string, fn: (store: CorpusStore) => T): T {
  const store = CorpusStore.open(path);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

const eventsOf = (path: string, ids = IDS): Record<string, [string | null, string | null]> =>
  inStore(path, (store) => Object.fromEntries(itemsById(store, ids).map((i) => [i.id, [i.event, i.event_title ?? null]])));
const suggestedOf = (path: string): string[] => inStore(path, (store) => suggestEvents(store).map((s) => s.event));

/** The id the new Kessel Valley event is suggested under, and its title. */
let kessel: { event: string; title: string };
beforeAll(() => {
  const path = storeFile();
  kessel = inStore(path, (store) => suggestEvents(store)[0] as { event: string; title: string });
  expect(kessel.event).toMatch(/^suggested-2024-09-06-/);
});

const NONE: [null, null] = [null, null];
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('listing', () => {
  test('one numbered block per suggestion: key, title, new or existing, similarity, items with shortened text', async () => {
    const run = await runCli(['events', '--db', storeFile()]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(new RegExp([
      `^1\\. ${escape(kessel.event)}`,
      ` {3}title: ${escape(kessel.title)}`,
      ' {3}new event; similarity ≥ 0\\.\\d\\d; 2 items:',
      ' {5}u2 {2}C {2}2024-09-06 {2}Market strike in Kessel Valley kills civilians Witnesses said the strike hit th…',
      ' {5}u3 {2}D {2}2024-09-07 {2}Kessel Valley market strike: civilians killed',
      '',
      '2\\. harbour',
      ' {3}title: Harbour Square',
      ' {3}joins an existing event; similarity ≥ 0\\.\\d\\d; 1 item:',
      ' {5}u1 {2}B {2}2024-05-15 {2}Protesters shot dead in Harbour Square',
      '',
      'Accept with: framing events --accept N \\(or --accept all\\); reject with: framing events --reject N\\n$',
    ].join('\\n')));
    const shown = /u2 {2}C {2}2024-09-06 {2}(.*)/.exec(run.stdout)?.[1] as string;
    expect(shown).toHaveLength(80);
  });

  test('--json: the suggestions with their numbers', async () => {
    const run = await runCli(['events', '--db', storeFile(), '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { number: number; event: string; title: string; existing: boolean; similarity: number;
      items: { id: string; outlet: string; date: string | null; headline: string }[] }[];
    expect(json.map((s) => [s.number, s.event, s.existing, s.items.map((i) => i.id)])).toEqual([
      [1, kessel.event, false, ['u2', 'u3']],
      [2, 'harbour', true, ['u1']],
    ]);
    expect(json[1]).toMatchObject({ title: 'Harbour Square', items: [{ outlet: 'B', date: '2024-05-15', headline: 'Protesters shot dead in Harbour Square' }] });
    expect(json.every((s) => s.similarity >= 0.3 && s.similarity <= 1)).toBe(true);
  });

  test('the same listing every time', async () => {
    const path = storeFile();
    const first = await runCli(['events', '--db', path]);
    expect((await runCli(['events', '--db', path])).stdout).toBe(first.stdout);
  });

  test('without --db: the store at $FRAMING_DB', async () => {
    const before = process.env.FRAMING_DB;
    process.env.FRAMING_DB = storeFile();
    try {
      const run = await runCli(['events']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^1\. suggested-2024-09-06-/);
    } finally {
      if (before === undefined) delete process.env.FRAMING_DB;
      else process.env.FRAMING_DB = before;
    }
  });

  test.each([
    [[], 'No suggested events: every item has an event, or none are alike.\n'],
    [['--json'], '[]\n'],
    [['--accept', 'all'], 'No suggested events: nothing accepted.\n'],
  ])('no suggestions: %j', async (argv, expected) => {
    const run = await runCli(['events', '--db', storeFile(DOCS.slice(0, 1)), ...argv]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  test('framing help events', async () => {
    expect((await runCli(['help', 'events'])).stdout).toMatch(/^Usage: framing events \[--db PATH\] \[--json\]\n {7}framing events --accept N\|all/);
  });
});

describe('accepting', () => {
  test.each([
    ['one new event', ['--accept', '1'], [/^1\. 2 items assigned to the new event suggested-2024-09-06-\S+ \(".+"\)\n$/],
      { u1: NONE, u2: 'kessel', u3: 'kessel' }, ['harbour']],
    ['joining an existing event', ['--accept', '2'], [/^2\. 1 item assigned to the existing event harbour \("Harbour Square"\)\n$/],
      { u1: ['harbour', 'Harbour Square'], u2: NONE, u3: NONE }, ['kessel']],
    ['two, in listing order', ['--accept', '2', '--accept', '1'], [/^1\. 2 items .*\n2\. 1 item .*harbour.*\n$/],
      { u1: ['harbour', 'Harbour Square'], u2: 'kessel', u3: 'kessel' }, []],
    ['the same number twice, once', ['--accept', '1', '--accept', '1'], [/^1\. 2 items [^\n]*\n$/],
      { u1: NONE, u2: 'kessel', u3: 'kessel' }, ['harbour']],
    ['all', ['--accept', 'all'], [/^1\. 2 items assigned to the new event/, /\n2\. 1 item assigned to the existing event harbour/],
      { u1: ['harbour', 'Harbour Square'], u2: 'kessel', u3: 'kessel' }, []],
  ] as [string, string[], RegExp[], Record<string, [string, string] | [null, null] | 'kessel'>, string[]][])(
    '%s: prints what was assigned; items have the event; suggestions no longer include them',
    async (_name, argv, printed, expected, remaining) => {
      const path = storeFile();
      const run = await runCli(['events', '--db', path, ...argv]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      for (const pattern of printed) expect(run.stdout).toMatch(pattern);
      const want = Object.fromEntries(Object.entries(expected).map(([id, e]) => [id, e === 'kessel' ? [kessel.event, kessel.title] : e]));
      expect(eventsOf(path, Object.keys(want))).toEqual(want);
      expect(eventsOf(path, ['u4', 'u5'])).toEqual({ u4: NONE, u5: NONE });
      expect(suggestedOf(path).map((e) => (e === kessel.event ? 'kessel' : e))).toEqual(remaining);
    },
  );

  test('the listing afterwards renumbers what is left', async () => {
    const path = storeFile();
    await runCli(['events', '--db', path, '--accept', '1']);
    const run = await runCli(['events', '--db', path]);
    expect(run.stdout).toMatch(/^1\. harbour\n/);
    expect(run.stdout).not.toContain('2. ');
  });

  test('--title names the new event', async () => {
    const path = storeFile();
    const run = await runCli(['events', '--db', path, '--accept', '1', '--title', '  Kessel Valley market strike ']);
    expect(run.stdout).toBe(`1. 2 items assigned to the new event ${kessel.event} ("Kessel Valley market strike")\n`);
    expect(eventsOf(path, ['u2', 'u3'])).toEqual({
      u2: [kessel.event, 'Kessel Valley market strike'], u3: [kessel.event, 'Kessel Valley market strike'] });
  });

  test('--title with --accept all when only one suggestion is left', async () => {
    const path = storeFile();
    await runCli(['events', '--db', path, '--accept', '2']);
    const run = await runCli(['events', '--db', path, '--accept', 'all', '--title', 'Strike']);
    expect(run.code).toBe(0);
    expect(eventsOf(path, ['u2'])).toEqual({ u2: [kessel.event, 'Strike'] });
  });

  test('--json: what was accepted', async () => {
    const run = await runCli(['events', '--db', storeFile(), '--accept', 'all', '--json']);
    expect(JSON.parse(run.stdout)).toEqual([
      { number: 1, existing: false, event: kessel.event, title: kessel.title, assigned: 2 },
      { number: 2, existing: true, event: 'harbour', title: 'Harbour Square', assigned: 1 },
    ]);
  });
});

describe('usage errors: exit 2, one line, no stack trace, nothing assigned', () => {
  const missing = (): string => join(dir, 'missing.sqlite');
  test.each([
    ['no store', () => ['--db', missing()], /^framing: no store at .*missing\.sqlite: import a corpus first/],
    ['unknown number', (db: string) => ['--db', db, '--accept', '3'], /^framing: events: no suggestion 3: there are 2 \(framing events lists them\) \(see framing --help\)\n$/],
    ['zero', (db: string) => ['--db', db, '--accept', '0'], /^framing: events: --accept must be a suggestion number \(1 to 2\) or all, got "0"/],
    ['not a number', (db: string) => ['--db', db, '--accept', 'first'], /^framing: events: --accept must be a suggestion number \(1 to 2\) or all, got "first"/],
    ['one good, one bad', (db: string) => ['--db', db, '--accept', '1', '--accept', '9'], /^framing: events: no suggestion 9/],
    ['--accept without a value', (db: string) => ['--db', db, '--accept'], /^framing: events: option --accept needs a value/],
    ['a number, no suggestions', () => ['--db', storeFile(DOCS.slice(0, 1)), '--accept', '1'], /^framing: events: there are no suggested events to accept \(asked for 1\)/],
    ['--title for two', (db: string) => ['--db', db, '--accept', '1', '--accept', '2', '--title', 'T'], /^framing: events: --title names one event, but 2 suggestions are accepted/],
    ['--title for all', (db: string) => ['--db', db, '--accept', 'all', '--title', 'T'], /^framing: events: --title names one event, but 2/],
    ['--title for an existing event', (db: string) => ['--db', db, '--accept', '2', '--title', 'T'], /^framing: events: --title: suggestion 2 joins the existing event harbour, which keeps its title/],
    ['--title without --accept', (db: string) => ['--db', db, '--title', 'T'], /^framing: events: --title needs --accept N/],
    ['an empty --title', (db: string) => ['--db', db, '--accept', '1', '--title', ' '], /^framing: events: --title must not be empty/],
    ['an argument', (db: string) => ['--db', db, '1'], /^framing: events: unexpected argument "1"/],
    ['an unknown option', (db: string) => ['--db', db, '--yes'], /^framing: events: unknown option --yes/],
  ] as [string, (db: string) => string[], RegExp][])('%s', async (_name, argv, expected) => {
    const path = storeFile();
    const run = await runCli(['events', ...argv(path)]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(expected);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(eventsOf(path, ['u1', 'u2', 'u3'])).toEqual({ u1: NONE, u2: NONE, u3: NONE });
  });
});

describe('acceptEvent, shared with POST /corpus/events', () => {
  test.each([
    ['no items', [], 'x', '', 'no items chosen'],
    ['an empty event id', ['u1'], '  ', '', 'the event id must be 1 to 200 characters'],
    ['a long event id', ['u1'], 'e'.repeat(201), '', 'the event id must be 1 to 200 characters'],
  ] as [string, string[], string, string, string][])('%s: a message, nothing assigned', (_name, ids, event, title, message) => {
    const store = storeWith(DOCS);
    expect(acceptEvent(store, ids, event, title)).toBe(message);
    expect(suggestEvents(store)).toHaveLength(2);
  });

  test.each([
    ['a new event: the title given, trimmed', ['u2', 'u3'], ' kv ', ' Kessel ', { event: 'kv', title: 'Kessel', assigned: 2 }],
    ['a new event without a title: its id', ['u2'], 'kv', '', { event: 'kv', title: 'kv', assigned: 1 }],
    ['a new event: the title cut to 200', ['u2'], 'kv', 't'.repeat(300), { event: 'kv', title: 't'.repeat(200), assigned: 1 }],
    ['an existing event keeps its title; items with an event are left', ['u1', 'e1'], 'harbour', 'Other',
      { event: 'harbour', title: 'Harbour Square', assigned: 1 }],
  ] as [string, string[], string, string, object][])('%s', (_name, ids, event, title, expected) => {
    const store = storeWith(DOCS);
    expect(acceptEvent(store, ids, event, title)).toEqual(expected);
    const after = itemsById(store, ids).map((i) => [i.event, i.event_title]);
    const { event: id, title: name } = expected as { event: string; title: string };
    expect(after).toEqual(ids.map(() => [id, name]));
  });
});

describe('framing events --reject', () => {
  test('a new event rejected is not suggested again; the other suggestions stay; nothing is assigned', async () => {
    const path = storeFile();
    const before = suggestedOf(path);
    expect(before).toEqual([kessel.event, 'harbour']);
    const run = await runCli(['events', '--reject', '1', '--db', path]);
    expect([run.code, run.stdout]).toEqual([0, '1. rejected: these 2 items will not be suggested as one event again\n']);
    expect(suggestedOf(path)).toEqual(['harbour']);
    expect(eventsOf(path)).toEqual(Object.fromEntries(IDS.map((id) => [id, NONE])));
  });

  test('an item rejected for an existing event does not join it again', async () => {
    const path = storeFile();
    const run = await runCli(['events', '--reject', '2', '--json', '--db', path]);
    expect(JSON.parse(run.stdout)).toEqual([{ number: 2, event: 'harbour', existing: true, items: 1 }]);
    expect(suggestedOf(path)).toEqual([kessel.event]);
  });

  test.each([
    [['--reject', 'all'], '--reject must be a suggestion number (1 to 2), got "all"'],
    [['--reject', '3'], 'no suggestion 3'],
    [['--reject', '1', '--accept', '2'], 'give --accept or --reject, not both'],
  ])('usage: %j', async (flags, message) => {
    const run = await runCli(['events', ...flags, '--db', storeFile()]);
    expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(message)]);
  });
});

test('items rejected as one event are never grouped together, not even through a third', () => {
  const docs: TestDoc[] = ['x1', 'x2', 'x3'].map((id, i) => ({ record: { id, outlet: `O${i}`, date: '2024-03-01',
    headline: 'Troops open fire on marchers at the northern checkpoint' } }));
  const store = storeWith(docs);
  expect(suggestEvents(store).map((s) => s.items.map((i) => i.id).sort())).toEqual([['x1', 'x2', 'x3']]);
  expect(rejectSuggestion(store, ['x1', 'x2'], null)).toEqual({ items: 2 });
  const groups = suggestEvents(store).map((s) => s.items.map((i) => i.id).sort());
  expect(groups).toHaveLength(1);
  expect(groups[0]).toContain('x3');
  expect(groups[0]).not.toEqual(expect.arrayContaining(['x1', 'x2']));
  expect(rejectSuggestion(store, ['x1'], null)).toBe('a suggested new event has two items or more');
  expect(rejectSuggestion(store, ['nope'], 'e')).toBe('none of the chosen items are in the corpus');
});
