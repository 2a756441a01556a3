// Penn Treebank tags (the tagger's, UD English EWT's xpos) grouped into word classes, and the
// phrase tag sets the detectors scan with, each built from the classes so that what one
// phrase admits and another does not can be read off its definition.

type Tags = readonly string[];

const setOf = (...classes: Tags[]): ReadonlySet<string> => new Set(classes.flat());

// Word classes.
export const NOUNS: Tags = ['NN', 'NNS', 'NNP', 'NNPS'];
export const ADJECTIVES: Tags = ['JJ', 'JJR', 'JJS'];
export const ADVERBS: Tags = ['RB', 'RBR', 'RBS'];
/** "the", "all the": articles, demonstratives, predeterminers. */
const DETERMINERS: Tags = ['DT', 'PDT'];
/** "their", "the army's", "whose". */
const POSSESSIVES: Tags = ['PRP$', 'POS', 'WP$'];
/** "Hamas-run", "long-serving": the hyphen inside a compound modifier. */
const HYPHEN: Tags = ['HYPH'];
const QUOTES: Tags = ['``', "''"];
const BRACKETS: Tags = ['-LRB-', '-RRB-'];
const WH_WORDS: Tags = ['WDT', 'WP', 'WRB'];

/** Nouns, common and proper. */
export const NOUN_TAGS = setOf(NOUNS);
/** Adverbs: they may stand between an auxiliary and its participle ("was only asked"). */
export const ADVERB_TAGS = setOf(ADVERBS);
/** Verbs that carry tense: past, present and modals. */
export const FINITE_TAGS = setOf(['VBD', 'VBZ', 'VBP', 'MD']);
/** Quotation marks as the tagger tags them. */
export const QUOTE_TAGS = setOf(QUOTES);
/** Relative pronouns: "which", "who". */
export const RELATIVE_PRONOUN_TAGS = setOf(['WDT', 'WP']);
/** Marks that are not words: a statement's end, commas, brackets, quotes. */
export const PUNCTUATION_TAGS = setOf(['.', ',', ':', 'NFP'], QUOTES, BRACKETS);

// Noun phrases, by what a scan needs of them.

/** The words of a subject noun phrase before its verb: "US troops there", "my source of income". */
export const NOUN_PHRASE_TAGS = setOf(DETERMINERS, ['PRP$', 'POS'], ADJECTIVES, NOUNS, ['CD'], HYPHEN, ['PRP', 'RB']);
/** What a noun phrase can start with: "the police", "their professionalism", "foreigners". */
export const NOUN_PHRASE_START_TAGS = setOf(['DT', 'PRP$', 'PRP', 'JJ', 'CD'], NOUNS);
/** A subject skipped back over to find an auxiliary before it ("Why is the city called X?"). */
export const SHORT_SUBJECT_TAGS = setOf(['DT', 'PRP', 'PRP$'], NOUNS, ['JJ', 'CD', 'POS'], HYPHEN, ['RB']);
/** A subject with no pronoun or adverb: "the protesters' leaders" before a reported verb. */
export const NOUN_SUBJECT_TAGS = setOf(['DT', 'PRP$', 'JJ', 'CD'], NOUNS, ['POS'], HYPHEN);
/** Heads of a subject or an agent: nouns, pronouns, numbers ("two were killed"). */
export const SUBJECT_HEAD_TAGS = setOf(NOUNS, ['PRP', 'CD']);
/** A nominative subject: a noun or a pronoun. */
export const NOUN_OR_PRONOUN_TAGS = setOf(NOUNS, ['PRP']);
/** The words of an agent after "by": modifiers, nouns, participles used as adjectives, foreign words. */
export const AGENT_PHRASE_TAGS = setOf(DETERMINERS, ['PRP$', 'POS'], ADJECTIVES, NOUNS, ['CD'], HYPHEN, ['VBN', 'VBG', 'FW']);
/** The head of an agent: a noun, a pronoun, a number, a foreign word. */
export const AGENT_HEAD_TAGS = setOf(NOUNS, ['PRP', 'CD', 'FW']);
/** Modifiers before a harm noun phrase's head, nouns of a compound among them ("Syria security forces"), and a prefix ("*Pro*-Russian fighters"). */
export const HARM_MODIFIER_TAGS = setOf(DETERMINERS, ['PRP$', 'POS'], ADJECTIVES, HYPHEN, NOUNS, ['CD', 'FW', 'AFX']);
/** Words that modify a following noun: determiners, possessives, adjectives, numbers, degree adverbs. */
export const PRENOMINAL_TAGS = setOf(DETERMINERS, POSSESSIVES, ADJECTIVES, ['CD'], HYPHEN, ['RB', 'RBS']);
/** Determiners of a noun phrase, possessives among them ("the", "their", "the army's"). */
export const DETERMINER_TAGS = setOf(['DT'], POSSESSIVES);
/** What after an adverb makes it part of a noun phrase: "mainly European immigrants". */
export const MODIFIER_AFTER_ADVERB_TAGS = setOf(ADJECTIVES, ['VBN', 'VBG'], HYPHEN);

// Objects.

/** The first word of an object that is no bare noun: "the", "their", "two". */
export const OBJECT_START_TAGS = setOf(['DT', 'PRP$', 'CD', 'PDT']);
/** The same, or a pronoun: what the voice classifier reads as an object after the verb. */
export const OBJECT_OPENER_TAGS = setOf(['DT', 'PRP', 'PRP$', 'CD', 'PDT']);
/** The first word of the object of a second, coordinated verb. */
export const COORDINATED_OBJECT_START_TAGS = setOf(['DT', 'PRP', 'PRP$'], NOUNS, ['CD']);

// Around a verb.

/** Between a participle and "by": "shot dead by", "sent to me by". */
export const BEFORE_BY_TAGS = setOf(['RB', 'RBR', 'JJ', 'RP', 'IN', 'TO', 'DT', 'NNP', 'NNPS', 'NN', 'NNS', 'CD', 'PRP', 'PRP$', 'POS'], HYPHEN, QUOTES);
/** What may follow a participle inside its own phrase: objects, prepositional phrases, particles. */
export const VERB_PHRASE_TAGS = setOf(['IN', 'TO'], DETERMINERS, NOUNS, ADJECTIVES, ['CD', 'PRP', 'PRP$', 'POS'], ADVERBS, ['RP'], HYPHEN, [','], BRACKETS, QUOTES);
/** What can follow a verb that has no object: punctuation, a preposition, an adverb ... */
export const NO_OBJECT_NEXT_TAGS = setOf([',', '.', ':', 'IN', 'TO', 'CC', 'RB', 'RP', '-LRB-', "''"], HYPHEN);
/** What may follow an -ing adjunct ("killed waiting for aid"), unlike an -ing modifier ("killed fleeing civilians"). */
export const AFTER_ADJUNCT_TAGS = setOf([',', '.', ':', 'IN', 'TO', 'RB', 'RP', 'CC']);
/** Past forms the tagger gives participles: it confuses VBN and VBD. */
export const PARTICIPLE_TAGS = setOf(['VBN', 'VBD']);
/** Tags the tagger gives participles it misreads. */
export const MISREAD_PARTICIPLE_TAGS = setOf(['JJ', 'NN', 'VB', 'VBP']);

// Clause edges.

/** Before an inverted auxiliary: a question's start ("Why is the city called X?"). */
export const QUESTION_START_TAGS = setOf(WH_WORDS, [',', '``', '-LRB-']);
/** Where a clause may start: punctuation, a preposition or conjunction, a wh-word. */
export const CLAUSE_START_TAGS = setOf([',', ':', 'IN', 'CC'], WH_WORDS, ['-LRB-', '``']);
/** Before a fronted participle: "Attached is the draft", ", enclosed are ...". */
export const FRONTING_TAGS = setOf([',', ':', '``', '-LRB-']);
