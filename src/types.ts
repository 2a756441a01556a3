// The public annotation contract. Other tools read this shape (see README, "Annotation
// contract"): change it only additively.

/** A stretch of the input: UTF-16 offsets, so `input.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Whose words: the outlet's own, inside quotation marks, or attributed to a speaker ("X said"). */
export type Voice = 'outlet' | 'quoted' | 'attributed';

/** Fields every annotation carries. */
export interface AnnotationBase extends Span {
  type: string;
  /**
   * Stable id of the rule or model that decided it: "passive/must/reported-in-a-state" (a
   * rule of src/detectors/must-be-passive.ts), "passive/model" (the voice classifier; its
   * margin is in `score`), "passive/list" (shares a later participle's passive), "harm/...".
   * docs/passive.md lists the passive ids.
   */
  rule: string;
  /** A sentence a reader can check against the text. */
  explanation: string;
  /** Whose words (issue 16). Always set by analyze(); optional so stored annotations still type-check. */
  voice?: Voice;
  /** Who the words are quoted from or attributed to, when the text names them. */
  speaker?: Span | null;
}

export type PassiveForm = 'full' | 'get' | 'reduced';

/** "were shot", "got fired", "Hundreds killed as ...", "a policy aimed at ...". */
export interface PassiveAnnotation extends AnnotationBase {
  type: 'passive';
  form: PassiveForm;
  /** The participle ("shot"). */
  verb: Span;
  /** The noun phrase of the by-phrase ("police" in "shot by police"), or null. */
  agent: Span | null;
  /** When the voice classifier decided: by how much its passive score passed its threshold. */
  score?: number;
}

export type Agency =
  | 'active'
  | 'passive-with-agent'
  | 'agentless-passive'
  | 'intransitive'
  | 'nominalization'
  | 'instrument'
  /** Verbless "Ten dead in Gaza", "found dead", harm known only from "bodies" (issue 13). */
  | 'other';

/** What caused the harm (../shared/guidelines/harm.md, "Cause of the harm"). */
export type HarmCause = 'violence' | 'accident' | 'natural' | 'legal' | 'deprivation';

/**
 * How the text links a party to the harm, whatever the grammar: as the doer
 * (`grammatical`), only as a modifier of the event or weapon ("Israeli airstrike kills 19"),
 * only in another clause ("37 killed as army launches strikes"), or not at all.
 */
export type ResponsibilityLink = 'grammatical' | 'modifier' | 'clause' | 'none';

export interface Responsibility {
  party: Span | null;
  link: ResponsibilityLink;
}

/** Who the victims are, as the text states it: lower-case values (docs/harm.md, "Victims"). */
export interface VictimGroup {
  /** "palestinian", "israeli", "alawite", ...: nationality, ethnic or religious group. */
  nationality: string | null;
  /** "civilian", "child", "journalist", "soldier", ... */
  role: string | null;
}

/** A report of harm to people (issue 3). */
export interface HarmAnnotation extends AnnotationBase {
  type: 'harm';
  /** Kind of harm: killing, shooting, wounding, arrest, ... */
  harm: string;
  event: Span;
  victim: Span | null;
  agent: Span | null;
  agency: Agency;
  // Added in issue 13. Always set by analyze(); optional so annotations stored before them
  // (corpus stores, exported files) still type-check.
  cause?: HarmCause;
  responsible?: Responsibility;
  victimGroup?: VictimGroup;
}

export interface LexiconSource {
  /** Short id of the source in the lexicon's source list. */
  id: string;
  /** Who published it, when the lexicon says (issue 16). */
  publisher?: string;
  title: string;
  /** When it was published (YYYY, YYYY-MM or YYYY-MM-DD), when the lexicon says. */
  date?: string;
  url: string;
  /** The site the copy at `url` was read on, when it is not the publisher's own (issue 16). */
  via?: string;
}

/** A euphemism or loaded label from the lexicon (issue 3). */
export interface EuphemismAnnotation extends AnnotationBase {
  type: 'euphemism';
  category: string;
  /** Id of the lexicon entry. */
  entry: string;
  /** For a phrase in another language (Arabic): the phrase rendered in English. */
  gloss?: string;
  alternative: string;
  sources: LexiconSource[];
  contested: boolean;
  /** A note on one well-known use of the term, when the text is about that case (issue 16). */
  case?: string;
}

export type Annotation = PassiveAnnotation | HarmAnnotation | EuphemismAnnotation;

export interface SentenceSpan extends Span {
  /** "sentence" for ordinary prose, "title" for Title Case, "upper" for ALL CAPS. */
  casing: Casing;
}

export type Casing = 'sentence' | 'title' | 'upper';

/** One harm event as the summary lists it: who → did what → to whom; null = not named. */
export interface HarmTriple {
  agent: string | null;
  event: string;
  victim: string | null;
  agency: Agency;
  harm: string;
}

/** Harm events of one text (docs/harm.md, "Summary"). */
export interface HarmSummary {
  events: number;
  /** Events that name their agent, and those that do not (agent omission). */
  agentNamed: number;
  agentOmitted: number;
  byAgency: Record<Agency, number>;
  /** Events per kind of harm ("killing", "arrest", ...); only kinds that occur. */
  byHarm: Record<string, number>;
  /** In text order. */
  triples: HarmTriple[];
  /** Index, among the document's harm annotations, of the primary (most severe) harm; null when none. Always set by analyze() (issue 13). */
  primary?: number | null;
}

export interface Summary {
  words: number;
  sentences: number;
  /** Number of annotations per type ("passive", "harm", "euphemism"). */
  counts: Record<string, number>;
  passives: { full: number; get: number; reduced: number; withAgent: number; agentless: number };
  /** Always set by analyze(); optional so summaries stored before harm events still type-check. */
  harm?: HarmSummary;
}

/** What `analyze(text)` returns. */
export interface Analysis {
  text: string;
  sentences: SentenceSpan[];
  /** Sorted by start, then by end. */
  annotations: Annotation[];
  summary: Summary;
}

// ---- internal pipeline types (not part of the JSON contract) ----

/** A token with its offsets into the input and its Penn Treebank tag. */
export interface Token extends Span {
  /** Lower-cased text, for lookups. */
  lower: string;
  /** Penn Treebank tag from the tagger (NN, VBN, ...). */
  tag: string;
}

export interface TaggedSentence extends SentenceSpan {
  tokens: Token[];
}

/** What every detector sees: the input and its tagged sentences. */
export interface Document {
  text: string;
  sentences: TaggedSentence[];
}

/** A detector looks at one tagged document and returns annotations. */
export interface Detector {
  id: string;
  /** Annotations already produced by earlier detectors are passed in (harm reads passives). */
  detect(doc: Document, earlier: readonly Annotation[]): Annotation[];
}
