// Penn Treebank part-of-speech tagging with the averaged perceptron trained by
// `npm run train` on UD English EWT (models/README.md gives its licence and figures).

import { join } from 'node:path';
import { MODELS_DIR } from '../paths';
import type { Casing } from '../types';
import { HashedFeatures, partsOf } from './feature-hash';
import { HashedLinearModel } from './model-binary';
import { CARDINALS, SUBORDINATORS } from './grammar/function-words';
import { lexiconAllows, lexiconTags } from './tag-lexicon';
import { loadLinearModel } from './model-load';
import type { LinearModelFile } from './perceptron';
import { GroupedScorer, TAGGER_FEATURES } from './tagger-grouped';
import { SentenceFeatures } from './tagger-hashed';
import { START, registerOf } from './tagger-features';

export interface TaggerModelFile extends LinearModelFile {
  /** Frequent words that always carry one tag, looked up before the model. */
  tagdict: Record<string, string>;
}

export const TAGGER_PATH = join(MODELS_DIR, 'pos-tagger.json.gz');

export class Tagger {
  /** Tag ids: the model's classes, then START's two, then any other tag of the tag dictionary. */
  private readonly tagNames: string[];
  private readonly startIds: [number, number];
  private readonly sentence: SentenceFeatures;
  /** Scores from cached groups of features, where the model's sums allow it; else null. */
  private readonly grouped: GroupedScorer | null;
  private readonly features = new HashedFeatures(32);
  private readonly scores: Float64Array;
  /** CD's tag id: the one dictionary tag used in every casing, a spelled-out number being one in any. */
  private readonly cardinal: number;
  /** Per tag id, whether it is a closed class (CLOSED_CLASS_TAGS). */
  private readonly closed: boolean[];

  /** `groups`: false scores one feature at a time even where groups would do (tests). */
  constructor(
    private readonly model: HashedLinearModel,
    tagdict: Record<string, string>,
    groups = true,
  ) {
    this.tagNames = [...new Set([...model.classes, ...START, ...Object.values(tagdict)])];
    const tagId = new Map(this.tagNames.map((tag, id) => [tag, id]));
    this.startIds = [tagId.get(START[0] as string) as number, tagId.get(START[1] as string) as number];
    const dict = new Map(Object.entries(tagdict).map(([form, tag]) => [form, tagId.get(tag) as number]));
    this.cardinal = tagId.get('CD') ?? -1;
    this.closed = this.tagNames.map((tag) => CLOSED_CLASS_TAGS.has(tag) || ADDRESS_TAGS.has(tag));
    const cardinal = (form: string): number => (CARDINALS.has(form.toLowerCase()) ? this.cardinal : -1);
    this.sentence = new SentenceFeatures(partsOf(this.tagNames), (form) => dict.get(form) ?? cardinal(form));
    this.grouped = groups && model.exactSums(TAGGER_FEATURES) ? new GroupedScorer(model, this.sentence) : null;
    this.scores = new Float64Array(model.classes.length);
  }

  /** From a model as trained (train/). */
  static fromFile(file: TaggerModelFile): Tagger {
    return new Tagger(HashedLinearModel.fromFile(file), file.tagdict);
  }

  static load(path: string = TAGGER_PATH): Tagger {
    const { model, extra } = loadLinearModel<TaggerModelFile>(path);
    return new Tagger(model, extra.tagdict);
  }

  /** One Penn Treebank tag per word. */
  tag(forms: readonly string[], casing: Casing): string[] {
    const sentence = this.sentence;
    sentence.start(forms, casing, registerOf(closingWord(forms)));
    this.grouped?.reserve(forms.length);
    const result: string[] = [];
    let [prev, prev2] = this.startIds;
    for (let i = 0; i < forms.length; i++) {
      let tag = sentence.dictTag(i);
      if (casing !== 'sentence' && tag !== this.cardinal) tag = -1;
      if (tag === -1) {
        tag = this.best(i, prev, prev2);
        if (this.closed[tag] && !closedClassMember(forms[i] as string, this.tagNames[tag] as string)) tag = this.bestOpen(i, prev, prev2);
      }
      const name = this.tagNames[tag] as string;
      // "Report: Muslims/GW Were Attacked": EWT's GW marks a piece of a word split by a typo;
      // a whole word in news is a noun (the model's next tags are kept, as the model saw GW)
      result.push(name === 'GW' ? nounTagFor(forms[i] as string) : name);
      prev2 = prev;
      prev = tag;
    }
    mineAsNoun(forms, result);
    prefixesAsModifiers(forms, result);
    if (casing === 'sentence') {
      countryUs(forms, result);
      verbsBetweenNames(forms, result);
    }
    return result;
  }

  /** The model's best tag id for word i of an open class (a word `best` misread as closed-class). */
  private bestOpen(i: number, prev: number, prev2: number): number {
    this.sentence.write(i, prev, prev2, this.features);
    const scores = this.model.scoreInto(this.features, this.scores);
    let best = -1;
    for (let c = 0; c < scores.length; c++) if (!this.closed[c] && (best === -1 || (scores[c] as number) > (scores[best] as number))) best = c;
    return best;
  }

  /**
   * The model's tag id for word i after tags `prev` and `prev2`: the same from groups or one
   * feature at a time, which also decides the rare word the groups' float32 rows cannot.
   */
  private best(i: number, prev: number, prev2: number): number {
    if (this.grouped !== null) {
      const best = this.grouped.best(i, prev, prev2, this.scores);
      if (best !== -1) return best;
    }
    this.sentence.write(i, prev, prev2, this.features);
    return this.model.bestOf(this.features);
  }
}

/**
 * Tags of closed classes: pronouns, determiners, conjunctions, modals, prepositions and
 * particles. Their members are few and listed, so a word the tag lexicon never
 * gives such a tag is not one, whatever the model's context features say: "Quake, tsunamis/PRP$
 * kill more than 700", "Kurdish rebels accuse/IN Turkey", an unknown name read as "the" (DT).
 */
export const CLOSED_CLASS_TAGS: ReadonlySet<string> = new Set(['PRP', 'PRP$', 'DT', 'PDT', 'WDT', 'WP', 'WP$', 'CC', 'MD', 'EX', 'POS', 'IN', 'RP', 'TO']);

/**
 * EWT's ADD marks an e-mail or web address. A plain word is none, though the model's context
 * features may say so ("Two hurt/ADD", "several hurt/ADD" at a headline's end), so it is
 * treated as a closed class whose members the lexicon never lists.
 */
const ADDRESS_TAGS: ReadonlySet<string> = new Set(['ADD']);

/**
 * Whether a word the model gave the closed class `tag` can have it: the tag lexicon lists the
 * tag for it, or it is too short or not a plain word to judge ("to", "'s", "i", "th", "n't"), or
 * it is a subordinator the lexicon lacks ("whilst").
 */
export function closedClassMember(form: string, tag: string): boolean {
  if (!/^\p{L}{3,}$/u.test(form)) return true;
  const lower = form.toLowerCase();
  return lexiconAllows(lower, tag) || (tag === 'IN' && SUBORDINATORS.has(lower));
}

/** A sentence with no final stop: a headline or a title ("Three killed in strike"). */
export function isHeadlineForms(forms: readonly string[]): boolean {
  return registerOf(closingWord(forms)) === 'headline';
}

/** The last word before any closing quotes or brackets. */
export function closingWord(forms: readonly string[]): string | undefined {
  let k = forms.length - 1;
  while (k > 0 && /^["'”’)\]»]+$/.test(forms[k] as string)) k--;
  return forms[k];
}

let shared: Tagger | null = null;

/** The shipped model, loaded once on first use. */
export function defaultTagger(): Tagger {
  shared ??= Tagger.load();
  return shared;
}

/** A noun tag for a word the model marked as a piece of another (GW): a name when capitalised. */
function nounTagFor(form: string): string {
  if (!/^\p{Lu}/u.test(form)) return 'NN';
  return /s$/.test(form) && form.length > 3 ? 'NNPS' : 'NNP';
}

/**
 * "pentagon confirms death of us troops", "iraqis killed by us forces": in a sentence with no
 * capital letter (a headline written in lower case), "us" before a noun or an adjective is the
 * United States, a name, not the pronoun, unless a verb before it takes it as its object ("gives
 * us hope"). The model's tags after it stay as it chose them.
 */
function countryUs(forms: readonly string[], tags: string[]): void {
  for (let i = 0; i < forms.length - 1; i++) {
    if (forms[i] !== 'us' || !/^(NN|JJ)/.test(tags[i + 1] as string) || /^(VB|MD|TO)/.test(tags[i - 1] ?? '')) continue;
    if (forms.some((f) => /\p{Lu}/u.test(f))) return;
    tags[i] = 'NNP';
  }
}

/**
 * "Sgt. Eric Daniel shot Smith twice": in a sentence in sentence case, capitals mark names, so a
 * word in lower case between two capitalised proper nouns, which the model read as part of one
 * name or as a noun between two, is a verb when the tag lexicon knows it as a past tense and
 * never as a proper noun (not "Francis de Sales", "the Smith family Tuesday"). The present's -s
 * form is left alone: in names it is a plural as often ("Foz do Iguaçu", "Nationwide tints Ltd").
 */
function verbsBetweenNames(forms: readonly string[], tags: string[]): void {
  for (let i = 1; i < forms.length - 1; i++) {
    const tag = tags[i] as string;
    if ((!PROPER.test(tag) && tag !== 'NN') || !/^\p{Ll}+$/u.test(forms[i] as string)) continue;
    if (!capitalisedName(forms[i - 1] as string, tags[i - 1] as string) || !capitalisedName(forms[i + 1] as string, tags[i + 1] as string)) continue;
    const known = lexiconTags(forms[i] as string).split('/');
    if (known.includes('VBD') && !known.includes('NNP')) tags[i] = 'VBD';
  }
}

const PROPER = /^NNPS?$/;

/**
 * "gold mine flood traps 9", "Mine collapse traps 20", "dead in mine blast", "killed by a land
 * mine": "mine" after a determiner, an adjective, a noun or a number, or before a noun, is the
 * noun (a pit, a hidden bomb), not the pronoun that the model learnt from EWT, where 19 of the 21
 * in its training and dev files are the pronoun ("a friend of mine"). With no noun after it, after
 * a preposition or a verb ("gave mine to", "is mine"), it stays the pronoun; after "to" it is the
 * verb's place ("plans to mine the hills"). The model's tags after it stay as it chose them. Stop
 * 69: the model read 99 of the 128 "mine"s of stop 68's dev texts as the pronoun, where one is the
 * pronoun and two are verbs; with this repair 11 of the 130 of stop 69's stay so.
 */
function mineAsNoun(forms: readonly string[], tags: string[]): void {
  for (let i = 0; i < forms.length; i++) {
    if (tags[i] !== 'PRP' || (forms[i] as string).toLowerCase() !== 'mine') continue;
    const before = tags[i - 1] ?? '';
    if (NOUN_PHRASE_BEFORE.test(before) || (/^NN/.test(tags[i + 1] ?? '') && !/^(TO|MD|RB|JJS)$/.test(before) && forms[i - 1]?.toLowerCase() !== 'to')) tags[i] = 'NN';
  }
}

/**
 * "Gunman kills ex/RB-Ruritanian official", "holds pro/NN-Zenda fighters": a prefix split
 * from its word at a hyphen modifies what the word heads, as an adjective does ("ex-president",
 * "pro-government militiamen"); read as an adverb or a noun, it ends the phrase before the word
 * it belongs to. Tagged JJ, which every phrase chunker takes (EWT's AFX, which the model gives
 * "anti" at times, none does). Only words that are nothing but prefixes (not "self", a noun in
 * EWT's "self-defense"). The model's tags after it stay as it chose them.
 */
function prefixesAsModifiers(forms: readonly string[], tags: string[]): void {
  for (let i = 0; i + 2 < forms.length; i++) {
    if (forms[i + 1] === '-' && PREFIXES.has((forms[i] as string).toLowerCase())) tags[i] = 'JJ';
  }
}

/** Words that are only prefixes, written before a hyphen: "ex-", "pro-", "anti-", "non-". */
const PREFIXES: ReadonlySet<string> = new Set(['ex', 'pro', 'anti', 'non', 'pre', 'post', 'co', 'counter', 'semi', 'multi', 'neo', 'mid', 'pseudo', 'quasi', 'ultra', 'inter']);

/** Tags of a word that a noun "mine" can follow inside its noun phrase ("a", "coal", "Afghan", "two", "its", "China's", "land-"). */
const NOUN_PHRASE_BEFORE = /^(DT|PDT|JJ|JJR|NN|NNS|NNP|NNPS|CD|PRP\$|POS|HYPH)$/;

function capitalisedName(form: string, tag: string): boolean {
  return PROPER.test(tag) && /^\p{Lu}/u.test(form);
}
