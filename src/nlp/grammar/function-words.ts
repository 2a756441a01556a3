// Closed classes of English words, lower case: auxiliaries, pronouns, conjunctions,
// prepositions, quantifiers, time words. Open-class lists that encode a judgement (which
// verbs take two objects, which participles are psychological) are data, in data/grammar/.

import { canBeParticiple, irregularForms } from './verb-forms';

const words = (text: string): readonly string[] => text.trim().split(/\s+/);
const setOf = (...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> => new Set(lists.flat());

// Auxiliaries.

/**
 * Verbs of beginning and going on, whose -ing complement shares their subject: "began shooting
 * at him", "started firing", "kept beating him" (not "stop", whose complement is not done).
 */
export const ASPECTUAL_VERBS = setOf(words('start starts started starting begin begins began begun beginning continue continues continued continuing keep keeps kept keeping resume resumes resumed resuming'));

/** Forms of "be": the auxiliary of the full passive ("were shot", "has been destroyed"). */
export const BE_FORMS = setOf(
  irregularForms('be') ?? [],
  words("are were am 's ’s 're ’re 'm ’m"),
  // the first half of "isn't", "wasn't" as the tokenizer splits them
  words('isn aren wasn weren'),
);
/** "is", "are", "was", "were": "be" as a finite verb ("Attached is the draft"). */
export const FINITE_BE = setOf(words('is are was were'));
/** Forms of "get": the get-passive ("got fired", "getting arrested"). */
export const GET_FORMS = setOf(irregularForms('get') ?? []);
/** Forms of "have", contracted too: the perfect ("have killed") is active, not passive. */
export const HAVE_FORMS = setOf(irregularForms('have') ?? [], words("'ve ’ve 'd ’d"));
/** "do" as an auxiliary ("did not shoot"). */
export const DO_FORMS = setOf(irregularForms('do') ?? []);
/** Modal and future auxiliaries (data/harm rules' %modal). */
export const MODALS = setOf(words("will would could can may might shall should must 'll wo ca ought"));
/** The auxiliaries before a participle, spelled out: "is", "has been", "got". */
export const PASSIVE_AUXILIARIES = setOf(words('is are was were be been being has have had get gets got'));
/** Words that stand between an auxiliary and its participle, besides adverbs ("were both killed"). */
export const BETWEEN_AUXILIARY_AND_VERB = setOf(words("n't either neither both all"));

/**
 * Linking verbs, every form: a participle after one is a state, not a passive (the passive
 * manual: "remain stranded"; "stays shut", "feel abandoned", "became trapped").
 */
export const LINKING_VERBS = setOf(
  words('remain remains remained remaining stay stays stayed staying seem seems seemed seeming appear appears appeared appearing'),
  words('become becomes became becoming feel feels felt feeling look looks looked looking sound sounds sounded'),
);

// Verbs of saying.

/** Verbs that report speech, as [base, third person singular, past]. */
const SAYING_VERBS: ReadonlyArray<readonly [string, string, string]> = [
  ['say', 'says', 'said'], ['tell', 'tells', 'told'], ['claim', 'claims', 'claimed'], ['allege', 'alleges', 'alleged'],
  ['warn', 'warns', 'warned'], ['insist', 'insists', 'insisted'], ['deny', 'denies', 'denied'],
  ['confirm', 'confirms', 'confirmed'], ['report', 'reports', 'reported'], ['announce', 'announces', 'announced'],
  ['state', 'states', 'stated'], ['add', 'adds', 'added'],
];
/** A verb of saying in any finite form: "said", "says", "claim". */
export const SAYING_FORMS = setOf(SAYING_VERBS.flat());
/** A verb of saying in the present, after which a headline may drop the reported clause's subject ("Israel says 3 killed"). */
export const SAYING_PRESENT = setOf(
  SAYING_VERBS.flatMap(([base, third]) => [base, third]),
  // "Israel admits 3 killed": an admission reports a clause too, though its subject is no mere source
  ['admit', 'admits'],
);

// Pronouns.

const NOMINATIVE = words('i he she we they');
const OBJECTIVE = words('me you him her us them it');
// (and a headline's "self": "Prisoner kills self")
const REFLEXIVE = words('himself herself themselves itself ourselves myself self');
/** Pronouns in the object case, reflexives among them. */
export const OBJECT_PRONOUNS = setOf(OBJECTIVE, REFLEXIVE);
/** Reflexive pronouns: "shot himself", a headline's "kills self". */
export const REFLEXIVES = setOf(REFLEXIVE);
/** Indefinite pronouns for people: "someone", "nobody" (no antecedent of a personal pronoun). */
export const INDEFINITE_PERSONS = setOf(words('everyone everybody someone somebody nobody anyone anybody'));
/** A whole object in one word: an object pronoun or "everyone", "someone", "nobody". */
export const ONE_WORD_OBJECTS = setOf(OBJECTIVE, REFLEXIVE, words('everyone everybody someone nobody'));
/** Pronouns that can be people ("them", "he", "himself"); "it" cannot. */
export const PERSONAL_PRONOUNS = setOf(
  words('i me you he him she her we us they them himself herself themselves ourselves myself yourself yourselves self one who whom'),
);
/** Subject-only pronouns: after "said" they start a new clause ("Police said they shot ..."). */
export const NOMINATIVE_PRONOUNS = setOf(NOMINATIVE);
/** Subjects of a clause of their own before a participle: "they", "you", "who". */
export const SUBJECT_PRONOUNS = setOf(NOMINATIVE, ['you', 'who']);
/** Subjects the voice classifier reads before a verb: those, "it", and the relatives "which", "that". */
export const SUBJECT_WORDS = setOf([...SUBJECT_PRONOUNS], ['it', 'which', 'that']);
/** Pronoun-like words that stand for people by themselves: "those", "everyone", "many". */
export const STANDALONE_PEOPLE = setOf(words('those these everyone anyone others many some all both'));
/** Determiners that stand alone as the agent: "argued by some", "criticised by many". */
export const PRONOMINAL_DETERMINERS = setOf(words('some many others all both most few several those these each either neither any'));
/** Relative pronouns: "the soldiers who killed the boy", "the man who was shot". */
export const RELATIVES = setOf(words('who that which whom'));
/** Relative pronouns that open a clause of a person as its subject: "the man who shot", "Lawmaker Who Assaulted Reporter". */
export const RELATIVE_SUBJECTS = setOf(words('who that'));
/** "the army's": the possessive clitic as the tokenizer splits it. */
export const POSSESSIVE_CLITICS = setOf(["'s", '’s']);

// Conjunctions.

/** Coordinators joining participles ("were arrested and beaten"). */
export const COORDINATORS = setOf(words('and or but nor &'));
/** Coordinators of verbs and noun phrases. */
export const AND_OR = setOf(words('and or &'));
/** Words that open a clause of their own: a noun phrase after them is that clause's. */
export const SUBORDINATORS = setOf(words('as when while whilst because since until if unless although though once where whereas how why whether that'));
/** Words that end a clause for a search for its finite verb: subordinators, "and", "but", a comma. */
export const CLAUSE_ENDS = setOf(words('as while when after before because since until although though if and but'), [',', ';']);
/** Words that open a subordinate or relative clause ("... as the storm kept ..."). */
export const SUBORDINATE_OPENERS = setOf(
  words('as while when whereas because since if after before until although though'),
  words('that which who whom whose where'),
);
/** Conjunctions that open a clause reduced to its participle ("when asked", "if elected"). */
export const REDUCED_CLAUSE_OPENERS = setOf(words('when if unless as until though although while whether'));

// Prepositions.

/** Prepositions that also open a clause: "died after police opened fire on demonstrators". */
export const CLAUSE_PREPOSITIONS = setOf(words('after before since until till as than'));
/** Prepositions that introduce an -ing adjunct whose doer is the main clause's subject:
 * "arrested after shooting three people", "accused of beating". */
export const ADJUNCT_PREPOSITIONS = setOf(words('after before while by for of with without upon on since when despite instead'));
/** Prepositions the tagger may read as adjectives or adverbs ("shot dead near/JJ Jenin"): a noun phrase never starts with one. */
export const PLACE_PREPOSITIONS = setOf(words('near outside inside behind beside opposite across along amid amidst off beyond toward towards beneath below above despite'));
/** Prepositions that can name the cause of a harm: "killed in a strike", "wounded by
 * shrapnel", "died of starvation", "shot with a rubber bullet". */
export const CAUSE_PREPOSITIONS = setOf(words('in by from after during amid amidst under with following of through'));
/** Prepositions that attach an attack to a harm: "death toll from Russian attacks", "amid Israeli airstrikes". */
export const ATTACK_PREPOSITIONS = setOf(words('in from amid by after during under following of since'));
/** Prepositions after which a country or place is where, not who: "killed in Israel". */
export const LOCATIVE_PREPOSITIONS = setOf(words('in at near inside across into to towards toward of on around outside'));
/** Prepositions that place the harm: "killed in Gaza", "across the West Bank". */
export const PLACING_PREPOSITIONS = setOf(words('in across from at near inside throughout on of'));
/** What a shot is fired at: "fired on the march", "opened fire into the crowd". */
export const FIRE_PREPOSITIONS = setOf(words('on upon at into'));
/** Particles of a verb with no object: "Police shot at protesters", "Troops shot into the crowd". */
export const INTRANSITIVE_PARTICLES = setOf(words('at into through back up out off down on upon'));
/**
 * Particles of phrasal verbs with an object after them ("hand over captured troops", "round up
 * 40 protesters", "gun down"), and the prepositions that name an attack's target after its noun
 * ("attack on a police station", "strikes against").
 */
export const [OBJECT_PARTICLES, TARGET_PREPOSITIONS] = [setOf(words('over up down off out back')), setOf(words('on against'))];
/** Second halves of compound adjectives: "burned-out", "laid-back", "marked-up". */
export const COMPOUND_PARTICLES = setOf(words('out up off down over in back on away'));

// Quantities.

/**
 * Cardinal numbers spelled out, always CD in Penn Treebank whatever the casing: the tagger
 * reads them so in lower-case and Title Case headlines too, where its suffix features made
 * "fourteen dead in blast" a participle ("-teen" like "beaten"). "one" is left out: also a
 * pronoun and a noun ("the one who").
 */
export const CARDINALS = setOf(
  words(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred thousand million billion`),
);
/** The articles: "kills an estimated 500", "a reported 30 dead". */
export const ARTICLES = setOf(words('a an the'));
/** Counts of people: "Hundreds killed", "kill 12", "tens of thousands". */
export const NUMBER_WORDS = setOf(
  words('one'),
  [...CARDINALS].filter((w) => w !== 'billion'),
  words(`hundreds thousands millions dozen dozens scores tens several many more most few some all
  both none`),
);
/**
 * How often, not whom: "shot him twice", "stabbed several times", "fired once" (a count of
 * times after a verb is no object).
 */
export const REPETITIONS = setOf(words('times twice once'));
/** Ordinals spelt out, which count an instance rather than name a kind: "fourth bird flu death". */
export const ORDINAL_WORDS = setOf(words('first second third fourth fifth sixth seventh eighth ninth tenth'));
/** The letters of an ordinal a tokeniser split from its number: "32nd" → "32", "nd". */
export const ORDINAL_SUFFIXES = setOf(words('st nd rd th'));
/** Heads of a partitive whose real head follows "of": "dozens of protesters", "members of". */
export const PARTITIVES = setOf(
  [...NUMBER_WORDS],
  words('members member group groups number lot lots majority rest half each some any total'),
  words('third quarter fifth tenth share proportion percent handful score scores one two three'),
);
/** Two-word openers of a counted noun phrase: "at least 40 people", "more than 200". */
export const QUANTIFIER_OPENERS: ReadonlyArray<readonly [string, string]> = [
  ['at', 'least'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'], ['as', 'many'], ['an', 'estimated'],
];
/** One-word openers: "nearly 300", "about 20", "some 40", "over 100", "near 50". */
export const QUANTIFIER_WORDS = setOf(words('nearly almost about around some over roughly approximately another near'));
/** How many words of a quantifier open the words at `k` (lower case): "more than", "at least" 2; "nearly", "over" 1; none 0. */
export function quantifierLength(lower: (k: number) => string | undefined, k: number): number {
  if (QUANTIFIER_OPENERS.some(([a, b]) => lower(k) === a && lower(k + 1) === b)) return 2;
  return QUANTIFIER_WORDS.has(lower(k) ?? '') ? 1 : 0;
}

/**
 * "62 killed 400 wounded", "9 killed nearly 60 hurt": at `k`, a count (with its
 * quantifier) and a participle of its own, the next item of a headline's list of casualties.
 * (The tagger may read a participle after a count as an adjective: "400 wounded/JJ".)
 */
export function countWithParticipleAt(words: ReadonlyArray<{ lower: string; tag: string }>, k: number): boolean {
  const count = k + quantifierLength((j) => words[j]?.lower, k);
  const after = words[count + 1];
  return words[count]?.tag === 'CD' && !!after && (/^VB[DN]$/.test(after.tag) || (after.tag === 'JJ' && canBeParticiple(after.lower)));
}
/** Participles that keep a captive's state after them in the passive ("held hostage", "taken prisoner"). */
export const CAPTIVE_VERBS = setOf(words('held kept taken'));
/** The states they keep: "hostage", "captive", "prisoner". */
export const CAPTIVE_STATES = setOf(words('hostage hostages captive captives prisoner prisoners'));

/** Units that make a number an amount, not people: "by 67%", "by 10 percent", "by 5 per cent", "by two points". */
export const AMOUNT_UNITS = setOf(words('% percent per percentage points point'));
/** Currency signs: "slashed by $2 billion". */
const CURRENCY_SIGNS = setOf(words('$ £ € ¥'));

/**
 * "dropped by 67%", "cut by $2 billion": the words at `k` give an amount (a number and its
 * unit, or a sum of money), so a "by" before them names the size of a change, never a doer
 * ("killed by 2 gunmen" has people after its number).
 */
export function amountAt(words: ReadonlyArray<{ lower: string; tag: string }>, k: number): boolean {
  const first = words[k];
  if (!first) return false;
  if (CURRENCY_SIGNS.has(first.lower)) return true;
  return first.tag === 'CD' && (/%$/.test(first.lower) || AMOUNT_UNITS.has(words[k + 1]?.lower ?? ''));
}

/** Plural nouns without a plural ending, which take a plural verb: "police storm the house". */
export const UNMARKED_PLURALS = setOf(words('police people personnel'));

// Time.

const DAYS = words('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight');
/** The day a headline dates its news by: "released by Hamas today", "Monday". */
export const DAY_WORDS = setOf(DAYS);
/** Days, months and the like: "killed Saturday" is not "killed (something called) Saturday". */
export const TIME_WORDS = setOf(
  DAYS,
  words('overnight'),
  words('january february march april may june july august september october november december'),
  words('jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'),
  words('last this weekend morning afternoon evening night midnight noon dawn week month year end time then now'),
);
/** Units of a span of time: "killed over two days", "detained hours after". */
export const DURATIONS = setOf(words('minutes hours days weeks months years minute hour day week month year decade decades moments'));
/** Words that make a span of time relative: "two weeks ago", "days after". */
export const RELATIVE_TIME = setOf(words('after before later ago earlier'));

// Punctuation read as words.

/** Marks that end a clause for the cause and subject searches. */
export const CLAUSE_BREAKS = setOf([';', ':', '--', '—', '–', '(', ')', '"', '“', '”']);

/** Quote marks as words: those that open a quotation ('were "lightly injured"'), those that close one, and both. */
const OPENING_QUOTES = ['"', '“', "'", '‘'];
const CLOSING_QUOTES = ['"', '”', "'", '’'];
export const OPENING_QUOTE_MARKS = setOf(OPENING_QUOTES);
export const CLOSING_QUOTE_MARKS = setOf(CLOSING_QUOTES);
export const QUOTE_MARKS = setOf(OPENING_QUOTES, CLOSING_QUOTES);

/** One preposition each, for the searches that take a set of words: "died of", "treated for", "suffered from". */
export const OF = setOf(['of']);
export const FOR = setOf(['for']);
export const FROM = setOf(['from']);

/** Prefixes a hyphen joins to a verb, which stay part of it: "Re-Elected", "co-opted", "mis-sold". */
export const VERB_PREFIXES = setOf(words('re co pre un mis over under out de dis'));
/** Nouns hyphened into a verb of their own, not a compound adjective: "gang-raped" (dictionaries list "gang-rape"). */
export const INCORPORATED_NOUNS = setOf(words('gang'));

/** Words that negate what follows: "not an accidental shooting", "no accidental death". */
export const NEGATORS = setOf(['not', "n't", 'no', 'never']);

/** What a gun fires, which "fired" right after it says was fired ("shots fired at a house"), not who fired. */
export const FIRED_THINGS = setOf(words('shot shots gunshot gunshots round rounds bullet bullets volley volleys salvo salvoes salvos'));

/** Verbs of granting or withholding that keep what is granted as a second object in the passive. */
export const GRANTING = setOf(words('refused denied granted'));
/** What a court, a state or a border grants or withholds: "refused bail", "denied entry", "granted asylum". */
export const GRANTED = setOf(words('bail entry access parole asylum visa visas permission passage citizenship residency clemency pardon release treatment'));

/**
 * Points of the compass: before "of" they open a place ("killed north of the city"), no object
 * of the verb before them; hyphened, the tokeniser keeps the halves apart.
 */
export const COMPASS_POINTS = setOf(words('north south east west northeast northwest southeast southwest'));
/** Words that with "of" make a preposition: "inside of the car", "ahead of the summit", "because of the storm". */
export const PREPOSITIONS_BEFORE_OF = setOf(words('inside outside ahead because instead regardless'));
