// The corpus counts behind the judgement word lists of data/grammar/ (issue 15): for each
// list, a count in UD English EWT train + dev (never test) that tests what the list claims
// of its words, using the treebank's own annotation (xpos, deprel, feats). Reads the lists
// from data/grammar/*.yml, prints every word's count, and checks it against the count the
// file gives; exits 1 when one differs.
//
// Usage: npx tsc -p tsconfig.json && node dist/train/grammar-counts.js [--examples] [--list NAME]
//   --examples   after each word, up to 3 sentences that do not count for it
//   --list NAME  only the list named NAME (e.g. obligatorily-transitive)

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load as parseYaml } from 'js-yaml';
import { readConllu, type UdSentence, type UdToken } from '../eval/conllu';
import { sharedData } from '../eval/data';
import { PACKAGE_ROOT } from '../src/paths';
import { GET_FORMS } from '../src/nlp/grammar/function-words';

/** The splits counted. The test split is never read. */
const SPLITS = ['en_ewt-ud-train.conllu', 'en_ewt-ud-dev.conllu'];
const GRAMMAR_DIR = join(PACKAGE_ROOT, 'data', 'grammar');

const NOUN_XPOS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const NOMINAL_UPOS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** What a noun phrase between a verb and a participle is made of ("sees 16 arrested", "had his brother detained"). */
const NOUN_PHRASE_UPOS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
const NOUN_PHRASE_XPOS = new Set(['POS', 'HYPH', 'PRP$']);
const MAX_NOUN_PHRASE = 6;
/** Relative and interrogative pronouns open a clause; they end a noun phrase ("find one [that we liked]"). */
const OPENS_CLAUSE = new Set(['Rel', 'Int']);

interface GrammarList {
  file: string;
  name: string;
  words: { word: string; count: string | null }[];
}

/** One sentence with its dependents indexed: children[id] are the tokens headed by token `id`. */
interface Sentence {
  ud: UdSentence;
  tokens: UdToken[];
  children: UdToken[][];
}

/** An occurrence of a list word: the token at `index` of a sentence. */
interface Occurrence {
  sentence: Sentence;
  index: number;
}

interface Tally {
  hits: number;
  of: number;
  /** Occurrences that do not count as hits, for reading. */
  misses: Occurrence[];
}

interface Definition {
  /** What is counted, in one sentence; printed above the list's words. */
  counted: string;
  /** When the count speaks against the word (marked "# weak" in its file); by default, when fewer than half the occurrences count for it. */
  weak?: (t: Tally) => boolean;
  /** The occurrences of `word` the count is over, and whether each is a hit. */
  occurrences: (word: string, corpus: Corpus) => { at: Occurrence; hit: boolean }[];
}

class Corpus {
  readonly sentences: Sentence[] = [];
  /** Lower-case form → where it occurs. */
  private readonly byForm = new Map<string, Occurrence[]>();

  constructor(sentences: readonly UdSentence[]) {
    for (const ud of sentences) {
      const children: UdToken[][] = ud.tokens.map(() => []);
      children.push([]);
      for (const token of ud.tokens) children[token.head]?.push(token);
      const sentence: Sentence = { ud, tokens: ud.tokens, children };
      this.sentences.push(sentence);
      ud.tokens.forEach((token, index) => {
        const form = token.form.toLowerCase();
        const list = this.byForm.get(form) ?? [];
        list.push({ sentence, index });
        this.byForm.set(form, list);
      });
    }
  }

  /** Every token whose lower-case form is `word`. */
  of(word: string): readonly Occurrence[] {
    return this.byForm.get(word) ?? [];
  }
}

const tokenAt = (o: Occurrence, offset = 0): UdToken | undefined => o.sentence.tokens[o.index + offset];
const lowerAt = (o: Occurrence, offset: number): string => tokenAt(o, offset)?.form.toLowerCase() ?? '';
const childrenOf = (s: Sentence, token: UdToken): readonly UdToken[] => s.children[token.id] ?? [];
const byId = (s: Sentence, id: number): UdToken | undefined => s.tokens[id - 1];
const self = (o: Occurrence): UdToken => o.sentence.tokens[o.index] as UdToken;

/** A passive participle as UD English EWT marks it: VBN with Voice=Pass (every VBN not under perfect "have"). */
const isPassive = (t: UdToken): boolean => t.xpos === 'VBN' && t.feats['Voice'] === 'Pass';
const isPastForm = (t: UdToken): boolean => t.xpos === 'VBD' || t.xpos === 'VBN';
const isRelativePronoun = (t: UdToken): boolean => t.feats['PronType'] === 'Rel';

/**
 * Has the verb an object: an obj or iobj of its own; or, as the second of two verbs, the
 * object they share, which UD attaches to the first ("arrested and questioned the student");
 * or, in a relative clause with a subject of its own, the noun it modifies ("the man police
 * killed").
 */
function hasObject(s: Sentence, t: UdToken): boolean {
  const own = childrenOf(s, t);
  if (own.some((c) => c.deprel === 'obj' || c.deprel === 'iobj')) return true;
  if (t.deprel === 'conj') {
    const head = byId(s, t.head);
    if (head && childrenOf(s, head).some((c) => c.deprel === 'obj' && c.id > t.id)) return true;
  }
  if (t.deprel === 'acl:relcl') {
    return own.some((c) => c.deprel === 'nsubj' && !isRelativePronoun(c));
  }
  return false;
}

/** Has the word "be" as its copula or passive auxiliary ("was ashamed", "were wounded"). */
const afterBe = (s: Sentence, t: UdToken): boolean =>
  childrenOf(s, t).some((c) => (c.deprel === 'cop' || c.deprel === 'aux:pass') && c.lemma === 'be');

const hasAuxiliary = (s: Sentence, t: UdToken): boolean => childrenOf(s, t).some((c) => c.deprel === 'aux' || c.deprel === 'aux:pass');
const hasPerfect = (s: Sentence, t: UdToken): boolean => childrenOf(s, t).some((c) => c.deprel === 'aux' && c.lemma === 'have');

/** The word modifies a noun after it ("fleeing civilians", "by falling debris"), rather than taking it as its object. */
function modifiesNounAfter(o: Occurrence): boolean {
  const t = self(o);
  const head = byId(o.sentence, t.head);
  return !!head && head.id > t.id && (head.upos === 'NOUN' || head.upos === 'PROPN');
}

/** "by" phrases on the verb: the noun each "by" marks (its head), and whether a number follows "by". */
function byPhrases(s: Sentence, verb: UdToken): { phrase: UdToken; numberAfter: boolean }[] {
  const found: { phrase: UdToken; numberAfter: boolean }[] = [];
  for (const phrase of childrenOf(s, verb)) {
    const by = childrenOf(s, phrase).find((c) => c.deprel === 'case' && c.form.toLowerCase() === 'by');
    if (by) found.push({ phrase, numberAfter: byId(s, by.id + 1)?.xpos === 'CD' });
  }
  return found;
}

/** A state said of someone: after "be" (copula or passive auxiliary), a secondary predicate (xcomp) or what is left of one in an elided clause (orphan), or a conjunct of one. */
function isPredicative(s: Sentence, t: UdToken): boolean {
  if (afterBe(s, t) || t.deprel === 'xcomp' || t.deprel === 'orphan') return true;
  const head = t.deprel === 'conj' ? byId(s, t.head) : undefined;
  return !!head && (afterBe(s, head) || head.deprel === 'xcomp');
}

/** The index one past a noun phrase starting at `from`, or -1 when none starts there. */
function nounPhraseEnd(s: Sentence, from: number): number {
  let end = from;
  let nominal = false;
  while (end < s.tokens.length && end - from < MAX_NOUN_PHRASE) {
    const t = s.tokens[end] as UdToken;
    if ((!NOUN_PHRASE_UPOS.has(t.upos) && !NOUN_PHRASE_XPOS.has(t.xpos)) || OPENS_CLAUSE.has(t.feats['PronType'] ?? '')) break;
    if (NOMINAL_UPOS.has(t.upos)) nominal = true;
    end++;
  }
  return nominal ? end : -1;
}

const all = (word: string, corpus: Corpus, test: (o: Occurrence) => boolean, keep: (o: Occurrence) => boolean = () => true) =>
  corpus.of(word).filter(keep).map((at) => ({ at, hit: test(at) }));

export const DEFINITIONS: Record<string, Definition> = {
  'double-object': {
    counted: 'of the passive participles (VBN, Voice=Pass) other than prenominal modifiers (amod): with a second complement, an obj, iobj or xcomp dependent',
    occurrences: (word, corpus) =>
      all(word, corpus, (o) => childrenOf(o.sentence, self(o)).some((c) => ['obj', 'iobj', 'xcomp'].includes(c.deprel)), (o) => isPassive(self(o)) && self(o).deprel !== 'amod'),
    // The list claims a second object is possible, not usual: only a passive that never keeps one speaks against it.
    weak: (t) => t.of > 0 && t.hits === 0,
  },
  'control-verbs': {
    counted: 'of the word right before "to" and a base verb (VB), with no auxiliary (aux, aux:pass) of its own: active (not VBN with Voice=Pass)',
    occurrences: (word, corpus) =>
      all(word, corpus, (o) => !isPassive(self(o)), (o) => lowerAt(o, 1) === 'to' && tokenAt(o, 2)?.xpos === 'VB' && !hasAuxiliary(o.sentence, self(o))),
  },
  'intransitive-only': {
    counted: 'of the VBD/VBN occurrences: not passive (no Voice=Pass)',
    occurrences: (word, corpus) => all(word, corpus, (o) => !isPassive(self(o)), (o) => isPastForm(self(o))),
  },
  'prenominal-ing': {
    counted: 'of the word right before a common noun (NN, NNS): modifies a noun after it (its head is a later NOUN/PROPN), not a verb taking the noun as its object',
    occurrences: (word, corpus) => all(word, corpus, modifiesNounAfter, (o) => /^NNS?$/.test(tokenAt(o, 1)?.xpos ?? '')),
  },
  'plural-modifiers': {
    counted: 'of the plural (NNS) occurrences right before a singular common noun (NN): a compound modifier of it (deprel compound), not a phrase of its own',
    occurrences: (word, corpus) => all(word, corpus, (o) => self(o).deprel === 'compound', (o) => self(o).xpos === 'NNS' && tokenAt(o, 1)?.xpos === 'NN'),
  },
  'means-when-bare': {
    counted: 'of "by" + the word with no noun (NN*) after it ("by hand", not "by hand grenades"): the by-phrase is not a passive agent (deprel not obl:agent)',
    occurrences: (word, corpus) =>
      all(word, corpus, (o) => self(o).deprel !== 'obl:agent', (o) => {
        const by = tokenAt(o, -1);
        return !!by && by.form.toLowerCase() === 'by' && by.head === self(o).id && !NOUN_XPOS.has(tokenAt(o, 1)?.xpos ?? '');
      }),
  },
  'measure-verbs': {
    counted: 'of the by-phrases on the word as a passive participle (VBN, Voice=Pass): a measure, not an agent (deprel not obl:agent)',
    occurrences: (word, corpus) =>
      corpus.of(word).flatMap((at) => (isPassive(self(at)) ? byPhrases(at.sentence, self(at)) : []).map(({ phrase }) => ({ at, hit: phrase.deprel !== 'obl:agent' }))),
  },
  'amount-verbs': {
    counted:
      'of the by-phrases on the word, those with a number (CD) right after "by" and, on its passive participle (VBN, Voice=Pass), those without: read right by the rule, an amount (not obl:agent) when a number follows "by" ("increased by 5 per cent"), an agent (obl:agent) when none does ("raised by the campaign")',
    occurrences: (word, corpus) =>
      corpus.of(word).flatMap((at) =>
        byPhrases(at.sentence, self(at))
          .filter(({ numberAfter }) => numberAfter || isPassive(self(at)))
          .map(({ phrase, numberAfter }) => ({ at, hit: numberAfter === (phrase.deprel !== 'obl:agent') })),
      ),
  },
  'intransitive-ing': {
    counted: 'of the word right before a noun (NN, NNS, NNP, NNPS): modifies a noun after it (its head is a later NOUN/PROPN), not a verb taking the noun as its object',
    occurrences: (word, corpus) => all(word, corpus, modifiesNounAfter, (o) => NOUN_XPOS.has(tokenAt(o, 1)?.xpos ?? '')),
  },
  'raising-participles': {
    counted: 'of the word before "to be" or "to have", with no perfect "have" of its own: passive (VBN, Voice=Pass)',
    occurrences: (word, corpus) =>
      all(word, corpus, (o) => isPassive(self(o)), (o) => lowerAt(o, 1) === 'to' && ['be', 'have'].includes(lowerAt(o, 2)) && !hasPerfect(o.sentence, self(o))),
  },
  'reported-states': {
    counted:
      'of the adjective and participle occurrences (JJ, VBN) neither right before a noun (NN*) nor used as a noun (no det or case dependent: "the dead"): predicative, a state said of someone (with a "be" copula or passive auxiliary, or an xcomp: "is missing", "found dead"; or the conjunct of one, or the orphan of an elided one: "reported dead and 500 wounded")',
    occurrences: (word, corpus) =>
      all(word, corpus, (o) => isPredicative(o.sentence, self(o)), (o) => {
        const t = self(o);
        return (t.xpos === 'JJ' || t.xpos === 'VBN') && !NOUN_XPOS.has(tokenAt(o, 1)?.xpos ?? '') && !childrenOf(o.sentence, t).some((c) => c.deprel === 'det' || c.deprel === 'case');
      }),
  },
  'obligatorily-transitive': {
    counted: 'of the VBD/VBN occurrences: passive (Voice=Pass) or with an object (obj/iobj, an object shared with a later conjunct, or the noun of a relative clause with its own subject)',
    occurrences: (word, corpus) => all(word, corpus, (o) => isPassive(self(o)) || hasObject(o.sentence, self(o)), (o) => isPastForm(self(o))),
  },
  'psych-participles': {
    counted: 'of the occurrences after "be" (a copula or passive auxiliary with lemma be) with no "by" agent (obl:agent): tagged adjective (JJ), not VBN',
    occurrences: (word, corpus) =>
      all(word, corpus, (o) => self(o).xpos === 'JJ', (o) => afterBe(o.sentence, self(o)) && !childrenOf(o.sentence, self(o)).some((c) => c.deprel === 'obl:agent')),
  },
  'get-states': {
    counted: 'of the word right after a form of "get": tagged adjective (JJ), a state, not a passive participle (VBN)',
    occurrences: (word, corpus) => all(word, corpus, (o) => self(o).xpos === 'JJ', (o) => GET_FORMS.has(lowerAt(o, -1))),
  },
  'verb-only-s-forms': {
    counted: 'of all occurrences: tagged VBZ (a verb), not NNS or anything else',
    occurrences: (word, corpus) => all(word, corpus, (o) => self(o).xpos === 'VBZ'),
  },
  'small-clause-verbs': {
    counted: 'of the word (VERB or AUX) followed by a noun phrase and a past form (VBD/VBN): the past form is a passive participle (Voice=Pass) attached to the word or to the noun phrase ("had his brother detained"), not a verb whose subject is the noun phrase ("have you seen")',
    occurrences: (word, corpus) =>
      corpus.of(word).flatMap((at) => {
        const verb = self(at);
        if (verb.upos !== 'VERB' && verb.upos !== 'AUX') return [];
        const end = nounPhraseEnd(at.sentence, at.index + 1);
        const past = end < 0 ? undefined : at.sentence.tokens[end];
        if (!past || !isPastForm(past)) return [];
        const phraseIds = new Set(at.sentence.tokens.slice(at.index + 1, end).map((t) => t.id));
        return [{ at, hit: isPassive(past) && (past.head === verb.id || phraseIds.has(past.head)) }];
      }),
  },
};

const fewerThanHalf = (t: Tally): boolean => t.hits * 2 < t.of;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

function tally(definition: Definition, word: string, corpus: Corpus): Tally {
  const found = definition.occurrences(word, corpus);
  return { hits: found.filter((f) => f.hit).length, of: found.length, misses: found.filter((f) => !f.hit).map((f) => f.at) };
}

/** The count as the YAML files write it: "14 of 17", or null when the corpus has no occurrence. */
export const formatCount = (t: Pick<Tally, 'hits' | 'of'>): string | null => (t.of === 0 ? null : `${t.hits} of ${t.of}`);

/** The word lists of data/grammar/: the files with a `words` list; other grammar data (irregular-verbs.yml) is skipped. */
function readLists(): GrammarList[] {
  const lists: GrammarList[] = [];
  for (const file of readdirSync(GRAMMAR_DIR).filter((f) => f.endsWith('.yml')).sort()) {
    const doc: unknown = parseYaml(readFileSync(join(GRAMMAR_DIR, file), 'utf8'), { schema: CORE_SCHEMA, filename: file });
    if (!isRecord(doc) || !('words' in doc)) continue;
    const words = doc['words'];
    if (typeof doc['name'] !== 'string' || !Array.isArray(words)) throw new Error(`${file}: needs a name and a list of words`);
    lists.push({
      file,
      name: doc['name'],
      words: words.map((entry: unknown, k: number) => {
        if (!isRecord(entry) || typeof entry['word'] !== 'string') throw new Error(`${file}: words[${k}] needs a word`);
        const count = entry['count'];
        if (count !== null && typeof count !== 'string') throw new Error(`${file}: ${entry['word']}: count must be a string or null`);
        return { word: entry['word'], count };
      }),
    });
  }
  return lists;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lists whose counts come from another corpus, by the script that writes them. */
const COUNTED_ELSEWHERE: Readonly<Record<string, string>> = {
  'people-gum': 'UD English GUM entities: npm run build && node dist/train/people-nouns.js',
  'people-wordnet': 'WordNet 3.1 sense counts: npm run build && node dist/train/people-wordnet.js',
  'credited-sources': 'headline ends of the real gold\'s dev split: npm run build && node dist/train/credited-sources.js',
};

function main(): void {
  const args = process.argv.slice(2);
  const examples = args.includes('--examples');
  const only = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined;
  const corpus = new Corpus(SPLITS.flatMap((split) => readConllu(sharedData('ud-english-ewt', split))));
  const out: string[] = [`UD English EWT ${SPLITS.join(' + ')}: ${corpus.sentences.length} sentences`];
  let differing = 0;
  const lists = readLists().filter((list) => !only || list.name === only);
  if (only && lists.length === 0) throw new Error(`no list named "${only}" in data/grammar/`);
  for (const list of lists) {
    const elsewhere = COUNTED_ELSEWHERE[list.name];
    if (elsewhere) {
      out.push('', `${list.file}: counted in another corpus, not here (${elsewhere})`);
      continue;
    }
    const definition = DEFINITIONS[list.name];
    if (!definition) throw new Error(`${list.file}: no count defined for list "${list.name}"`);
    out.push('', `${list.name} (${list.file}): ${definition.counted}`);
    const rates: number[] = [];
    for (const { word, count } of list.words) {
      const t = tally(definition, word, corpus);
      const counted = formatCount(t);
      const same = counted === count;
      if (!same) differing++;
      if (t.of > 0) rates.push(t.hits / t.of);
      const weak = t.of > 0 && (definition.weak ?? fewerThanHalf)(t);
      out.push(`  ${word.padEnd(16)} ${(counted ?? 'null').padEnd(12)}${weak ? ' weak' : ''}${same ? '' : `  DIFFERS: the file says ${count ?? 'null'}`}`);
      if (examples) {
        for (const miss of t.misses.slice(0, 3)) out.push(`      - [${miss.sentence.ud.id}] ${miss.sentence.ud.text}`);
      }
    }
    const attested = rates.length === 0 ? 'none attested' : `${rates.length} attested, median ${percent(median(rates))}`;
    out.push(`  = ${list.words.length} words, ${attested}`);
  }
  out.push('', differing === 0 ? 'Every count agrees with data/grammar/.' : `${differing} counts differ from data/grammar/.`);
  process.stdout.write(out.join('\n') + '\n');
  if (differing > 0) process.exitCode = 1;
}

if (require.main === module) main();
