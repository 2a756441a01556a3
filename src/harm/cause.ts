// The cause a harm event names instead of a doer: a by-phrase or a prepositional phrase
// after the verb ("killed in an Israeli strike", "displaced by fighting", "died of
// starvation"), or the subject of an active verb ("Clashes leave dozens dead").

import type { Agency } from '../types';
import type { HarmContext } from './context';
import { type Phrase, causeOf, npStartingAt } from './phrases';
import type { CauseClass } from './types';
import { AND_OR, CAUSE_PREPOSITIONS, CLAUSE_BREAKS, CLOSING_QUOTE_MARKS, SUBORDINATORS } from '../nlp/grammar/function-words';

export interface Cause {
  cls: CauseClass;
  phrase: Phrase;
}

const WINDOW = 10;
/** Words between the verb and its cause phrase: "shot dead in", "beaten to death in". */
const SKIPPED = new Set(['dead', 'to', 'death', 'alive']);

/** Prepositions after which a vehicle is what harmed: "hit by a truck", "crushed under a bus". */
const VEHICLE_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'under']);

/** The first phrase after `end` (within the clause) that names a weapon, attack,
 * abstraction or natural force. */
export function causeAfter(ctx: HarmContext, end: number): Cause | null {
  for (let k = end; k < end + WINDOW && k < ctx.tokens.length; ) {
    const w = ctx.words[k] as string;
    const tag = ctx.tokens[k]?.tag ?? '';
    // 'were "lightly injured" in a stabbing attack': the quote that closes the harm's own words
    if (k === end && CLOSING_QUOTE_MARKS.has(w)) {
      k++;
      continue;
    }
    if (w === ',' || CLAUSE_BREAKS.has(w) || (SUBORDINATORS.has(w) && w !== 'that') || AND_OR.has(w)) return null;
    if (CAUSE_PREPOSITIONS.has(w)) {
      // "arrested after shooting three people": a clause, not a cause
      if (ctx.verbs.has(k + 1)) return null;
      const np = npStartingAt(ctx, k + 1);
      if (!np) return null;
      // "after police fire on protesters": the head is a phrasal harm verb of another clause
      if (isPhrasalHarmVerb(ctx, np.head)) return null;
      const cls = causeOf(ctx, np.start, np.end, np.head);
      // a vehicle is where the harm happened ("found dead in his car") unless it did it ("hit by a truck")
      if (cls && (cls !== 'vehicle' || VEHICLE_PREPOSITIONS.has(w))) return { cls, phrase: np };
      k = np.end;
      continue;
    }
    if (SKIPPED.has(w) || /^(RB|RP)/.test(tag) || ctx.verbs.has(k)) {
      k++;
      continue;
    }
    const np = npStartingAt(ctx, k);
    if (!np) return null;
    k = np.end;
  }
  return null;
}

/**
 * What a cause makes of the event's agency (../shared/guidelines/harm.md, "Agency device"): a
 * weapon is an instrument ("car bomb kills", "killed by drone"); an attack, an abstraction or
 * a natural event is a nominalization ("strike kills", "clashes leave 21 dead", "3 dead in
 * shooting").
 */
export function agencyOfCause(cls: CauseClass): Agency {
  return cls === 'weapon' || cls === 'vehicle' ? 'instrument' : 'nominalization';
}

/** The class of a phrase standing where a doer would, if it is not a doer. */
export function causeClassOf(ctx: HarmContext, phrase: Phrase): CauseClass | null {
  return causeOf(ctx, phrase.start, phrase.end, phrase.head);
}

/** A harm verb read with its particle or preposition ("fire on"): a verb, not a cause noun. */
export function isPhrasalHarmVerb(ctx: Pick<HarmContext, 'verbs'>, k: number): boolean {
  const end = ctx.verbs.get(k);
  return end !== undefined && end - k > 1;
}
