// Title Case and ALL CAPS copies of a text, with every character where it was, so the gold
// offsets of the text as written still hold ("Protesters were shot by police" →
// "Protesters Were Shot by Police", "PROTESTERS WERE SHOT BY POLICE").

import { MINOR_WORDS } from '../train/augment';

export type Recasing = 'as written' | 'Title Case' | 'ALL CAPS';

export const RECASINGS: readonly Recasing[] = ['as written', 'Title Case', 'ALL CAPS'];

export function recase(text: string, casing: Recasing): string {
  if (casing === 'as written') return text;
  if (casing === 'ALL CAPS') return sameLength(text, text.toUpperCase());
  let first = true;
  return text.replace(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu, (word) => {
    const minor = !first && MINOR_WORDS.has(word.toLowerCase());
    first = false;
    if (minor) return sameLength(word, word.toLowerCase());
    const initial = word[0] as string;
    return (initial.toUpperCase().length === 1 ? initial.toUpperCase() : initial) + word.slice(1);
  });
}

/** A few characters change length in another case ("ß" → "SS"); then the text stays as it was. */
function sameLength(original: string, changed: string): string {
  if (changed.length === original.length) return changed;
  const upper = original === changed.toLowerCase() ? false : true;
  return [...original].map((c) => {
    const recased = upper ? c.toUpperCase() : c.toLowerCase();
    return recased.length === c.length ? recased : c;
  }).join('');
}
