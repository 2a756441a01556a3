// Which language a text is in, as far as it matters here: the grammar (passives, harm, who
// is named) and the lexicon read English only, so a text in another language should say so
// rather than show "nothing found". The script decides for Arabic, Hebrew and Cyrillic; for
// Latin script, the share of English words decides whether it is English, and franc-min
// (wooorm; trigrams, ISO 639-3) names the language when it is not.

import franc from 'franc-min';
import { lexiconTags } from './tag-lexicon';

export interface Language {
  /** ISO 639-3 ("eng", "fra", "arb"), or "und" when it cannot be told. */
  code: string;
  /** An English name for it ("French"), or null when unknown. */
  name: string | null;
  english: boolean;
}

/** The languages told apart: English and those most common in coverage of violence. */
const NAMES: Readonly<Record<string, string>> = {
  eng: 'English', fra: 'French', spa: 'Spanish', por: 'Portuguese', ita: 'Italian', deu: 'German',
  nld: 'Dutch', tur: 'Turkish', arb: 'Arabic', heb: 'Hebrew', rus: 'Russian', ukr: 'Ukrainian',
  pes: 'Persian', urd: 'Urdu', kin: 'Kinyarwanda', hau: 'Hausa', swh: 'Swahili', ind: 'Indonesian',
};

/** Scripts that are not English whatever the words: a text mostly in one of them is that language. */
const SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, 'arb'],
  [/\p{Script=Hebrew}/u, 'heb'],
  [/\p{Script=Cyrillic}/u, 'rus'],
];

/** English function words, known whatever the lexicon says. */
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'in', 'to', 'is', 'was', 'are', 'were', 'as', 'for', 'on', 'with', 'by', 'at', 'from', 'after', 'says', 'said', 'has', 'have', 'who', 'that', 'this', 'it', 'its', 'his', 'her', 'their', 'over', 'into', 'amid']);

const MIN_WORDS = 5;

export function languageOf(text: string): Language {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return { code: 'und', name: null, english: true };
  for (const [script, code] of SCRIPTS) {
    const share = letters.filter((c) => script.test(c)).length / letters.length;
    if (share > 0.5) return { code, name: NAMES[code] ?? null, english: false };
  }
  // Lower-case words, not names: a headline is half names ("Oldham Labour loses council
  // control"), and names say nothing of the language. In ALL CAPS every word counts.
  // Acronyms ("LA", "USC") are names too, unless the whole text is in capitals.
  const shouting = text === text.toUpperCase();
  const words = (text.match(/\p{L}[\p{L}'’-]*/gu) ?? [])
    .filter((w) => !/^\p{Lu}/u.test(w) || (shouting && w.length > 1))
    .map((w) => w.toLowerCase());
  // Short texts ("Pilot killed") are English: nothing can tell on a few words, and a wrong
  // notice would hide a real analysis. Otherwise a text is English when most of its words are
  // English words (the tagger's lexicon, data/tag-lexicon, 93,000 words) or function words.
  if (words.length < MIN_WORDS) return { code: 'eng', name: 'English', english: true };
  const share = words.filter(isEnglishWord).length / words.length;
  if (share >= SURELY_ENGLISH) return { code: 'eng', name: 'English', english: true };
  // In between (French shares many words with English's lexicon), the trigrams decide,
  // and only when English comes clearly behind another language.
  const [best, ...rest] = franc.all(text, { only: Object.keys(NAMES), minLength: 10 });
  const english = rest.find(([code]) => code === 'eng')?.[1] ?? (best?.[0] === 'eng' ? 1 : 0);
  if (share >= ENGLISH_SHARE && (!best || best[0] === 'eng' || english >= CLEARLY_BEHIND)) return { code: 'eng', name: 'English', english: true };
  const code = best && best[0] !== 'eng' ? best[0] : (rest[0]?.[0] ?? 'und');
  return { code, name: NAMES[code] ?? null, english: false };
}

/** Above this share of English words, a text is English whatever the trigrams say. */
const SURELY_ENGLISH = 0.75;
/** English scoring this much of the best language's score is not clearly behind. */
const CLEARLY_BEHIND = 0.85;

/** In the tagger's lexicon, after a possessive or a plural ending ("party’s", "goalposts"). */
function isEnglishWord(word: string): boolean {
  const w = word.replace(/['’]s?$/, '');
  if (ENGLISH_WORDS.has(w)) return true;
  // "pro-palestinian", "one-day": each part
  if (w.includes('-')) return w.split('-').every((part) => part === '' || isEnglishWord(part));
  return [w, w.replace(/s$/, ''), w.replace(/es$/, '')].some((form) => form.length > 1 && lexiconTags(form) !== '-');
}

/** The share of a text's words that must be English for it to count as English. */
const ENGLISH_SHARE = 0.5;
