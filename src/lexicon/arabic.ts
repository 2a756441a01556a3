// Arabic words as the Arabic lexicon (data/lexicon/ar/) compares them (issue 16).
//
// Arabic spells one word many ways, and attaches short words to the next one:
//   "والتجاوزاتُ الفرديّة" = و + ال + تجاوزات , ال + فردية   (and the individual violations)
// Both the text and the lexicon are brought to one form:
// - spelling: diacritics (harakat, shadda, sukun, dagger alef) and tatweel removed;
//   أ إ آ ٱ → ا ; ى → ي ; ة → ه ; ؤ → و ; ئ → ي (the usual normalisation of Arabic
//   information retrieval, e.g. Larkey, Ballesteros & Connell, "Light stemming for Arabic
//   information retrieval", 2007);
// - attached words: a text word may carry a conjunction or preposition (و ف ب ل ك, also
//   two of them: وب، فل ...) and the article ال, or ل with the article written لل.
//   A text word is compared in each form these prefixes could leave ("وبالنظام" → وبالنظام,
//   بالنظام, النظام, نظام); a lexicon word without its article. A match needs one of the
//   forms to equal the lexicon word, so a prefix is only taken off where the rest is a listed
//   word. Suffixes (pronouns, plural and feminine endings) are not guessed: variants list them.

/** Harakat, tanween, shadda, sukun, small high marks, dagger alef, Quranic marks; tatweel. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LETTERS: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
};
/** Conjunctions and prepositions written joined to the next word, alone and combined. */
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const ARTICLE = 'ال';
/** A stem left after taking prefixes off has at least this many letters. */
const MIN_STEM = 2;
/** A run of Arabic letters and the marks written on them (offsets stay those of the text). */
const ARABIC_WORD = /[\p{Script=Arabic}\u0640\u064B-\u065F\u0670]+/gu;

export interface ArabicWord {
  start: number;
  end: number;
  /** The spelling-normalised word, then each form prefixes could leave. */
  forms: string[];
}

/** The spelling-normalised form of an Arabic word or phrase. */
export function normalizeArabic(text: string): string {
  return text.replace(MARKS, '').replace(/[أإآٱىةؤئ]/g, (c) => LETTERS[c] ?? c);
}

/** True when the text has any Arabic letter. */
export function hasArabic(text: string): boolean {
  return /\p{Script=Arabic}/u.test(text);
}

/** A lexicon word as it is compared: normalised, without its article. */
export function lexiconForm(word: string): string {
  const norm = normalizeArabic(word);
  return withoutArticle(norm) ?? norm;
}

/** The Arabic words of text[from, to). */
export function arabicWords(text: string, from = 0, to = text.length): ArabicWord[] {
  const out: ArabicWord[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(ARABIC_WORD)) {
    const start = from + (m.index as number);
    const forms = textForms(normalizeArabic(m[0]));
    if (forms.length > 0 && (forms[0] as string).length > 0) out.push({ start, end: start + m[0].length, forms });
  }
  return out;
}

/** A normalised text word, and each form its prefixes could leave. */
function textForms(norm: string): string[] {
  const out = new Set([norm]);
  const add = (rest: string): void => {
    if (rest.length < MIN_STEM) return;
    out.add(rest);
    const bare = withoutArticle(rest);
    if (bare) out.add(bare);
  };
  add(norm);
  for (const clitic of PROCLITICS) {
    if (!norm.startsWith(clitic)) continue;
    const rest = norm.slice(clitic.length);
    add(rest);
    // ل before the article drops its alef: ل + النظام → للنظام.
    if (clitic.endsWith('ل') && rest.startsWith('ل')) add(rest.slice(1));
  }
  return [...out];
}

function withoutArticle(word: string): string | null {
  return word.startsWith(ARTICLE) && word.length - ARTICLE.length >= MIN_STEM ? word.slice(ARTICLE.length) : null;
}
