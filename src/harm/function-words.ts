// Closed classes of words the harm grammar needs (lower case). Content words (people,
// weapons, harm verbs) are data in data/harm/; these are the grammar's own.

/** Counts of people: "Hundreds killed", "kill 12", "tens of thousands". */
export const NUMBER_WORDS = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred hundreds thousand thousands million millions dozen dozens scores tens several many
  more most few some all both none`.split(/\s+/),
);

/** Heads of a partitive whose real head follows "of": "dozens of protesters", "members of". */
export const PARTITIVES = new Set([...NUMBER_WORDS, 'members', 'member', 'group', 'groups', 'number', 'lot', 'lots', 'majority', 'rest', 'half', 'each', 'some', 'any', 'total', 'third', 'quarter', 'fifth', 'tenth', 'share', 'proportion', 'percent', 'handful', 'score', 'scores', 'one', 'two', 'three']);

/** Two-word openers of a counted noun phrase: "at least 40 people", "more than 200". */
export const QUANTIFIER_OPENERS: ReadonlyArray<readonly [string, string]> = [
  ['at', 'least'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'], ['as', 'many'],
];
/** One-word openers: "nearly 300", "about 20", "some 40", "over 100", "near 50". */
export const QUANTIFIER_WORDS = new Set(['nearly', 'almost', 'about', 'around', 'some', 'over', 'roughly', 'approximately', 'another', 'near']);

/** Pronouns that can be people ("them", "he", "himself"); "it" cannot. */
export const PERSONAL_PRONOUNS = new Set(
  'i me you he him she her we us they them himself herself themselves ourselves myself yourself yourselves one who whom'.split(' '),
);
/** Subject-only pronouns: after "said" they start a new clause ("Police said they shot ..."). */
export const NOMINATIVE_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they']);

/** Relative pronouns: "the soldiers who killed the boy". */
export const RELATIVES = new Set(['who', 'that', 'which', 'whom']);

/** Words that open a clause of their own: a noun phrase after them is that clause's. */
export const SUBORDINATORS = new Set([
  'as', 'when', 'while', 'whilst', 'because', 'since', 'until', 'if', 'unless', 'although', 'though',
  'once', 'where', 'whereas', 'how', 'why', 'whether', 'that',
]);

/** Prepositions that also open a clause: "died after police opened fire on demonstrators". */
export const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'till', 'as']);

/** Prepositions that introduce an -ing adjunct whose doer is the main clause's subject:
 * "arrested after shooting three people", "accused of beating". */
export const ADJUNCT_PREPOSITIONS = new Set(['after', 'before', 'while', 'by', 'for', 'of', 'without', 'upon', 'on', 'since', 'when', 'despite', 'instead']);

/** Prepositions that can name the cause of a harm: "killed in a strike", "wounded by
 * shrapnel", "died of starvation", "shot with a rubber bullet". */
/** Prepositions the tagger may read as adjectives or adverbs ("shot dead near/JJ Jenin"): a noun phrase never starts with one. */
export const PLACE_PREPOSITIONS = new Set(['near', 'outside', 'inside', 'behind', 'beside', 'opposite', 'across', 'along', 'amid', 'amidst', 'off', 'beyond', 'toward', 'towards', 'beneath', 'below', 'above', 'despite']);

export const CAUSE_PREPOSITIONS = new Set(['in', 'by', 'from', 'after', 'during', 'amid', 'amidst', 'under', 'with', 'following', 'of', 'through']);

/** Marks that end a clause for the cause and subject searches. */
export const CLAUSE_BREAKS = new Set([';', ':', '--', '—', '–', '(', ')', '"', '“', '”']);

/** Coordinators of verbs and noun phrases. */
export const AND_OR = new Set(['and', 'or', '&']);

/** Modal and future auxiliaries (rules.ts, %modal). */
export const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'shall', 'should', 'must', "'ll", 'wo', 'ca', 'ought']);

/** "do" as an auxiliary ("did not shoot"). */
export const DO_FORMS = new Set(['do', 'does', 'did', 'doing', 'done']);
