// Closed word lists the detectors share. Lower case.

/** Forms of "be": the auxiliary of the full passive ("were shot", "has been destroyed"). */
export const BE_FORMS = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', "'re", '’re', "'m", '’m',
  'isn', 'aren', 'wasn', 'weren',
]);

/** Forms of "get": the get-passive ("got fired", "getting arrested"). */
export const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/** Forms of "have": the perfect ("have killed") is active, not passive. */
export const HAVE_FORMS = new Set(['have', 'has', 'had', 'having', "'ve", '’ve', "'d", '’d']);

/** Words that may stand between an auxiliary and its participle ("was only asked"). */
export const ADVERB_TAGS = new Set(['RB', 'RBR', 'RBS']);

/** Coordinators joining participles ("were arrested and beaten"). */
export const COORDINATORS = new Set(['and', 'or', 'but', 'nor', '&']);

/** Days, months and the like: "killed Saturday" is not "killed (something called) Saturday". */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'overnight', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.',
  'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'last', 'this',
  'weekend', 'morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', 'dawn', 'week',
  'month', 'year', 'end', 'time', 'then', 'now',
]);

/**
 * Past participles not in -ed or -en. With those endings, the forms a passive can take:
 * "shot", "held", "hit" can be participles, "shoot" and "battle" cannot.
 */
const IRREGULAR_PARTICIPLES = new Set(
  `born borne become begun bent bet bid bled blown bred brought built burnt burst bought cast
  caught clung come cost crept cut dealt dug done drawn dreamt drunk dwelt fed felt fought found
  fled flung flown gone ground grown hung had heard hit held hurt kept knelt known laid led leant
  leapt learnt left lent let lain lit lost made meant met paid put quit read rid rung run said seen
  sought sold sent set sewn shed shone shot shown shrunk shut sung sunk sat slain slept slid slung
  slit smelt sown sped spelt spent spilt spun spat split spoilt spread sprung stood stuck stung
  stunk struck strung sworn swept swum swung taught torn told thought thrust understood upset wed
  wept won wound withdrawn withheld wrung dreamt blest dwelt`.split(/\s+/),
);
/**
 * Forms that are past participles and nothing else: no base form, present or past tense
 * shares them ("beaten", not "beat"; "taken", not "took"). A tagger that calls one a base
 * form or a noun is wrong, whatever the context.
 */
export const PARTICIPLE_ONLY = new Set(
  `beaten bitten broken chosen driven eaten fallen forbidden forgiven forgotten frozen given
  hidden ridden risen shaken spoken stolen sworn taken thrown torn woken worn written drawn
  grown shown blown flown sewn sown slain withdrawn overthrown mistaken undertaken overtaken
  rewritten beholden stricken trodden undone overdone outdone begun drunk sung sunk shrunk
  stunk sprung swum rung`.split(/\s+/),
);

const PARTICIPLE_PREFIX = /^(re|un|over|under|mis|out|with|fore|up|down|pre|co|de|dis)-?/;

export function canBeParticiple(lower: string): boolean {
  if (/(ed|en|wn|ne)$/.test(lower) || IRREGULAR_PARTICIPLES.has(lower)) return true;
  return IRREGULAR_PARTICIPLES.has(lower.replace(PARTICIPLE_PREFIX, ''));
}

/**
 * Participles of verbs that must have an object when active. With no object after them and
 * no auxiliary before, they can only be passive: "Hundreds killed, thousands displaced",
 * "Dozens wounded as police open fire". Mostly verbs of harm, where headlines drop the
 * auxiliary most.
 */
export const OBLIGATORILY_TRANSITIVE = new Set(
  `killed wounded injured arrested detained abducted kidnapped tortured executed displaced
  demolished captured massacred slaughtered beheaded imprisoned jailed deported evicted
  expelled bombed shelled targeted raided murdered assassinated lynched beaten stabbed hanged
  sentenced convicted rescued shot gunned maimed mutilated raped assaulted besieged starved
  bulldozed razed torched looted detonated arrested interrogated disappeared summoned
  sacked dismissed ousted deposed elected appointed named founded
  freed released violated condemned criticised criticized blamed accused fined banned barred
  destroyed damaged seized confiscated buried identified hospitalised hospitalized indicted
  acquitted sued pardoned exonerated ambushed bombarded abused harassed persecuted silenced
  censored exiled flogged poisoned vandalised vandalized hijacked gassed urged`.split(/\s+/),
);

/**
 * Participles of psychological verbs whose object is the experiencer (Levin 1993, "English
 * Verb Classes and Alternations", class 31.1 "amuse" verbs). After "be" they usually name a
 * state, which UD English EWT tags as an adjective ("I was ashamed", "should I be
 * concerned"), unless a doer follows ("surprised by the reviews").
 */
export const PSYCH_PARTICIPLES = new Set(
  `amazed amused annoyed astonished astounded baffled bored bothered captivated charmed
  concerned confused delighted depressed devastated disappointed discouraged disgusted
  dismayed disturbed embarrassed encouraged enraged excited exhausted fascinated
  flattered frightened frustrated gratified horrified humiliated impressed infuriated
  inspired interested intimidated intrigued irritated moved offended overwhelmed perplexed
  pleased puzzled relieved satisfied scared shocked startled stunned surprised terrified
  thrilled tired troubled upset worried dissatisfied disillusioned`.split(/\s+/),
);

/**
 * Third-person verbs that are never (or, like "dies" and "kills", hardly ever) plural nouns,
 * which a tagger still reads as nouns in headlines ("Army denies soldiers shot unarmed man":
 * "denies" as NNS; "Man shot by police dies of wounds": "dies" as NNS). A noun phrase ends
 * before them. Those Brill's lexicon also lists as NNS (data/tag-lexicon) all have VBZ as their
 * first, most likely, tag there.
 */
export const VERB_ONLY_S_FORMS = new Set(
  `says denies warns accuses admits insists condemns confirms announces threatens reveals
  dismisses defends alleges urges vows rejects blames praises dies kills pleads flees
  recovers mourns survives resigns quits apologises apologizes`.split(/\s+/),
);
