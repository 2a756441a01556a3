// The rules of rules.ts, compiled once against the lexicon's word lists.

import { normalizeWord } from '../lexicon/words';
import type { Token } from '../types';
import { type CompiledPattern, type WordLists, compilePattern, matchesAround } from './rule-pattern';
import { type HarmRule, KILLING_RULES, NOT_EVENT_RULES, type NotEventTag } from './rules';
import type { HarmLexicon } from './types';
import { BE_FORMS, GET_FORMS, HAVE_FORMS, MODALS } from '../nlp/grammar/function-words';

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

  /** `rules`: the tables of rules.ts, or others (a test switches one rule off to see it is needed). */
  constructor(lexicon: HarmLexicon, rules: { notEvent: ReadonlyArray<HarmRule<NotEventTag>>; killing: ReadonlyArray<HarmRule<'killing'>> } =
    { notEvent: NOT_EVENT_RULES, killing: KILLING_RULES }) {
    const lists: WordLists = new Map([...BUILT_IN, ...lexicon.lists]);
    const compile = <Tag extends string>(table: ReadonlyArray<HarmRule<Tag>>): Compiled<Tag>[] =>
      table.map((rule) => ({ rule, pattern: compilePattern(rule.match, lists) }));
    this.notEventRules = compile(rules.notEvent);
    this.killingRules = compile(rules.killing);
  }

  /** The first rule saying the harm word at [start, end) reports no event, if any. */
  notEvent(tokens: readonly Token[], start: number, end: number, words?: readonly string[]): HarmRule<NotEventTag> | null {
    const w = words ?? wordsOf(tokens);
    return this.notEventRules.find((c) => matchesAround(c.pattern, tokens, start, end, w))?.rule ?? null;
  }

  /** Do the words around make it a killing ("shot dead", "beaten to death")? */
  killed(tokens: readonly Token[], start: number, end: number, words?: readonly string[]): boolean {
    const w = words ?? wordsOf(tokens);
    return this.killingRules.some((c) => matchesAround(c.pattern, tokens, start, end, w));
  }
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
