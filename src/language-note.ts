// What a reader is told about a text not in English (issue 16): the grammar (passives, harm
// events, who is named) is read for English only; Arabic words are also checked against the
// Arabic lexicon (data/lexicon/ar/). One wording for the web pages and the CLI report.

import { defaultArabicMatcher } from './lexicon/arabic-matcher';
import type { Language } from './nlp/language';

export function languageNote(language: Language): string | null {
  if (language.english) return null;
  const which = language.name ? `looks like ${language.name}` : 'does not look like English';
  if (language.code === 'arb') {
    const entries = defaultArabicMatcher().lexicon.entries.length;
    return `This text ${which}. Passives, harm events and who is named are analysed for English only. Its words are checked against the Arabic lexicon (${entries} entries), so the euphemisms marked are the only analysis: finding nothing else here says nothing about the text.`;
  }
  return `This text ${which}. framing reads English only: passives, harm events, who is named and the euphemism lexicon are analysed for English text, so finding nothing here says nothing about the text.`;
}
