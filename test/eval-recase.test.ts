// Title Case and ALL CAPS copies keep every character in place, so gold offsets still hold.

import { recase, type Recasing } from '../eval/recase';

describe('recase', () => {
  test.each<[string, Recasing, string]>([
    ['Protesters were shot by police outside the ministry.', 'Title Case', 'Protesters Were Shot by Police Outside the Ministry.'],
    ['the man was shot', 'Title Case', 'The Man Was Shot'],
    ["they don't know who fired", 'Title Case', "They Don't Know Who Fired"],
    ['Protesters were shot by police.', 'ALL CAPS', 'PROTESTERS WERE SHOT BY POLICE.'],
    ['Protesters were shot.', 'as written', 'Protesters were shot.'],
    ['مقتل المئات في الساحل', 'Title Case', 'مقتل المئات في الساحل'],
  ])('%s (%s)', (text, casing, expected) => {
    expect(recase(text, casing)).toBe(expected);
  });

  test.each<Recasing>(['Title Case', 'ALL CAPS'])('%s keeps the length when a letter would change it (ß → SS)', (casing) => {
    const text = 'die Straße wurde gesperrt';
    const out = recase(text, casing);
    expect(out).toHaveLength(text.length);
    expect(out.toLowerCase()).toBe(text.toLowerCase());
  });
});
