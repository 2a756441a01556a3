// Open-class word lists the passive detector relies on. Lower case.

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
