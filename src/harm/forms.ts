// Which verb form a word of the harm lexicon is ("kills" present, "killed" past, "killing"
// -ing): the detector reads voice from it. Forms come from the shared inflector.

import { spellingVariants, verbForms } from '../nlp/grammar/inflect';
import { parsePattern } from '../lexicon/pattern';
import type { VerbForm } from './types';
import { canBeParticiple } from '../nlp/grammar/verb-forms';

/** The forms `word` can be, given the base it was inflected from (null: listed as written). */
export function formsOf(word: string, base: string | null): VerbForm[] {
  if (/ing$/.test(word) && word !== base) return ['ing'];
  const forms: VerbForm[] = [];
  if (base !== null ? word === base : !/s$/.test(word) && !/(ed|en)$/.test(word)) forms.push('base');
  else if (/s$/.test(word) && (base === null || !canBeParticiple(word))) forms.push('present');
  // "hurt", "shot", "killed", "beaten", "slain"; a base like "hit" can be a participle too.
  if (canBeParticiple(word) && !forms.includes('present')) forms.push('past');
  return forms.length > 0 ? forms : ['base'];
}

/** Every first word of a verb wording → its possible forms. */
export function verbFormTable(patterns: readonly string[]): Map<string, Set<VerbForm>> {
  const table = new Map<string, Set<VerbForm>>();
  const add = (word: string, forms: readonly VerbForm[]): void => {
    const set = table.get(word) ?? new Set<VerbForm>();
    forms.forEach((f) => set.add(f));
    table.set(word, set);
  };
  for (const pattern of patterns) {
    for (const specs of parsePattern(pattern)) {
      // the first word, and a verb later in the wording ("tear gas~v": "gassed" is a past form)
      specs.forEach((spec, k) => {
        const base = spec.marker === 'v' ? spec.text.toLowerCase() : null;
        if (k > 0 && !base) return;
        const words = base ? verbForms(base) : [spec.text.toLowerCase()];
        for (const form of words) {
          const forms = formsOf(form, base);
          for (const spelled of spellingVariants(form)) add(spelled, forms);
        }
      });
    }
  }
  return table;
}
