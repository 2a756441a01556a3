// English inflection for lexicon phrases: noun number, verb forms, British/American spelling.
// Generation runs on the lexicon side only, so over-generating a form that no text contains
// costs nothing; what matters is that every real form is produced.

/** Irregular nouns, singular → plural. */
const IRREGULAR_NOUNS: Record<string, string> = {
  man: 'men',
  woman: 'women',
  child: 'children',
  person: 'people',
  gunman: 'gunmen',
  policeman: 'policemen',
  serviceman: 'servicemen',
  life: 'lives',
  wife: 'wives',
  foot: 'feet',
  tooth: 'teeth',
  mouse: 'mice',
};
const IRREGULAR_PLURALS = new Map(Object.entries(IRREGULAR_NOUNS).map(([s, p]) => [p, s]));

/** Irregular verbs: base → [third person singular, past, past participle, -ing]. */
const IRREGULAR_VERBS: Record<string, [string, string, string, string]> = {
  be: ['is', 'was', 'been', 'being'],
  have: ['has', 'had', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  take: ['takes', 'took', 'taken', 'taking'],
  make: ['makes', 'made', 'made', 'making'],
  lose: ['loses', 'lost', 'lost', 'losing'],
  fall: ['falls', 'fell', 'fallen', 'falling'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  flee: ['flees', 'fled', 'fled', 'fleeing'],
  fight: ['fights', 'fought', 'fought', 'fighting'],
  strike: ['strikes', 'struck', 'struck', 'striking'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  put: ['puts', 'put', 'put', 'putting'],
  catch: ['catches', 'caught', 'caught', 'catching'],
  bring: ['brings', 'brought', 'brought', 'bringing'],
  keep: ['keeps', 'kept', 'kept', 'keeping'],
  leave: ['leaves', 'left', 'left', 'leaving'],
  hold: ['holds', 'held', 'held', 'holding'],
  sweep: ['sweeps', 'swept', 'swept', 'sweeping'],
  tear: ['tears', 'tore', 'torn', 'tearing'],
  mow: ['mows', 'mowed', 'mown', 'mowing'],
  die: ['dies', 'died', 'died', 'dying'],
  lie: ['lies', 'lay', 'lain', 'lying'],
  get: ['gets', 'got', 'gotten', 'getting'],
  give: ['gives', 'gave', 'given', 'giving'],
  run: ['runs', 'ran', 'run', 'running'],
  drive: ['drives', 'drove', 'driven', 'driving'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  come: ['comes', 'came', 'come', 'coming'],
  rid: ['rids', 'rid', 'rid', 'ridding'],
  thin: ['thins', 'thinned', 'thinned', 'thinning'],
  slam: ['slams', 'slammed', 'slammed', 'slamming'],
  ram: ['rams', 'rammed', 'rammed', 'ramming'],
  mop: ['mops', 'mopped', 'mopped', 'mopping'],
};

/** Singular and plural of a noun, whichever form it was given in. */
export function nounForms(word: string): string[] {
  const lower = word.toLowerCase();
  const irregularPlural = IRREGULAR_NOUNS[lower];
  if (irregularPlural) return [word, irregularPlural];
  const irregularSingular = IRREGULAR_PLURALS.get(lower);
  if (irregularSingular) return [word, irregularSingular];
  if (looksPlural(lower)) return unique([word, singular(word)]);
  return unique([word, plural(word)]);
}

function looksPlural(word: string): boolean {
  return /s$/.test(word) && !/(ss|us|is)$/.test(word);
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function singular(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Base, third person singular, past, past participle and -ing form of a verb given in its base form. */
export function verbForms(base: string): string[] {
  const irregular = IRREGULAR_VERBS[base.toLowerCase()];
  if (irregular) return unique([base, ...irregular]);
  return unique([base, thirdPerson(base), past(base), ing(base)]);
}

function thirdPerson(base: string): string {
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

function past(base: string): string {
  if (/e$/.test(base)) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (doublesFinalConsonant(base)) return `${base}${base.slice(-1)}ed`;
  return `${base}ed`;
}

function ing(base: string): string {
  if (/ie$/.test(base)) return `${base.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  if (doublesFinalConsonant(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

/** One-syllable consonant-vowel-consonant verbs double the consonant: "stop" → "stopped". */
function doublesFinalConsonant(base: string): boolean {
  const vowelGroups = base.match(/[aeiou]+/g) ?? [];
  return vowelGroups.length === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(base);
}

// British ↔ American spellings, applied both ways to every lexicon word.
const SPELLING_RULES: ReadonlyArray<[RegExp, string]> = [
  [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/([^aeiou])our(s|hood|hoods|ed|ing)?$/, '$1or$2'],
  [/([^aeiou])or(s|hood|hoods)?$/, '$1our$2'],
  [/tre(s)?$/, 'ter$1'],
  [/ter(s)?$/, 'tre$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ense(s)?$/, 'ence$1'],
];

/** The word and its other-side-of-the-Atlantic spellings. */
export function spellingVariants(word: string): string[] {
  const forms = [word];
  if (word.length < 5) return forms;
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) forms.push(word.replace(pattern, replacement));
  }
  return unique(forms);
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}

