// The harm rules (src/harm/rules.ts), each on the example it exists for, and the match
// language they are written in (src/harm/rule-pattern.ts).

import { parse } from '../src/analyze';
import { defaultHarmMatcher } from '../src/harm';
import { ruleChecker } from '../src/harm/rule-check';
import { RulePatternError, compilePattern, matchesAround } from '../src/harm/rule-pattern';
import { KILLING_RULES, NOT_EVENT_RULES } from '../src/harm/rules';
import type { Token } from '../src/types';

const matcher = defaultHarmMatcher();
const checker = ruleChecker(matcher.lexicon);

const ATTACK_NOUNS = new Set(['attack', 'offensive', 'assault', 'strike', 'strikes']);

function spanOfWord(tokens: readonly Token[], word: string): { start: number; end: number } | undefined {
  const i = tokens.findIndex((t) => t.lower === word);
  return i < 0 ? undefined : { start: i, end: i + 1 };
}

/** The tokens of a one-sentence text and the span of the harm word (or attack noun) `word` in it. */
function at(text: string, word: string): { tokens: Token[]; start: number; end: number } {
  const sentence = parse(text).sentences[0];
  if (!sentence) throw new Error('no sentence');
  const first = word.split(' ')[0]?.toLowerCase();
  // attack nouns are not harm words of the matcher; the rules see them when nothing else reports harm (implied.ts)
  const m = matcher.match(sentence.tokens).find((x) => sentence.tokens[x.start]?.lower === first) ??
    (ATTACK_NOUNS.has(first ?? '') ? spanOfWord(sentence.tokens, first ?? '') : undefined);
  if (!m) throw new Error(`no harm word "${word}" in "${text}"`);
  return { tokens: sentence.tokens, start: m.start, end: m.end };
}

/** [rule, example, harm word]: every rule of NOT_EVENT_RULES, on its own example. */
const NOT_EVENT: Array<[string, string, string]> = [
  [NOT_EVENT_RULES[0]!.match, 'Hundreds may be killed.', 'killed'],
  [NOT_EVENT_RULES[1]!.match, 'Will the army shoot protesters?', 'shoot'],
  [NOT_EVENT_RULES[2]!.match, 'If police shoot, the city will burn.', 'shoot'],
  [NOT_EVENT_RULES[3]!.match, 'The militia vowed to kill any collaborators.', 'kill'],
  [NOT_EVENT_RULES[4]!.match, 'Demonstrators want officers arrested.', 'arrested'],
  [NOT_EVENT_RULES[5]!.match, 'She was sentenced to death in absentia.', 'death'],
  [NOT_EVENT_RULES[6]!.match, 'Palestinians fear mass expulsion from Gaza.', 'expulsion'],
  [NOT_EVENT_RULES[7]!.match, 'Police did not shoot at the crowd.', 'shoot'],
  [NOT_EVENT_RULES[8]!.match, 'Nobody has been arrested.', 'arrested'],
  [NOT_EVENT_RULES[9]!.match, 'No one was killed in the blast.', 'killed'],
  [NOT_EVENT_RULES[10]!.match, 'A woman was stabbed to death.', 'death'],
  [NOT_EVENT_RULES[11]!.match, 'He made a killing on the stock market.', 'killing'],
  [NOT_EVENT_RULES[12]!.match, 'The minister was killed off in the final episode.', 'killed'],
  [NOT_EVENT_RULES[13]!.match, 'Protesters were beaten back by police lines.', 'beaten'],
  [NOT_EVENT_RULES[14]!.match, 'Critics shot down the idea.', 'shot'],
  [NOT_EVENT_RULES[15]!.match, 'Exam season is killing me.', 'killing'],
  [NOT_EVENT_RULES[16]!.match, 'He suffered a cardiac arrest.', 'arrest'],
  [NOT_EVENT_RULES[17]!.match, 'The death penalty was abolished.', 'death'],
  [NOT_EVENT_RULES[18]!.match, 'His arrest record was long.', 'arrest'],
  [NOT_EVENT_RULES[19]!.match, 'The shooting star was visible.', 'shooting'],
  [NOT_EVENT_RULES[20]!.match, 'Police were called to a photo shoot.', 'shoot'],
  [NOT_EVENT_RULES[21]!.match, 'It was a dead heat.', 'dead'],
  [NOT_EVENT_RULES[22]!.match, 'The project is dead in the water.', 'dead'],
  [NOT_EVENT_RULES[23]!.match, 'The prosecutor will seek their arrest.', 'arrest'],
  [NOT_EVENT_RULES[24]!.match, 'The colonel was sentenced to death in absentia.', 'sentenced'],
  [NOT_EVENT_RULES[25]!.match, 'Three governments reject a ground attack on the city.', 'attack'],
  [NOT_EVENT_RULES[26]!.match, 'The family won its eviction appeal.', 'eviction'],
  [NOT_EVENT_RULES[27]!.match, 'The navy held shooting drills at sea.', 'shooting'],
  [NOT_EVENT_RULES[28]!.match, 'Government to deport hundreds of migrants', 'deport'],
];

describe('rules that make a harm word no event', () => {
  test('every rule has an example here', () => {
    expect(NOT_EVENT.map(([match]) => match)).toEqual(NOT_EVENT_RULES.map((r) => r.match));
  });

  test.each(NOT_EVENT)('%s: %s', (match, text, word) => {
    const { tokens, start, end } = at(text, word);
    expect(checker.notEvent(tokens, start, end)?.match).toBe(match);
  });

  test.each([
    ['Dozens feared dead after airstrike', 'dead'],
    ['Police killed two men off the coast.', 'killed'],
    ['Protesters who wanted reform were shot.', 'shot'],
    ['No charges after police killed a man.', 'killed'],
    ['A man was killed in Gaza.', 'killed'],
  ])('no rule for: %s', (text, word) => {
    const { tokens, start, end } = at(text, word);
    expect(checker.notEvent(tokens, start, end)).toBeNull();
  });
});

describe('rules that make a harm a killing', () => {
  test.each([
    [KILLING_RULES[0]!.match, 'Two men shot dead in Belfast', 'shot'],
    [KILLING_RULES[1]!.match, 'Assailants stab teenager to death', 'stab'],
    [KILLING_RULES[2]!.match, 'A 19-year-old was fatally shot.', 'shot'],
  ])('%s: %s', (_match, text, word) => {
    const { tokens, start, end } = at(text, word);
    expect(checker.killed(tokens, start, end)).toBe(true);
  });

  test('not without them', () => {
    const { tokens, start, end } = at('Teenager shot in leg during protest', 'shot');
    expect(checker.killed(tokens, start, end)).toBe(false);
  });
});

describe('the match language', () => {
  const lists = new Map([['modal', new Set(['could', 'will'])]]);
  const tokens = (text: string): Token[] => parse(text).sentences[0]?.tokens ?? [];
  const matches = (pattern: string, text: string, word: string): boolean => {
    const t = tokens(text);
    const i = t.findIndex((x) => x.lower === word);
    return matchesAround(compilePattern(pattern, lists), t, i, i + 1);
  };

  test.each([
    ['%modal (not)? (be|have)* []', 'They could not be killed', 'killed', true],
    ['%modal (not)? (be|have|been)* []', 'They could have been killed', 'killed', true],
    ['%modal (not)? (be|have)* []', 'They were killed', 'killed', false],
    ['[] (dead|wounded)', 'Two shot dead', 'shot', true],
    ['#NN []', 'Police shot', 'shot', true],
    ['#VB []', 'Police shot', 'shot', false],
    ['!(no|not) []', 'Police shot', 'shot', true],
    ['!(no|not) []', 'not shot', 'shot', false],
    ['(if) !(,)* []', 'if the police shot', 'shot', true],
    ['(if) !(,)* []', 'if so, police shot', 'shot', false],
    ['.{1,1} []', 'Police shot', 'shot', true],
    ['[(shot|killed)] down', 'They shot down the idea', 'shot', true],
    ['[(killed)] down', 'They shot down the idea', 'shot', false],
  ])('%s on "%s"', (pattern, text, word, expected) => {
    expect(matches(pattern, text, word)).toBe(expected);
  });

  test.each([
    ['no anchor', 'police shot'],
    ['two anchors', '[] and []'],
    ['unknown list', '%nothing []'],
    ['bad element', '(a|b []'],
    ['a repeat with a space', '. {1,2} []'],
  ])('refuses a pattern with %s', (_what, pattern) => {
    expect(() => compilePattern(pattern, lists)).toThrow(RulePatternError);
  });
});
