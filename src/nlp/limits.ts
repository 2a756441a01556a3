// Bounds on how far a rule may reach, so that analysis cost and output size grow linearly
// with the input, whatever it is (issue 14: 20,000 characters of "police killed police
// killed ..." made every "killed" take all the text before it as its agent).

/**
 * The longest sentence the analysis reads as one. Longer runs without a stop are cut into
 * pieces of this size. The longest sentence in UD English EWT has 159 tokens; real news
 * sentences rarely pass 80.
 */
export const MAX_SENTENCE_TOKENS = 160;

/**
 * The longest noun phrase a rule may take as an agent, a subject, an object or a victim:
 * "members of the Syrian government's security forces" has 8 tokens.
 */
export const MAX_PHRASE_TOKENS = 16;
