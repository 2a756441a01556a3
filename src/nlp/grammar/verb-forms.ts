// One table of irregular verb forms (data/grammar/irregular-verbs.yml) and what the
// detectors and the lexicons ask of verb forms: can a word be a past participle, is it
// nothing else, and the forms of a verb.

import { GrammarDataError, grammarData } from './data';

const FILE = 'irregular-verbs.yml';

/** The forms of one verb; a cell may hold variants ("burned", "burnt"). */
export interface IrregularVerb {
  base: string;
  third: readonly string[];
  past: readonly string[];
  participle: readonly string[];
  ing: readonly string[];
}

function cell(value: unknown, row: number): readonly string[] {
  const forms = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(forms) || forms.length === 0 || !forms.every((f) => typeof f === 'string' && /^[a-z]+$/.test(f))) {
    throw new GrammarDataError(FILE, `row ${row + 1}: each cell is a lower-case word or a list of them`);
  }
  return forms as string[];
}

/** The table from the file's parsed YAML; a malformed row throws, naming the file and the row. */
export function parseIrregularVerbs(parsed: unknown): ReadonlyMap<string, IrregularVerb> {
  const data = parsed as { verbs?: unknown } | null;
  if (!data || !Array.isArray(data.verbs)) throw new GrammarDataError(FILE, 'expected `verbs:`, a list of rows');
  const table = new Map<string, IrregularVerb>();
  data.verbs.forEach((row: unknown, i: number) => {
    if (!Array.isArray(row) || row.length !== 5) throw new GrammarDataError(FILE, `row ${i + 1}: expected [base, third, past, participle, ing]`);
    const [base] = cell(row[0], i);
    const verb = { base: base as string, third: cell(row[1], i), past: cell(row[2], i), participle: cell(row[3], i), ing: cell(row[4], i) };
    if (table.has(verb.base)) throw new GrammarDataError(FILE, `row ${i + 1}: "${verb.base}" is listed twice`);
    table.set(verb.base, verb);
  });
  return table;
}

export const IRREGULAR_VERBS: ReadonlyMap<string, IrregularVerb> = parseIrregularVerbs(grammarData(FILE));

const allOf = (pick: (verb: IrregularVerb) => readonly string[]): Set<string> =>
  new Set([...IRREGULAR_VERBS.values()].flatMap(pick));

/** Past participles of the irregular verbs: "shot", "held", "slain". */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = allOf((v) => v.participle);

/**
 * Forms that are past participles and nothing else: no base form, present or past tense
 * shares them ("beaten", not "beat"; "taken", not "took"). A tagger that calls one a base
 * form or a noun is wrong, whatever the context.
 */
export const PARTICIPLE_ONLY: ReadonlySet<string> = (() => {
  const other = allOf((v) => [v.base, ...v.third, ...v.past, ...v.ing]);
  return new Set([...IRREGULAR_PARTICIPLES].filter((form) => !other.has(form)));
})();

/** Irregular verbs whose base form is also their past participle: "hit", "hurt", "cut", "set". */
export const BASE_IS_PARTICIPLE: ReadonlySet<string> = new Set([...IRREGULAR_VERBS.values()].filter((v) => v.participle.includes(v.base)).map((v) => v.base));

const PARTICIPLE_PREFIX = /^(re|un|over|under|mis|out|with|fore|up|down|pre|co|de|dis)-?/;

/** Can the word be a past participle? "shot", "held", "hit", "killed" can; "shoot", "battle" cannot. */
export function canBeParticiple(lower: string): boolean {
  // (-wn only from the table: "shown", "withdrawn", not "lockdown")
  if (hasParticipleEnding(lower) || IRREGULAR_PARTICIPLES.has(lower)) return true;
  // the prefix cut only where there is one: most words asked have none, and no string is made for them (issue 15)
  const prefix = PARTICIPLE_PREFIX.exec(lower);
  return prefix !== null && IRREGULAR_PARTICIPLES.has(lower.slice(prefix[0].length));
}

/** Ends in -ed, -en or -ne: by code units, not a regular expression (it is asked of most nouns and verbs, issue 15). */
function hasParticipleEnding(lower: string): boolean {
  const last = lower.charCodeAt(lower.length - 1);
  const before = lower.charCodeAt(lower.length - 2);
  return (before === 0x65 && (last === 0x64 || last === 0x6e)) || (before === 0x6e && last === 0x65);
}

/** Every form of a verb: the table's for an irregular verb, else none (the caller applies the rules). */
export function irregularForms(base: string): readonly string[] | null {
  const verb = IRREGULAR_VERBS.get(base);
  return verb ? [verb.base, ...verb.third, ...verb.past, ...verb.participle, ...verb.ing] : null;
}
