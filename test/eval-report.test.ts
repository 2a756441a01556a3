// Options, tables, targets and error examples of `npm run eval`.

import { parseOptions } from '../eval/args';
import { MissingDataError, sharedData } from '../eval/data';
import { errorList, mark, spread } from '../eval/errors';
import { fmt, fmtRatio, isMet, renderTable, renderTargets } from '../eval/report';

describe('parseOptions', () => {
  test.each<[string[], object]>([
    [[], { split: 'test', errors: 0, only: [], help: false }],
    [['--split', 'dev', '--errors', '5'], { split: 'dev', errors: 5, only: [], help: false }],
    [['--split=train', '--only', 'ewt, passivepy'], { split: 'train', errors: 0, only: ['ewt', 'passivepy'], help: false }],
  ])('%j', (argv, expected) => {
    expect(parseOptions(argv)).toEqual(expected);
  });

  test.each([[['--split', 'validation']], [['--errors', '-1']], [['--errors', 'x']], [['--bogus']], [['extra']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseOptions(argv)).toThrow();
    },
  );
});

describe('formatting', () => {
  test.each<[number | null, string]>([
    [null, '–'],
    [0, '0.000'],
    [0.8181818, '0.818'],
    [1, '1.000'],
  ])('fmt(%p)', (value, expected) => expect(fmt(value)).toBe(expected));

  test('fmtRatio', () => {
    expect(fmtRatio(34, 36)).toBe('0.944 (34/36)');
    expect(fmtRatio(0, 0)).toBe('– (0/0)');
  });

  test('renderTable: first column left, the others right-aligned', () => {
    const table = renderTable({ title: 'T', head: ['system', 'P'], rows: [['framing', '0.9'], ['wg', '0.82']] });
    expect(table.split('\n')).toEqual(['T', 'system      P', '-------  ----', 'framing   0.9', 'wg       0.82']);
  });
});

describe('targets', () => {
  test.each<[number | null, boolean]>([
    [0.95, true],
    [0.949, false],
    [null, false],
  ])('value %p against 0.95 → met %p', (value, met) => {
    const target = { label: 'agent P', value, min: 0.95 };
    expect(isMet(target)).toBe(met);
    expect(renderTargets([target]).includes(met ? 'met ' : 'NOT met')).toBe(true);
  });
});

describe('error examples', () => {
  test('mark brackets spans, in order, skipping overlaps', () => {
    const text = 'The man was shot by police.';
    expect(mark(text, [{ start: 20, end: 26 }, { start: 12, end: 16 }, { start: 13, end: 14 }])).toBe(
      'The man was [[shot]] by [[police]].',
    );
  });

  test.each<[number[], number, number[]]>([
    [[1, 2, 3], 5, [1, 2, 3]],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, [0, 3, 6]],
    [[0, 1, 2], 0, []],
  ])('spread(%j, %i)', (items, n, expected) => expect(spread(items, n)).toEqual(expected));

  test('errorList titles the examples with how many there are; nothing when none or not asked', () => {
    expect(errorList('FP', ['a', 'b', 'c'], 2)).toEqual(['FP (2 of 3):', '  a', '  b']);
    expect(errorList('FP', [], 2)).toEqual([]);
    expect(errorList('FP', ['a'], 0)).toEqual([]);
  });
});

describe('sharedData', () => {
  test('names the missing file and where the data is expected', () => {
    expect(() => sharedData('no-such-dir', 'x.csv')).toThrow(MissingDataError);
    expect(() => sharedData('no-such-dir', 'x.csv')).toThrow(/shared\/data\/no-such-dir\/x\.csv/);
  });
});
