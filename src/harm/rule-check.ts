// The rules of rules.ts, compiled once against the lexicon's word lists.

import { normalizeWord } from '../lexicon/words';
import type { Token } from '../types';
import { type CompiledPattern, type WordLists, compilePattern, matchesAround } from './rule-pattern';
import { RuleFilter } from './rule-filter';
import { type HarmRule, KILLING_RULES, NOT_EVENT_RULES, type NotEventTag } from './rules';
import type { HarmLexicon } from './types';
import { BE_FORMS, GET_FORMS, HAVE_FORMS, MODALS } from '../nlp/grammar/function-words';
import { firstNameSet } from '../nlp/grammar/people';

const BUILT_IN: WordLists = new Map([
  ['modal', MODALS],
  ['be', BE_FORMS],
  ['have', HAVE_FORMS],
  ['get', GET_FORMS],
]);

interface Compiled<Tag extends string> {
  rule: HarmRule<Tag>;
  pattern: CompiledPattern;
}

export class RuleChecker {
  private readonly notEventRules: Compiled<NotEventTag>[];
  private readonly killingRules: Compiled<'killing'>[];
  private readonly notEventFilter: RuleFilter;
  private readonly killingFilter: RuleFilter;

  /** `rules`: the tables of rules.ts, or others (a test switches one rule off to see it is needed). */
  constructor(lexicon: HarmLexicon, rules: { notEvent: ReadonlyArray<HarmRule<NotEventTag>>; killing: ReadonlyArray<HarmRule<'killing'>> } =
    { notEvent: NOT_EVENT_RULES, killing: KILLING_RULES }) {
    const lists: WordLists = new Map([...BUILT_IN, ['given-name', firstNameSet()], ...lexicon.lists]);
    const compile = <Tag extends string>(table: ReadonlyArray<HarmRule<Tag>>): Compiled<Tag>[] =>
      table.map((rule) => ({ rule, pattern: compilePattern(rule.match, lists) }));
    this.notEventRules = compile(rules.notEvent);
    this.killingRules = compile(rules.killing);
    this.notEventFilter = new RuleFilter(this.notEventRules.map((c) => c.pattern));
    this.killingFilter = new RuleFilter(this.killingRules.map((c) => c.pattern));
  }

  /** The first rule saying the harm word at [start, end) reports no event, if any. */
  notEvent(tokens: readonly Token[], start: number, end: number, words?: readonly string[]): HarmRule<NotEventTag> | null {
    return firstMatching(this.notEventRules, this.notEventFilter, tokens, start, end, words)?.rule ?? null;
  }

  /** Do the words around make it a killing ("shot dead", "beaten to death")? */
  killed(tokens: readonly Token[], start: number, end: number, words?: readonly string[]): boolean {
    return firstMatching(this.killingRules, this.killingFilter, tokens, start, end, words) !== undefined;
  }
}

/** The first of `rules` that matches around [start, end), trying only those `filter` allows in the sentence. */
function firstMatching<Tag extends string>(
  rules: readonly Compiled<Tag>[],
  filter: RuleFilter,
  tokens: readonly Token[],
  start: number,
  end: number,
  words: readonly string[] = wordsOf(tokens),
): Compiled<Tag> | undefined {
  const possible = filter.possibleIn(words);
  return rules.find((c, rule) => possible[rule] === 1 && (c.rule.oneWord !== true || end - start === 1) && matchesAround(c.pattern, tokens, start, end, words));
}

const wordsOf = (tokens: readonly Token[]): string[] => tokens.map((t) => normalizeWord(t.text));

const checkers = new WeakMap<HarmLexicon, RuleChecker>();

export function ruleChecker(lexicon: HarmLexicon): RuleChecker {
  let checker = checkers.get(lexicon);
  if (!checker) {
    checker = new RuleChecker(lexicon);
    checkers.set(lexicon, checker);
  }
  return checker;
}
