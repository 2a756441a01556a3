import { splitSentences } from '../src/nlp/sentences';
import { tokenize } from '../src/nlp/tokenize';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  test.each([
    ['Hundreds killed as Syria security forces battle al-Assad loyalists', ['Hundreds', 'killed', 'as', 'Syria', 'security', 'forces', 'battle', 'al', '-', 'Assad', 'loyalists']],
    ["Police don't say who fired.", ['Police', 'do', "n't", 'say', 'who', 'fired', '.']],
    ['The army’s statement', ['The', 'army', '’s', 'statement']],
    ["I'm told I'd be shot", ['I', "'m", 'told', 'I', "'d", 'be', 'shot']],
    ['“They were taken,” she said.', ['“', 'They', 'were', 'taken', ',', '”', 'she', 'said', '.']],
    ['Mr. Smith met U.S. officials on Sept. 3', ['Mr.', 'Smith', 'met', 'U.S.', 'officials', 'on', 'Sept.', '3']],
    ['1,500 people, 3.5 per cent', ['1,500', 'people', ',', '3.5', 'per', 'cent']],
    // a decade or a count in the plural is one word, as UD English EWT writes it ("the 1960s")
    ['In the 1980s 100s fled; 3sec', ['In', 'the', '1980s', '100s', 'fled', ';', '3', 'sec']],
    // a number opened by its decimal point (a calibre) is one token, no full stop; one after a word or number is a full stop
    ['a .40-caliber pistol and a .22 rifle', ['a', '.40', '-', 'caliber', 'pistol', 'and', 'a', '.22', 'rifle']],
    ['It ended.40 people came', ['It', 'ended', '.', '40', 'people', 'came']],
    // a middle initial keeps its period, as UD English writes it; a letter after a lower-case word does not
    ['Officers arrested Mara T. Quill at home', ['Officers', 'arrested', 'Mara', 'T.', 'Quill', 'at', 'home']],
    ['She takes vitamin D. Then she runs', ['She', 'takes', 'vitamin', 'D', '.', 'Then', 'she', 'runs']],
    // a wire headline's compass initial glued to the name it begins keeps its period, and stands for its word
    ['Quake jolts S.Korea coast', ['Quake', 'jolts', 'S.', 'Korea', 'coast']],
    // (of "Central" too, and in lower case)
    ['Villagers attack homes in C.Zenda', ['Villagers', 'attack', 'homes', 'in', 'C.', 'Zenda']],
    ['Jets hit rebels in n.Zenda', ['Jets', 'hit', 'rebels', 'in', 'n.', 'Zenda']],
    ['مقتل المئات في الساحل', ['مقتل', 'المئات', 'في', 'الساحل']],
    ['Grief 😢🙏 in Baniyas', ['Grief', '😢', '🙏', 'in', 'Baniyas']],
    ['See https://example.org/a?b=1.', ['See', 'https://example.org/a?b=1', '.']],
    ['', []],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test.each([
    ['Storm hits N.Vietnam', 'North'],
    ['Flood in S.Lanka', 'Sri'],
    ['Riot in N.Ireland jail', 'Northern'],
    ['Riot in C.Zenda jail', 'Central'],
    ['Jets hit rebels in n.Zenda', 'North'],
  ])('%s: the initial stands for %s', (text, word) => {
    expect(tokenize(text).find((t) => t.expanded !== undefined)?.expanded).toBe(word);
  });

  test('every token slices back to its text', () => {
    const text = '“Hundreds killed” — as al-Assad loyalists fight 😢 in Jableh; U.S. can’t say.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  // invisible marks inside a word (a direction mark, a soft hyphen, a zero-width space) hide
  // it from filters: the token spans them, its text is the word without them
  test('a word with invisible marks inside is one token, read without them', () => {
    const text = 'Teen\u200eager as\u00adsaulted in Tu\u200bkey';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Teenager', 'assaulted', 'in', 'Tukey']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Teen\u200eager', 'as\u00adsaulted', 'in', 'Tu\u200bkey']);
  });
});

describe('splitSentences', () => {
  const sentences = (text: string): string[] =>
    splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));

  test.each([
    ['Two were shot. Police said nothing.', ['Two were shot.', 'Police said nothing.']],
    ['Mr. Smith was arrested. He was released.', ['Mr. Smith was arrested.', 'He was released.']],
    ['He had a .38 revolver when he was stopped.', ['He had a .38 revolver when he was stopped.']],
    // an abbreviation's full stop ends the sentence when a word that only opens one follows; not before a day or a name
    ['He died at 4:50 a.m. The coroner will rule on the cause.', ['He died at 4:50 a.m.', 'The coroner will rule on the cause.']],
    ['He was arrested at 9 p.m. Friday in Newark.', ['He was arrested at 9 p.m. Friday in Newark.']],
    ['The U.S. Army said it.', ['The U.S. Army said it.']],
    ['Jets strike N.Iraq border villages', ['Jets strike N.Iraq border villages']],
    ['Deputies detained Mara T. Quill on Friday.', ['Deputies detained Mara T. Quill on Friday.']],
    ['“Stop,” he said. “Now!” She ran.', ['“Stop,” he said.', '“Now!”', 'She ran.']],
    ['Hundreds killed in Syria\nThe government blamed loyalists.', ['Hundreds killed in Syria', 'The government blamed loyalists.']],
    ['the price was 3.5 per cent. it rose', ['the price was 3.5 per cent. it rose']],
    // a comma never opens a sentence: the period before it is an abbreviation's
    ['A man from Dover, Del., was hurt. Police left.', ['A man from Dover, Del., was hurt.', 'Police left.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test.each([
    ['Protesters Were Shot by Police Outside the Ministry', 'title'],
    ['PROTESTERS WERE SHOT BY POLICE', 'upper'],
    ['Hundreds killed as Syria security forces battle al-Assad loyalists', 'sentence'],
    ['Al-Sharaa urges troops to avoid individual violations', 'sentence'],
  ])('casing of %s is %s', (text, casing) => {
    expect(splitSentences(text, tokenize(text))[0]?.casing).toBe(casing);
  });
});
