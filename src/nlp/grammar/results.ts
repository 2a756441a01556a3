// A result a verb brings about, said right after it ("shot dead", "beaten unconscious",
// "stabbed to death"): no object of the verb, though what follows it still may be ("shot dead
// two men", "stabbed to death a judge"). Shared by the passive detector's object rules and the
// harm detector's object reader.

/** One-word results. */
export const RESULT_WORDS: ReadonlySet<string> = new Set(['dead', 'unconscious']);

/** How many words the result at `at` takes, 0 for none: "dead" 1, "to death" 2. */
export function resultLength(lower: (i: number) => string | undefined, at: number): number {
  if (RESULT_WORDS.has(lower(at) ?? '')) return 1;
  return lower(at) === 'to' && lower(at + 1) === 'death' ? 2 : 0;
}
