// The harm lexicon as loaded from data/harm/*.yml (format in the files' headers and docs/harm.md).

/**
 * reflexive: the subject does it to itself, doer and victim at once ("committed suicide").
 * bereaved: the subject loses the people of its object, who are the dead; no doer is named
 * ("lost 19 family members in an air raid").
 */
export type VerbFrame = 'transitive' | 'intransitive' | 'both' | 'state' | 'result' | 'reflexive' | 'bereaved';
export type NounFrame = 'transitive' | 'intransitive';
/** What the one harmed must be (verbs.yml, "victim"). */
export type VictimKind = 'person' | 'person-noun' | 'home' | 'place' | 'country' | 'vehicle' | 'hostage' | 'prisoner' | 'body-part' | 'any';
/** What a cause noun stands for (causes.yml). */
export type CauseClass = 'weapon' | 'vehicle' | 'attack' | 'abstraction' | 'natural';

interface EntryBase {
  id: string;
  /** Wordings in the pattern language of docs/lexicon.md. */
  words: string[];
  victim: VictimKind;
  /** Counts only in a sentence with another word of violence. */
  needsViolence: boolean;
  /** Counts only in a sentence that reports no other harm (a crime a charge names: "charged with aggravated assault"). */
  alone: boolean;
  /** Counts only in a sentence that names victims by a word for them ("the victim", "victims"). */
  needsVictimWord: boolean;
  /** A noun that counts only with its own victims named, people in its of-phrase or genitive ("the capture of two soldiers", "his capture"). */
  needsOwnVictim: boolean;
  /** Counts only where the harm's cause is an accident or a disaster ("mine blast traps 12"; not "trapped in the war"). */
  needsDisaster: boolean;
  sources: string[];
  file: string;
}

export interface VerbEntry extends EntryBase {
  pos: 'verb';
  frame: VerbFrame;
  /** Kind of harm; for result verbs, per result word (`results`). */
  harm: string;
  /** Result verbs: the word after the victim → kind of harm ("leave dozens dead"). */
  results: ReadonlyMap<string, string>;
  /** The wordings exist only in the passive ("forced to flee"): a noun after them is not an object. */
  passiveOnly: boolean;
  /** A weapon or attack named after it can be its cause (not so for arrest, abduction, ...). */
  takesCause: boolean;
}

export interface NounEntry extends EntryBase {
  pos: 'noun';
  frame: NounFrame;
  harm: string;
  /** The noun can also name the cause of another harm event. */
  cause: CauseClass | null;
}

export type HarmEntry = VerbEntry | NounEntry;

/** Which form of a verb a word is: decides voice with the words around it. */
export type VerbForm = 'base' | 'present' | 'past' | 'ing';

export interface HarmLexicon {
  entries: HarmEntry[];
  /** Single lower-case words → their class. */
  causes: ReadonlyMap<string, CauseClass>;
  people: ReadonlySet<string>;
  forces: ReadonlySet<string>;
  homes: ReadonlySet<string>;
  /** Homes and the other populated places of places.yml: what a strike on is harm. */
  places: ReadonlySet<string>;
  /** One-word harm nouns ("killings", "evictions"). */
  harmNouns: ReadonlySet<string>;
  /** Words that show a sentence is about violence (context.yml plus all of the above). */
  violence: ReadonlySet<string>;
  /** Word lists for the rules (wordlists.yml), by name. */
  lists: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every verb form the lexicon knows, with its form (for "killed" vs "kills"). */
  verbForms: ReadonlyMap<string, readonly VerbForm[]>;
  /**
   * The forms of the verbs that harm only a part of the body ("cut", "break": verbs.yml
   * maim-body-part), kept out of `verbForms`, which the rules read as words of harm.
   */
  bodyPartVerbForms: ReadonlyMap<string, readonly VerbForm[]>;
}
