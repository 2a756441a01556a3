// Which harm rules can match in a sentence at all (issue 15). Most rules need one of a few
// words ("made a killing": "made" or another form of "make"; "could be killed": a modal), and
// a sentence without any of them is not tried against the rule: the words of the sentence are
// looked up once, not every rule matched around every harm word.

import type { CompiledPattern } from './rule-pattern';

export class RuleFilter {
  /** Per word, the rules that need it (or another of their words). */
  private readonly rulesOf = new Map<string, number[]>();
  /** 1 for each rule that needs no word in particular. */
  private readonly always: Uint8Array;
  private readonly possible: Uint8Array;
  /** The words `possible` was worked out for. */
  private words: readonly string[] | null = null;

  constructor(patterns: readonly CompiledPattern[]) {
    this.always = Uint8Array.from(patterns, (p) => (p.required === null ? 1 : 0));
    this.possible = new Uint8Array(patterns.length);
    patterns.forEach((pattern, rule) => {
      for (const word of pattern.required ?? []) {
        const rules = this.rulesOf.get(word);
        if (rules) rules.push(rule);
        else this.rulesOf.set(word, [rule]);
      }
    });
  }

  /** Per rule, 1 if it may match somewhere in `words`, else 0; worked out again only for another array of words. */
  possibleIn(words: readonly string[]): Uint8Array {
    if (words === this.words) return this.possible;
    this.possible.set(this.always);
    for (const word of words) {
      const rules = this.rulesOf.get(word);
      if (rules) for (const rule of rules) this.possible[rule] = 1;
    }
    this.words = words;
    return this.possible;
  }
}
