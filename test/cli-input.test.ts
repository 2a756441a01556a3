// The annotate input readers: physical lines, CSV records, format choice.

import { type CsvRow, CsvRecords, TOO_LONG } from '../src/io/csv-record';
import { sniffDelimiter } from '../src/io/csv-read';
import { jsonLines, runCli } from './fixtures/cli/run';
import { formatFromName, sniffFormat } from '../src/io/format';
import { type Line, readLines } from '../src/io/lines';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* chunks(...parts: (string | Buffer)[]): AsyncGenerator<Buffer | string> {
  yield* parts;
}

describe('readLines', () => {
  const lines = (...texts: string[]): Line[] => texts.map((text, i) => ({ number: i + 1, text }));
  test.each([
    ['one chunk', ['a\nb\n'], lines('a', 'b')],
    ['no final newline', ['a\nb'], lines('a', 'b')],
    ['empty input', [], []],
    ['a lone newline is one empty line', ['\n'], lines('')],
    ['lines split across chunks', ['ab', 'c\nd', 'e\n', 'f'], lines('abc', 'de', 'f')],
    ['CRLF', ['a\r\nb\r', '\n'], lines('a', 'b')],
    ['BOM on the first line only', ['\uFEFFa\n\uFEFFb\n'], lines('a', '\uFEFFb')],
  ])('%s', async (_name, parts, expected) => {
    expect(await collect(readLines(chunks(...parts)))).toEqual(expected);
  });

  test('a UTF-8 character split between chunks', async () => {
    const bytes = Buffer.from('é\n');
    expect(await collect(readLines(chunks(bytes.subarray(0, 1), bytes.subarray(1))))).toEqual(lines('é'));
  });

  test('a line over the limit is reported, not kept, and the next line is intact', async () => {
    const out = await collect(readLines(chunks('ok\n12345', '6789\nnext\n123456\n'), 5));
    expect(out).toEqual([
      { number: 1, text: 'ok' },
      { number: 2, tooLong: true },
      { number: 3, text: 'next' },
      { number: 4, tooLong: true },
    ]);
  });
});

describe('CsvRecords: csv-parse fed a line at a time', () => {
  function read(physical: readonly (string | null)[], maxBytes = 1024 * 1024): CsvRow[] {
    const records = new CsvRecords(',', maxBytes);
    const rows = physical.flatMap((text, i) => (text === null ? records.skip(i + 1, 'unreadable') : records.add(i + 1, text)));
    return [...rows, ...records.end()];
  }

  test.each([
    ['plain', ['a,b,c'], ['a', 'b', 'c']],
    ['empty fields', [',,'], ['', '', '']],
    ['quoted, with comma and doubled quote', ['"a,1","say ""hi""",x'], ['a,1', 'say "hi"', 'x']],
    ['empty quoted field', ['"",b'], ['', 'b']],
    ['line break inside quotes', ['1,"first', 'second",z'], ['1', 'first\nsecond', 'z']],
    ['blank line inside quotes', ['"a', '', 'b"'], ['a\n\nb']],
    ['quote inside an unquoted field is literal', ['5" pipe,x'], ['5" pipe', 'x']],
    ['text after a closing quote: the field is kept as it is', ['"a"b,c'], ['"a"b', 'c']],
    ['a carriage return inside a line is text', ['a\rb,c'], ['a\rb', 'c']],
  ])('%s', (_name, physical, fields) => {
    expect(read(physical)).toEqual([{ line: 1, fields }]);
  });

  test('each record numbered by the line it starts on; blank lines and lines of spaces between records skipped', () => {
    expect(read(['a,b', '', '1,"x', '', 'y"', '   ', '"q",2', ''])).toEqual([
      { line: 1, fields: ['a', 'b'] }, { line: 3, fields: ['1', 'x\n\ny'] }, { line: 7, fields: ['q', '2'] },
    ]);
  });

  test('a record over the limit is reported where it starts; reading starts again on the next line', () => {
    expect(read(['a,b', '1,"0123456789', '0123456789', 'x,y'], 20)).toEqual([
      { line: 1, fields: ['a', 'b'] }, { line: 2, error: TOO_LONG }, { line: 4, fields: ['x', 'y'] },
    ]);
  });

  test('a finished record that csv-parse still holds back does not count towards the next one\'s limit', () => {
    expect(read(['aaaaaaaaaaaaaa, ', '"', 'b"', 'c,d'], 20)).toEqual([
      { line: 1, fields: ['aaaaaaaaaaaaaa', ' '] }, { line: 2, fields: ['\nb'] }, { line: 4, fields: ['c', 'd'] },
    ]);
  });

  test('a closed record over the limit is reported too', () => {
    expect(read(['1,"0123456789', '0123456789"', 'x,y'], 20)).toEqual([{ line: 1, error: TOO_LONG }, { line: 3, fields: ['x', 'y'] }]);
  });

  test('a line that cannot be read drops the record it falls in, reported where the record starts', () => {
    expect(read(['a,b', null, 'c,"d', null, 'e,f'])).toEqual([
      { line: 1, fields: ['a', 'b'] }, { line: 2, error: 'unreadable' }, { line: 3, error: 'unreadable' }, { line: 5, fields: ['e', 'f'] },
    ]);
  });

  test('an unclosed quote at the end is reported where it opens', () => {
    expect(read(['a,b', '1,"open', 'more'])).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, error: 'unclosed quote at end of input' }]);
  });

  test('a semicolon or a tab as the delimiter', () => {
    for (const delimiter of [';', '\t']) {
      const records = new CsvRecords(delimiter, 100);
      expect([...records.add(1, `a${delimiter}"b${delimiter}c"`), ...records.end()]).toEqual([{ line: 1, fields: ['a', `b${delimiter}c`] }]);
    }
  });
});

describe('input format', () => {
  test.each([
    ['-', 'jsonl'],
    ['a.jsonl', 'jsonl'],
    ['a.NDJSON', 'jsonl'],
    ['a.json', 'jsonl'],
    ['a.csv', 'csv'],
    ['a.txt', undefined],
    ['data', undefined],
  ])('from the name %j', (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });

  test.each([
    ['{"id":1}', 'jsonl'],
    ['\uFEFF \n {"id":1}', 'jsonl'],
    ['id,text', 'csv'],
    ['"id","text"', 'csv'],
    ['  \n', 'unknown'],
    ['', 'unknown'],
  ])('sniffed from %j', (head, format) => {
    expect(sniffFormat(Buffer.from(head))).toBe(format);
  });
});

describe('CSV delimiters (issue 17)', () => {
  test.each([
    ['outlet,headline', ','],
    ['outlet;headline;date', ';'],
    ['outlet\theadline', '\t'],
    ['"outlet";"headline"', ';'],
    ['a;b,c', ','],
  ])('%j → %j', (header, expected) => {
    expect(sniffDelimiter(header)).toBe(expected);
  });

  test('a semicolon file is read, quoted fields and all', async () => {
    const run = await runCli(['annotate', '-', '--format', 'csv'], { stdin: 'outlet;headline\nA;"Police kill two; dozens hurt"\n' });
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)[0]).toMatchObject({ outlet: 'A', headline: 'Police kill two; dozens hurt', field: 'headline' });
  });
});
