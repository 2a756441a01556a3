// Training copies of EWT sentences in the registers the tool meets but the treebank lacks:
// Title Case and ALL CAPS headlines, and headlinese that drops auxiliaries and articles
// ("A man was shot by police" → "Man shot by police").

import type { UdSentence, UdToken } from '../eval/conllu';

/** A training sentence: the words as written and the treebank tokens they stand for. */
export interface Variant {
  words: string[];
  tokens: UdToken[];
}

/** Words a Title Case headline leaves in lower case. */
export const MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'as', 'with']);

export function titleCase(words: readonly string[]): string[] {
  return words.map((w, i) =>
    i > 0 && MINOR_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1),
  );
}

export function upperCase(words: readonly string[]): string[] {
  return words.map((w) => w.toUpperCase());
}

export function asWritten(sentence: UdSentence): Variant {
  return { words: sentence.tokens.map((t) => t.form), tokens: sentence.tokens };
}

/**
 * The headline form: drops the auxiliaries of passive verbs (not modals or "to"), the
 * articles and the final stop. Active sentences keep their verbs ("Police kill two men").
 */
export function headlinese(sentence: UdSentence): Variant {
  const drop = new Set<number>();
  for (const token of sentence.tokens) {
    if (token.deprel !== 'aux:pass') continue;
    const auxiliaries = sentence.tokens.filter(
      (t) => t.head === token.head && (t.deprel === 'aux' || t.deprel === 'aux:pass'),
    );
    if (auxiliaries.some((t) => t.xpos === 'MD' || t.lemma === 'to')) continue;
    for (const t of auxiliaries) drop.add(t.id);
  }
  const tokens = sentence.tokens.filter((t) => !drop.has(t.id) && !isArticle(t));
  // Headlines have no final stop.
  while (tokens.length > 1 && /^[.!?]+$/.test((tokens[tokens.length - 1] as UdToken).form)) tokens.pop();
  return { words: tokens.map((t) => t.form), tokens };
}

function isArticle(token: UdToken): boolean {
  return token.xpos === 'DT' && /^(a|an|the)$/i.test(token.form);
}

/** The sentence as written, sometimes a Title Case or ALL CAPS copy, and its headlinese. */
export function variants(sentence: UdSentence, rand: () => number): Variant[] {
  const plain = asWritten(sentence);
  const out = [plain];
  const r = rand();
  if (r < 0.12) out.push({ words: titleCase(plain.words), tokens: plain.tokens });
  else if (r < 0.17) out.push({ words: upperCase(plain.words), tokens: plain.tokens });
  const passive = sentence.tokens.some((t) => t.deprel === 'aux:pass');
  if (passive || rand() < 0.3) {
    const headline = headlinese(sentence);
    const c = rand();
    const words = c < 0.5 ? headline.words : c < 0.85 ? titleCase(headline.words) : upperCase(headline.words);
    out.push({ words, tokens: headline.tokens });
  }
  return out;
}
