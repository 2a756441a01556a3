// Words as the vocabulary statistics and event suggestions count them: lower-cased word
// tokens of the project's tokenizer, numbers and punctuation left out.

import { tokenize } from '../../nlp/tokenize';

export function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (!/^\p{L}/u.test(t.text)) continue;
    out.push(t.text.toLowerCase().replace(/’/g, "'"));
  }
  return out;
}
