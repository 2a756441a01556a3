// The sentence a reader can check against the text, per agency.

import { verbForms } from '../nlp/grammar/inflect';
import { parsePattern } from '../lexicon/pattern';
import type { Agency, Span } from '../types';
import type { HarmEntry } from './types';

export interface Explained {
  entry: HarmEntry | null;
  event: Span;
  agency: Agency;
  agent: Span | null;
  cause: Span | null;
}

export function explain({ entry, event, agency, agent, cause }: Explained): string {
  const e = `“${event.text}”`;
  switch (agency) {
    case 'active':
      return agent
        ? `${e}: active — the doer, “${agent.text}”, is named as the subject.`
        : `${e}: active, but the sentence names no doer.`;
    case 'passive-with-agent':
      return `${e}: passive — the doer is named only after the verb, “by ${agent?.text ?? ''}”.`;
    case 'agentless-passive':
      return `${e}: agentless passive — ${whoDid(entry, event.text)} is not said.`;
    case 'intransitive':
      return `${e}: intransitive — the verb has no place for a doer; who caused it is not said${cause ? ` (only “${cause.text}” is named)` : ''}.`;
    case 'instrument':
      // (the weapon may be the event's own words, with no cause apart: "Missile hits apartment block")
      return cause ? `${e}: only the weapon or attack is named, “${cause.text}” — not who used it.` : `${e}: only the weapon or attack is named — not who used it.`;
    case 'nominalization':
      if (cause) return `${e}: the harm is put on an abstraction, “${cause.text}”, not on a person or group.`;
      return agent
        ? `${e}: nominalization — the harm is a noun; its doer is given as “${agent.text}”.`
        : `${e}: nominalization — the harm is a noun, so no doer is needed, and none is named.`;
    case 'other':
      return `${e}: the harm is stated without a verb that could take a doer; who caused it is not said.`;
  }
}

/** "who killed them", "who rounded them up"; "who did it" when the verb is not inflected. */
function whoDid(entry: HarmEntry | null, surface: string): string {
  const [first = '', ...rest] = surface.toLowerCase().split(/\s+/);
  const tail = rest.join(' ');
  for (const verb of entry ? inflectedVerbs(entry) : []) {
    if (verb.tail !== tail) continue;
    if (verb.forms.includes(first)) return `who ${verb.forms[2] ?? verb.base} them${rest.length > 0 ? ` ${tail}` : ''}`;
  }
  return 'who did it';
}

/** A wording of an entry that starts with an inflected verb ("round~v up"): the verb's forms and the words after it. */
interface InflectedVerb {
  base: string;
  forms: readonly string[];
  tail: string;
}

/**
 * Per entry, its wordings that start with an inflected verb, in order: parsed once, not for
 * every agentless passive explained (issue 15: 4% of the harm detector's time). Bounded by
 * the lexicon; a WeakMap, so a test's lexicon is not kept.
 */
const verbsOfEntry = new WeakMap<HarmEntry, readonly InflectedVerb[]>();

function inflectedVerbs(entry: HarmEntry): readonly InflectedVerb[] {
  let verbs = verbsOfEntry.get(entry);
  if (verbs === undefined) {
    verbs = entry.words.flatMap((pattern) =>
      parsePattern(pattern).flatMap(([verb, ...tail]) =>
        verb?.marker === 'v' ? [{ base: verb.text, forms: verbForms(verb.text), tail: tail.map((t) => t.text).join(' ') }] : []));
    verbsOfEntry.set(entry, verbs);
  }
  return verbs;
}
