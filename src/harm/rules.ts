// The harm detector's rules as data: each matches the words around a harm word (the match
// language of rule-pattern.ts) and says what that makes it. The comment above each rule is
// the example it exists for; every example is a test case (test/harm-rules.test.ts).

/** Why a harm word reports no harm event. */
export type NotEventTag = 'hypothetical' | 'negated' | 'idiom' | 'counted';

export interface HarmRule<Tag extends string> {
  /** Unique, for tests and for reading: the rule that decided. */
  id: string;
  match: string;
  tag: Tag;
  reason: string;
  /** Only for a harm wording of one word ("caught"), not a longer one that opens with it ("caught in the crossfire"). */
  oneWord?: true;
}

export const NOT_EVENT_RULES: ReadonlyArray<HarmRule<NotEventTag>> = [
  // "Police could kill protesters", "Hundreds may be killed", "Homes will be demolished", "may have killed"
  { id: 'modal', match: '%modal (not|never|#RB)? (%be|%have|%get)* #RB? []', tag: 'hypothetical', reason: 'a modal or future verb: harm that may come, not harm reported' },
  // "Immigrants Could Continue To Be Detained Indefinitely": a modal before an aspectual verb
  { id: 'modal-aspectual', match: '%modal (not|never|#RB)? (continue|keep|start|begin|stop) (to|being)? (%be|%get)? #RB? []', tag: 'hypothetical', reason: 'a modal or future verb: harm that may go on, not harm reported' },
  // "Will the army shoot protesters?"
  { id: 'modal-question', match: '%modal (#DT|#JJ|#NN|#PRP){1,3} []', tag: 'hypothetical', reason: 'a question about harm to come' },
  // "If police shoot, the city will burn", "unless troops withdraw and stop killing"; not past
  // a clause of time, which the condition takes as given ("whether he was armed when he was shot"),
  // nor a harm named by a definite noun phrase, which it takes as given too ("whether the deadly
  // shooting of a doctor was self-defense", "if their arrest was lawful"), counted ones too
  // ("whether the two stabbings are linked")
  { id: 'condition', match: '(if|unless|whether|lest) !(,|;|:|when|while|after){0,5} !(the|its|his|her|their|this|that|#JJ|#CD) []', tag: 'hypothetical', reason: 'a condition, not a report' },
  // "If arrested, the men face ten years": the harm right after the condition's word
  { id: 'condition-bare', match: '(if|unless|whether|lest) []', tag: 'hypothetical', reason: 'a condition, not a report' },
  // "vowed to kill", "threatened to arrest", "ordered troops to shoot", "tried to stab", "told not to fire";
  // not a harm noun after "to" the preposition ("appeal for witnesses to fatal collision"): an
  // infinitive opens with its verb, not an adjective
  { id: 'intention', match: '%intention (#DT|#JJ|#NN|#PRP|#CD){0,3} (not|never)? to (%be|%get)? [!#JJ]', tag: 'hypothetical', reason: 'harm intended, ordered, threatened or attempted, not reported' },
  // "Ruritania says to hang two spies", "rebels say to free hostages": in headlines, says to do is
  // says it will (not "said to have killed", "said to be hurt": reported, not intended)
  { id: 'says-to', match: '(say|says) (not)? to [!#JJ]', tag: 'hypothetical', reason: 'a headline\'s "says to": harm announced, not reported' },
  // "called for the singer to be beaten", "waiting for police to arrest him": the same, an infinitive with its own subject after "for"
  { id: 'called-for-infinitive', match: '(call|calls|called|calling|wait|waits|waited|waiting|push|pushes|pushed|pushing|plead|pleads|pleaded|pleading|pray|prays|prayed|praying) for (#DT|#JJ|#NN|#PRP|#CD){1,3} (not|never)? to (%be|%get)? [!#JJ]', tag: 'hypothetical', reason: 'harm called or waited for, not reported' },
  // "had attempted to carry out a car-ramming attack", "plotted to launch attacks": the same, past a light verb and the attack's modifiers
  { id: 'intention-light-verb', match: '%intention (#DT|#JJ|#NN|#PRP|#CD){0,3} to (carry|launch|stage|mount|commit) (out)? (a|an|the|#JJ|#NN|#HYPH|#VBG){0,4} []', tag: 'hypothetical', reason: 'an attack intended, plotted or attempted, not reported' },
  // "will be able to strike", "is able to arrest": an ability, not a report; but "was able to
  // detain the suspect" says it was done (rule intention keeps "unable to")
  { id: 'able-to', match: '(is|are|am|be|been|being|will|would|could|can|may|might|not|never) able to []', tag: 'hypothetical', reason: 'an ability, not harm reported' },
  // "Trump Is 'Capable' Of Ordering Assassinations": a capability, not a deed
  { id: 'capable-of', match: '(capable|incapable) (\'|’|")? of (#VBG)? (#JJ|#NN){0,2} []', tag: 'hypothetical', reason: 'a capability, not harm reported' },
  // "Rebels threaten regular suicide attacks", "vowed fresh strikes", "was threatened with arrest": harm threatened, a noun after the verb (not "threatening": "life threatening injuries")
  { id: 'threatened-harm', match: '(threaten|threatens|threatened|vow|vows|vowed|vowing) with? (more|new|further|fresh|regular|renewed|#DT|#JJ|#NN){0,3} []', tag: 'hypothetical', reason: 'harm threatened or vowed, not reported' },
  // "militants plotted a bomb attack", "rebels planning attacks", "claims failed attack on
  // refinery": an attack plotted, planned, averted or failed is not reported as carried out
  // (a foiled one: rule foiled)
  { id: 'attack-plotted', match: '(plot|plots|plotted|plotting|plan|plans|planned|planning|avert|averts|averted|averting|failed|attempted) (a|an|the|wave|of|#JJ|#NN|#NNP|#HYPH|#CD){0,4} [(attack|attacks|bombing|bombings|strike|strikes|assault|assaults|ambush|raid|raids)]', tag: 'hypothetical', reason: 'an attack plotted, planned, averted or failed, not reported as carried out' },
  // "Warming to bring drought and hunger", "could spark violence", "unlikely to cause famine":
  // harm a cause is expected or said to bring is to come, not reported
  { id: 'caused-to-come', match: '(to|will|would|could|may|might|can) (cause|spread|bring|trigger|spark|provoke|worsen|create|mean) (more|new|further|mass|and|,|#DT|#JJ|#JJR|#NN|#POS){0,4} []', tag: 'hypothetical', reason: 'harm a cause is expected to bring, not reported' },
  // "troops await assault on baghdad": an attack awaited is to come
  { id: 'awaited', match: '(await|awaits|awaiting|awaited) (an|a|the|#JJ){0,2} []', tag: 'hypothetical', reason: 'harm awaited, to come' },
  // "storms hill cleared of serious injury": a player or patient cleared of an injury has none
  { id: 'cleared-of-injury', match: '(cleared|clear) of (any|#JJ){0,2} [(injury|injuries)]', tag: 'negated', reason: 'an injury ruled out' },
  // an arrest a reward is offered for: "tips that could lead to an arrest" are asked for, the arrest is to come
  // ("information given to Crime Stoppers that results in an arrest")
  { id: 'leads-to-arrest', match: '(information|tip|tips) (provided|given)? to? #NN{0,3} (that|which)? (may|might|could|will)? (lead|leads|leading|result|results|resulting) (to|in) (an|the|any)? [(arrest|arrests)]', tag: 'hypothetical', reason: 'an arrest a reward is offered for, to come' },
  // "Demonstrators want officers arrested"; not the half of a compound modifier, which demands
  // nothing ("Ruritania-ordered air strike kills two")
  { id: 'demanded', match: '!(-|–) (want|wants|demand|demands|demanded|order|orders|ordered) (#DT|#JJ|#NN|#PRP|#CD){1,3} []', tag: 'hypothetical', reason: 'harm demanded, not reported' },
  // "I feel imprisoned in my own city", "felt trapped": a feeling told by a harm's participle, no harm done
  { id: 'feeling', match: '(feel|feels|felt|feeling) (so|very|really|almost|completely|totally)? [#VBN]', tag: 'idiom', reason: 'a feeling, no harm done' },
  // "is considering expelling the envoys", "mulls jailing critics": a step weighed, not taken
  { id: 'considered', match: '(consider|considers|considered|considering|mull|mulls|mulled|mulling|weigh|weighs|weighed|weighing|contemplate|contemplates|contemplated|contemplating) [#VBG]', tag: 'hypothetical', reason: 'harm weighed, not done' },
  // "Police wanted the driver arrested": the same, said of a subject (not "Most wanted militant killed": the one sought, killed)
  { id: 'wanted-done', match: '(#NN|#PRP|who|they) wanted (#DT|#JJ|#NN|#PRP|#CD){1,3} []', tag: 'hypothetical', reason: 'harm wanted, not reported' },
  // "She was sentenced to death", "condemned to death"
  { id: 'sentenced-to-death', match: '(sentenced|sentence|sentences|condemned|condemn) (#DT|#NN|#PRP|#CD){0,3} to [death]', tag: 'hypothetical', reason: 'a sentence to come, not a death reported' },
  // "Man sentenced death after trial": the same in a headline that drops "to"
  { id: 'sentenced-death', match: '(sentenced|condemned) [death]', tag: 'hypothetical', reason: 'a sentence to come, not a death reported' },
  // "to avert famine", "prevented a massacre", "avoid mass killings" (and a noun of what would
  // cause them: "avert diarrhoea deaths"; and a count: "could prevent 2 million deaths")
  { id: 'averted', match: '(avert|averts|averted|averting|prevent|prevents|prevented|preventing|avoid|avoids|avoided|avoiding|forestall|forestalls|forestalled|deter|deters|deterred|deterring) (a|an|the|further|#JJ|#NN|#PRP$|#CD){0,3} []', tag: 'hypothetical', reason: 'harm to be prevented or averted, not reported' },
  // "agree on steps to curb rising violence", "whatever needed to end violence", "break the
  // cycle of violence": violence as a problem to be ended or fed, with no one's violence named
  // ("how men could stop domestic violence": stopping it too; not "urges Israel to stop settler
  // violence": a modifier names whose it is); violence to be given up too ("urged the rebels to
  // shun violence", "renounce violence")
  { id: 'violence-as-problem', match: '(shun|shuns|shunned|shunning|renounce|renounces|renounced|renouncing|abjure|abjures|abjured|forswear|forswears|forswore|end|ends|ended|ending|stop|stops|stopping|prevent|prevents|preventing|curb|curbs|curbing|reduce|reduces|reducing|calm|calms|calming|halt|halts|halting|stem|stems|stemming|quell|quells|quelling|fuel|fuels|fuelling|fueling|tackle|tackles|tackling|combat|combating|combatting|cycle) (of|the|all|more|further|#JJ|#VBG|#NNP|-){0,4} [violence]', tag: 'hypothetical', reason: 'violence named as a problem to end or feed, not a harm reported' },
  // "as violence ebbs", "a lull in violence", "warns rivals against violence": violence as a
  // level that falls, or a course warned against, with no harm reported (stop 68: on the dev
  // halves 9 such texts labelled no harm, 1 harm; not "urges an end to violence", labelled
  // either way)
  { id: 'violence-waning', match: '[violence] (ebbs|ebbed|abates|abated|eases|eased|subsides|subsided|falls|fell|declines|declined|wanes|waned|recedes|receded|lessens|lessened)', tag: 'hypothetical', reason: 'violence named as a level that falls, not a harm reported' },
  { id: 'violence-lull', match: '(lull|lulls|fall|decline|decrease|drop|reduction|victory) (in|over) (the|#JJ|#NN|-){0,3} [violence]', tag: 'hypothetical', reason: 'violence named as a level that falls or a problem overcome, not a harm reported' },
  { id: 'violence-warned-against', match: '(warn|warns|warned|warning|caution|cautions|cautioned) (#NNP|#NNPS|#NNS|#NN|#PRP|#DT|#JJ){0,3} against (the|#JJ|#NN|-){0,3} [violence]', tag: 'hypothetical', reason: 'violence warned against, not a harm reported' },
  // "Militia clash with army in the north", "after clash with ex-rebels", "protesters, police
  // clash": one clash with or between sides tells of a fight, not of anyone harmed; harm told
  // besides is its own event ("killed as troops clash with rebels") (stop 68: 9 such dev texts
  // labelled no harm, 1 harm)
  { id: 'clash-with', match: '[clash] (again)? (with|between)', tag: 'idiom', reason: 'a clash with a side tells of a fight, not of anyone harmed' },
  { id: 'sides-clash', match: '(#NN) , (#JJ|#NN){1,3} [clash]', tag: 'idiom', reason: 'two sides that clash fight; no one harmed is told' },
  // "Students protest gun violence", "activism on gun violence", "gun violence walkouts": the issue debated, not a harm reported (but "surviving gun violence" is undergone)
  { id: 'gun-violence-issue', match: '(on|to|against|about|over|our|protest|protests|protesting|prevent|prevents|preventing|end|ending|curb|curbing|reduce|reducing|stop|stopping|combat|combating|tackle|tackling|address|addressing) (#JJ)? gun [violence]', tag: 'hypothetical', reason: 'gun violence named as an issue, not a harm reported' },
  { id: 'gun-violence-cause', match: 'gun [violence] (walkout|walkouts|protest|protests|prevention|research|epidemic|crisis|awareness|debate|legislation|policy|policies|activist|activists|activism|advocate|advocates|march|marches|rally|rallies|summit|bill|bills)', tag: 'hypothetical', reason: 'a cause or campaign against gun violence, not a harm reported' },
  // "Police foil knife attack on market", "Troops thwarted the bombing": harm stopped before it was done (the manual: foiled harm is no harm)
  { id: 'foiled', match: '(foil|foils|foiled|foiling|thwart|thwarts|thwarted|thwarting) (a|an|the|#JJ|#NN|#HYPH|#POS|#PRP$){0,5} []', tag: 'hypothetical', reason: 'harm foiled or thwarted, not done' },
  // "Bomb attack foiled by police", "Shooting thwarted", "Attempted assassination of the governor's aide foiled"
  // (a preposition inside the harm's noun phrase, not one that opens what it was for: "jails
  // Islamists for foiled U.S. attacks" foiled the attacks, not the jailing)
  { id: 'foiled-after', match: '[] (of|on|in|at|against|near|#DT|#JJ|#NN|#NNS|#NNP|#POS){0,5} %be? (foiled|thwarted)', tag: 'hypothetical', reason: 'harm foiled or thwarted, not done' },
  // "US doesn't have evidence Israel is committing genocide", "no evidence of torture", "no sign
  // the clashes will spread": harm whose evidence is denied is not reported (but "evidence of torture"
  // with no negation is)
  { id: 'no-evidence', match: "(no|not|n't|without|lack|lacks|lacked|lacking) (%have|any|#JJ|#DT){0,3} (evidence|proof|indication|indications|sign|signs) !(,|;|:|but|in|to|linking|link|links|connecting)* []", tag: 'hypothetical', reason: 'harm of which evidence is denied, not reported' },
  // "looming famine", "Famine 'possible, if not likely'", "famine imminent": harm foreseen; a
  // noun only ("a soldier likely shot her" reports harm, hedged; "booked on possible assault charges": the charges are possible)
  { id: 'foreseen', match: '(looming|imminent|impending|potential|possible|likely) [#NN]', tag: 'hypothetical', reason: 'harm foreseen, not reported' },
  { id: 'foreseen-after', match: "[#NN] ('|’|\"|“|”)? (looms|loom|looming|imminent|possible|likely|feared|expected|await|awaits)", tag: 'hypothetical', reason: 'harm foreseen, not reported' },
  // "Famine is imminent in the north", "a massacre was inevitable": harm said to be coming
  // ("More arrests are expected", "further strikes are likely"; not "The victim is expected to
  // recover", where what is expected is the infinitive)
  { id: 'foreseen-be', match: '[] %be (now|still)? (imminent|looming|inevitable|unavoidable|expected|anticipated|likely|planned) !(to)', tag: 'hypothetical', reason: 'harm foreseen, not reported' },
  // "conference predicts more terror attacks", "govt risking custody deaths": harm foretold or risked, not done
  { id: 'predicted', match: '(predict|predicts|predicted|predicting|forecast|forecasts|anticipate|anticipates|risk|risks|risking|risked) (more|further|new|a|an|the|#JJ|#NN){0,2} []', tag: 'hypothetical', reason: 'harm foretold or risked, not reported' },
  // "troops ready for violence as the carnival begins", "residents brace for more shelling": harm prepared for, still to come
  { id: 'braced-for', match: '(ready|readiness|prepared|preparation|preparations|prepare|prepares|preparing|brace|braces|braced|bracing) for (more|further|a|an|the|#JJ|#NN){0,2} []', tag: 'hypothetical', reason: 'harm prepared for, not reported' },
  // "Palestinians fear mass expulsion", "warned of mass killings", "risk of Sudan genocide",
  // "policy risking deaths in custody", "fears Iran-backed killings" (but "Dozens feared dead")
  { id: 'feared', match: "(fear|fears|warn|warns|warned|warning|risk|risks|risking|risked|threat|threats|threaten|threatens|threatened) (of)? (#JJ|#DT|#PRP$|#NNP|#HYPH|#VBN|'|‘|’|\"|“|”){0,3} [!dead]", tag: 'hypothetical', reason: 'harm feared or threatened, not reported' },
  // "warn of deadly militia raids": after "of", a noun modifier too
  { id: 'feared-of', match: "(fear|fears|feared|warn|warns|warned|warning|risk|risks) of (#JJ|#DT|#PRP$|#NNP|#NN|'|‘|’|\"|“|”){0,3} [!dead]", tag: 'hypothetical', reason: 'harm feared or warned of, not reported' },
  // "Police did not shoot", "were not killed", "never arrested", "Troops told not to fire"
  { id: 'negated', match: '(not|never) to? #RB? (%be|%get)? #RB? []', tag: 'negated', reason: 'negated: the text says the harm did not happen' },
  // "Nobody has been arrested", "none were hurt", "nobody else was hurt"
  { id: 'nobody', match: '(nobody|none|neither) (else)? (%be|%have|%get)* #RB? []', tag: 'negated', reason: 'negated: nobody was harmed' },
  // "Neither store clerk working that night was injured": "neither" and the phrase it opens, before the verb that says it
  // (its auxiliaries spelt out: a possessive "'s" inside the phrase is no "is": "Neither victim in Friday's shooting")
  { id: 'neither-of-phrase', match: 'neither !(,|;|:|and|but|nor|or|%be){1,6} (was|were|is|are|been|has|have|had|got|gets|get)+ #RB? []', tag: 'negated', reason: 'negated: neither was harmed' },
  // "Nobody was cut or hurt", "no one was cut or injured": the negated subject holds for each
  // participle of a pair joined by "or" or "nor"
  { id: 'nobody-joined', match: '(nobody|none|neither) (%be|%have|%get)+ #RB? (#VBN|#VBD|#JJ) (or|nor) []', tag: 'negated', reason: 'negated: nobody was harmed' },
  { id: 'no-one-joined', match: 'no (one|#NN|#NNS){1,2} (%be|%have|%get)+ #RB? (#VBN|#VBD|#JJ) (or|nor) []', tag: 'negated', reason: 'negated: no one was harmed' },
  // "blast leaves nobody hurt", "fire left none injured", "troops kill no one": no one is its object
  // (not a count: "killed no fewer than 30")
  { id: 'harms-none', match: '[] (nobody|none|no-one|no) !(fewer|less|more)', tag: 'negated', reason: 'negated: the harm befell no one' },
  // "None of the officers were injured": the verb after them says it
  // ("None of them were hurt": the pronoun too)
  { id: 'none-of', match: '(none|neither) of (#DT|#JJ|#NN|#NNS|#PRP|#PRP$|#CD){1,3} (%be|%have|%get)+ #RB? []', tag: 'negated', reason: 'negated: none of them was harmed' },
  // "No one was killed", "NO ONE KILLED IN BLAST", "No Palestinians were killed", "no deaths were reported", "no reported injuries"
  // ("no residents or deputies were hurt", "no deputies nor anyone else was hurt")
  { id: 'no-one', match: 'no (one|#JJ|#NN|#NNS|#CD|or|nor|anyone|else|reported|known|confirmed){0,4} (%be|%have|%get)* #RB? []', tag: 'negated', reason: 'negated: no harm is reported' },
  // "Nobody was said to be hurt", "nobody is thought to have been injured": the denial past a verb that reports it
  { id: 'no-one-reported', match: '(no|nobody|none) (one|#JJ|#NN|#NNS|#CD|or|nor|anyone|else){0,4} (%be|%have)+ #RB? (reported|believed|thought|said|known|listed|confirmed) to (%be|%have)* #RB? []', tag: 'negated', reason: 'negated: no harm is reported' },
  // "there were no reports that anyone was hurt": the harm a report would tell, denied
  { id: 'no-report-that', match: 'no (report|reports|indication|indications|evidence|sign|signs) that !(,|;|:|but){0,6} []', tag: 'negated', reason: 'negated: no such harm is reported' },
  // "Deputies don't believe any shopper was hit", "don't think he was hurt": the harm disbelieved (not "do not think the stabbing was random")
  { id: 'not-believed', match: "(not|n't) (believe|think|suspect) (that)? (anyone|anybody|#PRP|#DT|#JJ|#NN|#NNS|#NNP){1,3} (%be|%have|%get)+ #RB? []", tag: 'negated', reason: 'negated: the harm is not believed to have happened' },
  // "with no reports of serious injuries", "no sign of injury": the harm reported as not found
  { id: 'no-report-of', match: 'no (immediate|further|other|#JJ)? (report|reports|sign|signs|indication|indications|evidence|word) of (any|#JJ){0,2} []', tag: 'negated', reason: 'negated: no such harm is reported' },
  // "no one on the bus was injured", "no one inside it was hurt": past where they were, before the verb that says it
  // ("no passengers from the Route 9 bus were hurt": a place's name of a few words)
  { id: 'no-one-there', match: 'no (one|#JJ|#NN|#NNS|or|else){1,4} (on|in|inside|aboard|at|from) (the|a|an|#PRP$)? (#NN|#NNS|#NNP|#PRP|#CD){1,3} (%be|%have|%get)+ #RB? []', tag: 'negated', reason: 'negated: no one there was harmed' },
  // "The raid did not result in civilian deaths", "never led to any casualties"
  { id: 'negated-result', match: '(not|never) (result|results|resulted|cause|causes|caused|lead|leads|led) (in|to)? (any|#DT|#JJ|#CD){0,3} []', tag: 'negated', reason: 'negated: the text says the harm did not come of it' },
  // "Police haven't made any arrests", "never made an arrest": an arrest denied with its light verb
  { id: 'none-made', match: "(not|never|n't) (make|made|makes|making) (any|#DT|#JJ|#CD){0,3} []", tag: 'negated', reason: 'negated: the text says no such harm was done' },
  // "the woman did not suffer any serious injuries": a harm to the body denied with its light verb
  { id: 'none-suffered', match: "(not|never|n't) (suffer|suffered|suffers|sustain|sustained|sustains|receive|received) (any|#DT|#JJ|#CD){0,3} []", tag: 'negated', reason: 'negated: the text says no such harm was suffered' },
  // "yemeni gets death for killing three": a death sentence received, a death to come
  { id: 'gets-death', match: '(get|gets|got|given|handed) [death]', tag: 'hypothetical', reason: 'a death sentence, a death to come' },
  // "he hung in there": held on, no hanging
  { id: 'hang-in-there', match: '[(hang|hangs|hung|hanging)] in there', tag: 'idiom', reason: 'an idiom: to hold on' },
  // "warned the rebels against any attack", "did not report any arrests": "any" names no
  // particular harm, one denied, asked about or supposed
  { id: 'any', match: 'any (#JJ){0,2} []', tag: 'hypothetical', reason: '"any" names no particular harm: one denied, asked about or supposed, not reported' },
  // "None of the raids resulted in arrests": a negative subject, nothing came of it
  { id: 'none-resulted', match: 'none of (#DT|#JJ|#NN|#NNS|#PRP$){1,3} (result|results|resulted|lead|leads|led) (in|to) (#DT|#JJ|#CD){0,3} []', tag: 'negated', reason: 'negated: none of them led to the harm' },
  // "The driver did not seem to be hurt": negated through a raising verb
  { id: 'not-appear', match: "(not|never|n't) (appear|appears|appeared|seem|seems|seemed) to (%be|%get)? #RB? []", tag: 'negated', reason: 'negated: the harm did not appear to happen' },
  // "It did not seem that any guard was hurt": negated through a raising verb and its clause
  { id: 'not-appear-that', match: "(not|never|n't) (appear|appears|appeared|seem|seems|seemed) that (anyone|anybody|any|#DT|#JJ|#NN|#NNS|#PRP){1,3} (%be|%have|%get)+ #RB? []", tag: 'negated', reason: 'negated: the harm did not appear to happen' },
  // "kidnapped banker found alive in a village": the manual's no harm, a person found alive after being reported harmed
  { id: 'found-alive', match: "[] (#JJ|#NN|#NNS|#NNP){1,3} (%be)? (found|discovered|turns|turned) (up)? alive", tag: 'negated', reason: 'negated: the one said to be harmed was found alive' },
  // "was sentenced to two years' probation": a sentence served outside prison, no detention
  { id: 'sentenced-to-probation', match: "[(sentenced|sentence|sentences|sentencing)] (#PRP|#DT|#NNP|#NN){0,3} to (#CD|#JJ|#NN|#NNS|of|'|’|-){0,5} %probation", tag: 'idiom', reason: 'a sentence of probation: no detention' },
  // "drought-stricken farmers", "poverty stricken families": "stricken" is an adjective, of
  // hardship, illness or grief (WordNet stricken, adj.); the verbs' participle is "struck"
  { id: 'stricken', match: '[(stricken)]', tag: 'idiom', reason: '"stricken" is an adjective (struck by hardship, illness or grief): no blow' },
  // "Senator hits Johnson over lobbying claims": hitting someone over a matter is criticising
  // them (not "hit him over the head")
  { id: 'hit-over', match: '[(hit|hits|hitting)] (#NNP|#NNPS|#PRP|#DT){1,3} over !(the|his|her|their|its|a|an)', tag: 'idiom', reason: 'to hit someone over a matter is to criticise them' },
  // "caught up in the chaos", "caught on security cameras", "caught in the middle", "caught off guard", "caught fire", "caught with
  // stolen goods" (found with them: the dev coders read no arrest, 2 of 2), "caught punching a guard" (seen doing it): no one taken by those who pursue them
  { id: 'caught-idiom', match: '[(catch|catches|caught|catching)] (up|on|in|off|between|fire|sight|short|unawares|napping|out|cold|wind|with|#VBG)', tag: 'idiom', reason: 'caught up in, on camera, in a fight, off guard, fire, with goods, doing something: no arrest', oneWord: true },
  // "detainees set fire at the camp": to set fire is to start one (arson), not to fire at anyone
  { id: 'set-fire', match: '(set|sets|setting) [(fire)]', tag: 'idiom', reason: 'to set fire is to start one, no shot fired' },
  // "cars catch fire at a festival": to catch fire is to start burning, not to fire at anyone
  { id: 'catch-fire', match: '(catch|catches|caught|catching) [(fire)]', tag: 'idiom', reason: 'to catch fire is to start burning: no shot fired' },
  // "a brush with death": a narrow escape, no death
  // "PM survives attack on his leadership": an attack of words on a post or a record (entry survive-attack)
  { id: 'survived-criticism', match: '[(survive|survives|survived|surviving)] !(,|;|:){0,3} (on|over|against) (his|her|their|its|the)? (#JJ)? (leadership|record|credibility|reputation|policy|policies|position|premiership|presidency|plan|plans|budget|bill|character|integrity|government|candidacy|campaign|post)', tag: 'idiom', reason: 'an attack of words on a post or a record survived, no one harmed' },
  { id: 'brush-with-death', match: '(brush|brushes) with [death]', tag: 'idiom', reason: 'a narrow escape, no death' },
  // "burglars kicked in the back door", "kicked open a gate": a door kicked is no person hurt
  { id: 'kicked-door', match: '[(kick|kicks|kicked|kicking)] (open|in|down|through)? (the|a|an|#PRP$)? (#JJ|#NN){0,2} (door|doors|gate|gates|window|windows)', tag: 'idiom', reason: 'a door or window kicked in, no person' },
  // "when they are sentenced in January", "once he is charged": a harm in a clause of time in
  // the present is to come (or is what happens whenever), not one reported (not "after": a
  // headline tells the past in the present, "Pride Canceled After Organizer Is Detained")
  { id: 'when-present', match: '(when|once|until|before) (#PRP|#DT|#JJ|#NN|#NNS|#NNP|#CD){1,3} (is|are|am|gets|get) #RB? []', tag: 'hypothetical', reason: 'a harm in a present clause of time: to come, not reported' },
  // "Officers checked for injured people": a search for harm, not a report of it
  { id: 'checked-for', match: '(check|checks|checked|checking) for (any|#JJ){0,2} []', tag: 'hypothetical', reason: 'a search for harm, not a report of it' },
  // "planned to go target shooting": a sport, which the manual leaves out
  { id: 'target-shooting', match: '(target|clay|skeet|trap) [(shooting)]', tag: 'idiom', reason: 'shooting as a sport, which the manual leaves out' },
  // "have yet to arrest him": not done yet
  { id: 'yet-to', match: 'yet to (be)? []', tag: 'hypothetical', reason: 'harm not yet done' },
  // "The building was evacuated without injuries"
  { id: 'without', match: 'without (any|#DT|#JJ|#CD){0,3} []', tag: 'negated', reason: 'negated: the harm did not happen' },
  // "Teen nearly shot", "I almost died": a harm that did not quite happen (not "nearly 300 killed")
  { id: 'nearly', match: '(nearly|almost|narrowly) []', tag: 'negated', reason: 'negated: the harm nearly happened, and did not' },
  // "fired a shot", "fired a warning shot": the shot is a noun; who it hit, if anyone, a wording with "at" says
  { id: 'fired-a-shot', match: '(fire|fires|fired|firing) (a|one|another|#CD) (single|warning)? [(shot|shots)]', tag: 'idiom', reason: 'a shot fired is a noun: no one is said to be shot' },
  // "Woman stabbed to death", "starved to death": the death is the verb's event, counted once
  { id: 'to-death-counted', match: '#VB .{0,4} to [death]', tag: 'counted', reason: 'part of "… to death", counted with its verb' },
  // "death toll rises to 40", "casualty toll climbs": the toll of a harm named right before it, counted with that harm (entry rising-toll)
  { id: 'named-toll-counted', match: '(death|deaths|casualty|casualties|fatality|fatalities|injury|injuries) [(toll|tolls)]', tag: 'counted', reason: 'the toll of a harm named before it, counted with that harm' },
  // "Liverpool massacre Arsenal 5-0", "slaughtered the visitors 4-1": a team and a score after the harm word is sport
  { id: 'sport-score', match: '[] (the|#NNP|#NNPS|#NN|#NNS){1,3} #CD (-|–) #CD', tag: 'idiom', reason: 'a team and a score follow: sport, which the manual leaves out' },
  // "Veteran shoots 67 to lead at Augusta", "shot a 66 to share the lead": a round of golf, which the manual leaves out
  { id: 'golf-round', match: '[(shoot|shoots|shot|shooting)] (a|an)? #CD to (lead|share|win|take|grab|claim|tie|trail)', tag: 'idiom', reason: 'a round of golf: sport, which the manual leaves out' },
  // "Striker out for six weeks with knee injury", "Hamstring injury rules out captain": sport
  { id: 'sports-injury', match: '%sport .{0,6} [(injury|injuries)]', tag: 'idiom', reason: 'an injury in sport, which the manual leaves out' },
  { id: 'sports-injury-after', match: '[(injury|injuries)] .{0,6} %sport', tag: 'idiom', reason: 'an injury in sport, which the manual leaves out' },
  // "a winner in injury time": the minutes added at the end of a football match
  { id: 'injury-time', match: '[(injury)] (-)? time', tag: 'idiom', reason: '"injury time": the minutes added to a match, not an injury' },
  // "injury concerns for cooke", "ferdinand injury gives england a scare", "reds assess tune injury": a
  // team's injury news, in the words sport pages use for a player's fitness
  { id: 'injury-news', match: '[(injury|injuries)] (news|concern|concerns|doubt|doubts|scare|scares|worry|worries|woes|crisis|list|update|updates|setback|setbacks|blow|adds|gives)', tag: 'idiom', reason: "a team's injury news: sport, which the manual leaves out" },
  { id: 'injury-assessed', match: '(assess|assesses|assessed|assessing|nurse|nurses|nursed|nursing) (#NNP|#NN|#JJ|#POS){0,2} [(injury|injuries)]', tag: 'idiom', reason: "a player's injury assessed or nursed: sport, which the manual leaves out" },
  // "Bolivian judges on strike", "nurses go on strike": people on strike stop work, they do not
  // attack (not "a report on strike on refugee camp": a report about an attack)
  { id: 'on-strike', match: '(#=NNS|#=NNPS|go|goes|went|gone|going|remain|remains|remained|stay|stays|stayed) on [strike]', tag: 'idiom', reason: 'on strike: a stoppage of work, not an attack' },
  // "prisoners on hunger strike": a protest, not starvation
  { id: 'hunger-strike', match: '[hunger] (-)? (strike|strikes|striker|strikers|striking)', tag: 'idiom', reason: 'a hunger strike is a protest, not starvation' },
  // "a hunger-striking inmate": nor is its strike an attack
  { id: 'hunger-striking', match: 'hunger (-)? [(strike|strikes|striking|striker|strikers)]', tag: 'idiom', reason: 'a hunger strike is a protest, not an attack' },
  // "The actor mugged for the cameras": pulled faces, no one robbed (not "mugged for his phone")
  { id: 'mug-for', match: '[(mug|mugs|mugged|mugging)] for (the|a)? (camera|cameras|photographers|photo|photos|selfie|selfies|fans|audience|crowd|crowds|press)', tag: 'idiom', reason: 'pulling faces for a camera or a crowd, not a robbery' },
  // "hospitalised with food poisoning", "lead poisoning in tap water": an illness named by its cause, no one poisoned
  { id: 'poisoning-illness', match: '(food|lead|alcohol|mercury|blood|salmonella|botulism|radiation) [(poisoning|poisonings)]', tag: 'idiom', reason: 'an illness named by its cause, not a poisoning done to someone' },
  // "He made a killing on the stock market"
  { id: 'made-a-killing', match: '(make|makes|made|making) a [killing]', tag: 'idiom', reason: 'an idiom for a profit' },
  // "killed off in the final episode", "Tech giant kills off messaging app" (but "killed off the coast")
  // (only "kill" and "die": "drowns off beach", "shot off the coast" are places; "bees die off" is the idiom, "dies off Cornwall" a place)
  { id: 'kill-off', match: '[(kill|kills|killed|killing)] off !(the|a|an|#NNP|#CD)', tag: 'idiom', reason: '"kill off": to drop something, not to harm people' },
  { id: 'die-off', match: '[(die|dies|died|dying)] off !(the|a|an|#NNP|#CD|#NN|#NNS|#JJ)', tag: 'idiom', reason: '"die off": to dwindle away, not a death reported' },
  // "Protesters were beaten back by police lines"
  { id: 'beat-back', match: '[(beat|beats|beaten|beating)] back', tag: 'idiom', reason: '"beat back": to repel, not to beat people' },
  // "EU envoy blasts Israel over deadly raid": someone who blasts someone criticises them (the tagger may read it as a plural noun)
  { id: 'blasts-criticism', match: '(#NN|#NNP|#NNS) [(blast|blasts|blasted)] (#NNP|#NNPS|#PRP|#DT)', tag: 'idiom', reason: '"X blasts Y": criticism, not an explosion' },
  // "Critics shot down the idea", "The drone was shot down over the sea"
  // "Two players eliminated in the first round": knocked out of a competition
  { id: 'eliminated-in-competition', match: "[(eliminate|eliminates|eliminated|eliminating)] .{0,6} (round|rounds|tournament|cup|league|competition|contest|final|finals|playoff|playoffs|race|match|game|championship|heat|heats|quarter-final|quarter-finals|semi-final|semi-finals|draw|vote|primary|primaries)", tag: 'idiom', reason: 'knocked out of a competition, not killed' },
  // "Minister comes under fire over remarks", "comes under fire from critics": criticism
  { id: 'come-under-fire-criticism', match: '[(come|comes|came|coming)] (for|over|from) !(#CD|the|a|an|israeli|russian|ukrainian|troops|soldiers|forces|militants|gunmen|rebels|snipers)', tag: 'idiom', reason: '"under fire for/over/from" critics: criticism, not shooting' },
  { id: 'shoot-down', match: '[(shot|shoot|shoots|shooting)] down', tag: 'idiom', reason: '"shoot down": an aircraft or an idea, not people' },
  // "Exam season is killing me"
  { id: 'killing-me', match: '[(kill|kills|killing|killed)] me', tag: 'idiom', reason: 'a speaker cannot report their own killing: a figure of speech' },
  // "He suffered a cardiac arrest"
  { id: 'cardiac-arrest', match: '(cardiac|respiratory|heart) []', tag: 'idiom', reason: 'a medical arrest, not a detention' },
  // "first animal death toll from its floods": the manual leaves out harm only to animals
  { id: 'animal-deaths', match: '(animal|animals|livestock|cattle|wildlife|bird|birds|fish|pet|pets) [(death|deaths)]', tag: 'idiom', reason: 'deaths of animals, which the manual leaves out' },
  // "rare owl hatched in captivity", "pandas born in captivity": animals bred and kept, no one held
  { id: 'bred-in-captivity', match: '(bred|born|hatched|reared|breed|breeds|breeding) in [captivity]', tag: 'idiom', reason: 'animals bred in captivity, no one held' },
  // "police to investigate suspicious pony shooting", "scrutiny for cat shootings": an animal shot, not a person
  { id: 'animal-shooting', match: '(%animals|animals|horse|horses|pony|ponies|cat|cats|deer|pet|pets|livestock|cattle) [(shooting|shootings)]', tag: 'idiom', reason: 'the shooting of animals, which the manual leaves out' },
  // "The death penalty was abolished", "death threats", "death row"
  { id: 'death-compound', match: '[] (penalty|penalties|sentence|sentences|row|threat|threats|certificate|certificates|wish|trap|traps|knell|metal|spiral|grip)', tag: 'idiom', reason: 'a compound that reports no death' },
  // "His arrest record", "Arrest warrants were issued", "the detention centre", "the killing floor", "a displacement camp", "a toll road"
  // "Russian hackers targeted his campaign staff", "scammers target pensioners": targeted online or for money
  { id: 'targeted-online', match: '(hacker|hackers|scammer|scammers|spammers|advertisers|phishers|trolls) #RB? [(target|targets|targeted|targeting)]', tag: 'idiom', reason: 'targeted by hackers, scammers or advertisers: no attack on people' },
  // "Gunmen shot two villagers dead", "Police shot him dead": the death is the shooting's result, counted with its verb
  { id: 'shot-object-dead', match: '(shot|shoot|shoots|shooting|stabbed|stab|stabs|stabbing) (#DT|#JJ|#NN|#NNS|#NNP|#CD|#PRP|#RB){1,3} [dead]', tag: 'counted', reason: 'the result of "shot … dead", counted with its verb' },
  // "10,000 bodies trapped under rubble": the dead, counted by their bodies (implied.ts)
  { id: 'bodies-under-rubble', match: '(bodies|corpses|remains|body) [(buried|trapped)]', tag: 'counted', reason: 'the dead under the rubble: their bodies report the killing' },
  // "Police raid the home of a banker", "FBI raids offices": a search, not an attack
  { id: 'raid-search', match: '[(raid|raids|raided|raiding)] (#DT|#PRP$|#NNP|#POS|#JJ){0,3} %searched-places', tag: 'idiom', reason: 'a raid on a home or an office is a search as often as an attack' },
  // "Ken Burns", "Robert Burns Night": a name after a name, not injuries
  { id: 'name-burns', match: '#NNP [burns]', tag: 'idiom', reason: 'a surname, not burns suffered' },
  // "role to be captured on film", "caught on camera": recorded, not seized
  { id: 'captured-on-film', match: '[(capture|captures|captured|capturing|caught)] on (film|camera|cameras|video|tape|cctv|footage|dashcam|bodycam)', tag: 'idiom', reason: 'captured on film or camera: recorded, not seized or arrested' },
  // "Rep. Louise Slaughter dies", "Attorney General Loretta Lynch": a harm word after a given name is a surname
  { id: 'given-name-surname', match: '%given-name [(slaughter|lynch|hurt|burns)]', tag: 'idiom', reason: 'a surname after a given name, not a harm' },
  // "Student kicked out of school", "kicked him out of the bar", "kicked off a flight": sent away, not kicked
  { id: 'kicked-out', match: '[(kick|kicks|kicked|kicking)] (#PRP|#NNP|#NNPS|#DT|#JJ|#NN|#NNS){0,3} (out|off)', tag: 'idiom', reason: '"kick out", "kick off": to expel someone (or to start), not to kick them' },
  // "judge signs warrant for her arrest", "a warrant for the capture of", "had warrants out
  // for his arrest", "a warrant was issued Monday for the arrest of": an arrest to be made
  { id: 'warrant-for', match: '(warrant|warrants) (out|issued|obtained|%be|#NNP|#RB){0,4} for (#PRP$|the|#NNP|#POS){0,3} []', tag: 'hypothetical', reason: 'a warrant for an arrest to be made, not one reported' },
  // "His arrest record", "the homicide task force", "the Homicide Office": a compound naming a thing or a unit
  { id: 'harm-compound-thing', match: '[] (plot|plots|plotter|plotters|record|records|warrant|warrants|centre|centres|center|centers|facility|facilities|floor|order|orders|camp|camps|road|roads|booth|booths|plaza|detective|detectives|investigator|investigators|squad|squads|unit|units|division|bureau|task|office|offices)', tag: 'idiom', reason: 'a compound naming a thing, not an event of harm' },
  // "a national discussion on sexual violence", "France targets sexual harassment with fines", "the fight against domestic abuse": a kind of harm as a topic or a policy's object, no harm reported
  { id: 'harm-as-topic', match: '(discussion|discussions|debate|debates|conversation|conversations|awareness|fight|combat|combats|combating|combatting|tackle|tackles|tackling|target|targets|targeting|campaign|campaigns|crackdown|crackdowns|down|inaction|law|laws|policy|policies|war) (on|about|against|over|to)? (#JJ|#NN|#PRP$){0,2} [(violence|harassment|abuse|assault|assaults|rape|sexual|domestic)] !(of|against|on|by|in|at)', tag: 'idiom', reason: 'a kind of harm as a topic or the object of a policy, not a harm reported' },
  // "calls for domestic violence leave", "a sexual harassment scandal", "abuse prevention": a compound about a kind of harm
  { id: 'harm-kind-compound', match: '[(violence|harassment|abuse|sexual|domestic)] (leave|prevention|awareness|scandal|scandals|policy|policies|law|laws|reform|reforms|overhaul|bill|bills|legislation|settlement|settlements|culture|hotline|hotlines|training|campaign|campaigns|charity|charities|advocate|advocates|activist|activists|month|suit|suits|lawsuit|lawsuits)', tag: 'idiom', reason: 'a compound about a kind of harm, not a harm reported' },
  // "I remember hearing the shot", "a report of one shot": a shot heard or reported is a sound, no one shot
  { id: 'shot-heard', match: '(hear|hears|heard|hearing|of) (a|the|one) [shot]', tag: 'idiom', reason: 'a shot heard or reported, not a person shot' },
  // "warning over death cap mushrooms": a mushroom's name
  { id: 'death-cap', match: '[death] (cap|caps)', tag: 'idiom', reason: "a mushroom's name, no death reported" },
  // "had a history of alcohol abuse", "drug abuse treatment": the misuse of a substance, no harm done to people
  { id: 'substance-abuse', match: '(alcohol|drug|drugs|substance|opioid|opiate|heroin|cocaine|crack|ecstasy|ketamine|meth|methamphetamine|cannabis|marijuana|inhalant|solvent|steroid|prescription) [abuse]', tag: 'idiom', reason: 'the misuse of a substance, not harm done to people' },
  // "was subjected to racist abuse online", "fans hurled abuse at the referee": insults, not harm done to the body or liberty
  { id: 'verbal-abuse', match: '(verbal|verbally|racist|racial|online|public|homophobic|sexist|misogynistic|hurl|hurls|hurled|hurling|shout|shouts|shouted|shouting|yell|yelled|scream|screamed|torrent|barrage|stream|volley|tirade|anti|anti-) (of)? [(abuse|abuses)]', tag: 'idiom', reason: 'insults, not harm done to people' },
  // "abuse of power", "accused of abuse of office": the misuse of a thing, not harm done to people
  { id: 'abuse-of-thing', match: '[(abuse|abuses)] of (#DT|#PRP$|#JJ){0,2} (power|powers|office|authority|process|position|trust|discretion|privilege|privileges|dominance|system|procedure|procedures|law|laws|rules|funds|money|resources)', tag: 'idiom', reason: 'the misuse of a thing, not harm done to people' },
  // "two men busted through her front door": broke through or into a place, not an arrest
  { id: 'bust-through', match: '[(bust|busts|busted|busting)] (through|into|open|down|in)', tag: 'idiom', reason: 'breaking through or into a place, not an arrest' },
  // "faces up to life imprisonment", "faces a maximum sentence of execution", "faces deportation": a penalty that may come (not "faces starvation");
  // the anchor is a sentence's first word too, its kind or length (nouns.yml penal-sentence: "faces a lengthy jail sentence")
  { id: 'faces-penalty', match: '(face|faces|facing|could|may) (up|to|a|an|the|either|maximum|possible|potential|life|mandatory|minimum|of|anywhere|from|#CD|#NN|#NNS|#JJ){0,7} [(imprisonment|execution|sentence|sentences|deportation|extradition|jail|gaol|prison|detention|arrest|in|death|life|custodial|lengthy|maximum|minimum|mandatory|harsh|stiff|heavy|year|month)]', tag: 'hypothetical', reason: 'a penalty someone faces, not one given' },
  // "indicted on charges of murder for hire": a killing paid for, charged as a plot
  // "shot execution-style": the manner of a killing the verb reports, not a second event
  { id: 'execution-style', match: '[(execution|executions)] (-)? style', tag: 'counted', reason: 'the manner of a killing, counted with its verb' },
  { id: 'murder-for-hire', match: '[(murder|murders|killing|killings)] (-)? for (-)? hire', tag: 'hypothetical', reason: 'a killing hired for, charged as a plot, not reported done' },
  // "Bomb suspect's family speaks", "the shooting suspect was named": a person named by the crime suspected of them, no harm reported
  // (only a weapon's: a suspect of an event, "the murder suspect", "bombing suspects", presupposes
  // it happened, and the dev coders read 9 of 12 such texts as harm; "bomb suspects" 0 of 9)
  { id: 'suspect-compound', match: '[(bomb|bombs)] (suspect|suspects)', tag: 'idiom', reason: 'names a suspect by a weapon, reports no harm' },
  // "Minister fired on Twitter", "fired on live TV": dismissed through a medium ("fired on" read as "fire on"), not shot at
  { id: 'fired-by-medium', match: '[(fire|fires|fired|firing)] (on)? (live)? (twitter|facebook|instagram|tv|television|radio|camera|video|zoom)', tag: 'idiom', reason: 'dismissed through a medium, not shot at' },
  // "The new owner began firing staff", "started firing senior managers": dismissals, not shots (rule on start-firing, whose first word is the verb of beginning)
  { id: 'firing-staff', match: '[(start|starts|started|starting|begin|begins|began|begun|beginning)] (#DT|#PRP$|#CD|#JJ){0,2} (staff|staffer|staffers|employee|employees|worker|workers|teacher|teachers|manager|managers|executive|executives|coach|coaches|official|officials|aide|aides|people)', tag: 'idiom', reason: 'staff dismissed, not shot at' },
  // "Suspect fleeing from police", "fled the scene", "charged with fleeing a police officer": running from the law, not displacement
  { id: 'flee-police', match: '[(flee|flees|fled|fleeing)] (from)? (the|a|an)? (police|cops|officers|deputies|troopers|authorities|scene|arrest|custody|justice)', tag: 'idiom', reason: 'fleeing the police or a scene evades arrest: no one is displaced' },
  // "fired live rounds into the air": a warning, at no one
  { id: 'into-the-air', match: '[] (into|in)? the air', tag: 'idiom', reason: 'fired into the air: a warning, at no one' },
  // "caught beating subway fares": riding without paying, no blow
  { id: 'fare-beating', match: '[(beat|beats|beating|beaten)] (the|#NN|#JJ){0,2} (fare|fares|toll|tolls|turnstile|turnstiles)', tag: 'idiom', reason: 'riding without paying a fare: no one is beaten' },
  // "fled in a white van", "fled with cash": a getaway by car or with the loot (from the scene or the police: the rule above)
  { id: 'getaway-with', match: '[(flee|flees|fled|fleeing)] (in|into|with) (a|an|his|her|their|the)? #JJ? (car|vehicle|van|truck|suv|sedan|pickup|motorcycle|cash|money|loot)', tag: 'idiom', reason: 'a getaway by car or with the loot, not people displaced' },
  // "The shooting star was visible", "a new shooting range", "the shooting schedule"
  { id: 'shooting-compound', match: '[] (star|stars|range|ranges|gallery|galleries|script|schedule|season|guard|guards)', tag: 'idiom', reason: 'a compound that reports no shooting' },
  // "a photo shoot", "the film shoot"
  { id: 'photo-shoot', match: '(photo|fashion|film|video|movie|commercial) [(shoot|shoots|shooting)]', tag: 'idiom', reason: 'a shoot of pictures, not of people' },
  // "encourages flu shot for elderly", "a Covid booster shot": a jab of vaccine, not a gunshot
  { id: 'vaccine-shot', match: '(flu|booster|vaccine|vaccination|covid|covid-19|measles|polio|tetanus|allergy|hpv|insulin) [(shot|shots)]', tag: 'idiom', reason: 'a shot of vaccine or medicine, not a gunshot' },
  // "death toll hits 578,000", "crisis-hit government", "lawmaker hit with ethics complaint": a count reaching a figure, an adjective, a charge
  { id: 'hit-figure', match: '(toll|tolls|count|number|figure|total) [(hit|hits|hitting)]', tag: 'idiom', reason: 'a count reaching a figure, not a blow' },
  { id: 'hit-compound', match: '(#NN|#NNS|#NNP|#JJ) - [hit]', tag: 'idiom', reason: 'an adjective of what suffered a trouble ("storm-hit"), not a blow to someone' },
  { id: 'hit-with-charge', match: '[(hit|hits)] with (a|an|the|new|fresh)? (#NN|#NNP|#JJ){0,2} (complaint|complaints|lawsuit|lawsuits|suit|fine|fines|charge|charges|sanctions|ban|penalty|penalties|tax|taxes|bill|subpoena|indictment)', tag: 'idiom', reason: 'charged or fined, not struck' },
  // "expelled from the party", "demands Russia's expulsion from the U.N.", "boy expelled for braiding his hair": a member put out of a body or a school, not people driven from their homes
  { id: 'expelled-membership', match: '[(expel|expels|expelled|expelling|expulsion|expulsions)] (#PRP|#NNP|#NNPS|#DT|#JJ|#NN|#NNS|#POS){0,3} from (the)? (#NNP|#JJ|#NN|#VBG){0,2} (school|schools|college|university|academy|party|club|league|u.n.|un|union|parliament|senate|congress|church|team|tournament|competition|olympics|games|federation|organization|organisation|alliance|bloc|council|assembly|committee|association)', tag: 'idiom', reason: 'a member put out of a body or a school: membership, not displacement' },
  { id: 'expelled-for', match: '[(expelled)] for #VBG', tag: 'idiom', reason: 'expelled for something done: a school or a body disciplining a member' },
  // "us asked for expulsion of diplomats": the noun of rule diplomats-expelled
  { id: 'diplomats-expulsion', match: '[(expulsion|expulsions)] of (the|a|an|#CD|#JJ|#NNP|#NNPS){0,3} (diplomat|diplomats|ambassador|ambassadors|envoy|envoys|attache|attaches|consul|consuls)', tag: 'idiom', reason: 'envoys sent home: diplomacy, not displacement' },
  // "a dead heat", "a dead end", "dead tired"
  { id: 'dead-idiom', match: '[dead] (heat|end|ends|weight|zone|tired|serious|wrong|right|set|silent|calm|last|easy|simple|centre|center|letter|wood|battery|batteries|line|lines)', tag: 'idiom', reason: 'an idiom with "dead", not a death' },
  // "the harbour lay dead ahead", but not "mayor shot dead ahead of the vote", where "ahead of" is the time
  { id: 'dead-ahead', match: '[dead] ahead !of', tag: 'idiom', reason: '"dead ahead": straight in front, not a death' },
  // "The project is dead in the water"
  { id: 'dead-of-night', match: '[dead] of (the)? night', tag: 'idiom', reason: '"the dead of night": the middle of the night, not the dead' },
  { id: 'dead-in-the-water', match: '[dead] in the water', tag: 'idiom', reason: 'an idiom: the plan has failed' },
  // "9,000 patients require urgent evacuation abroad", "need medical evacuation": a need, not a harm done
  { id: 'needed', match: '(need|needs|needed|needing|require|requires|required|requiring) (urgent|medical|immediate|emergency)? []', tag: 'hypothetical', reason: 'harm needed or required, not reported' },
  // "rejects move to seek his arrest", "bid for his arrest", "requests arrest of"
  { id: 'sought', match: '(seek|seeks|sought|seeking|bid|bids|request|requests|requested|apply|applies|applied) (for)? (#PRP$|#DT|#NNP|#NNPS|#POS){0,3} []', tag: 'hypothetical', reason: 'harm sought or requested, not reported' },
  // "UK opposes Rafah offensive", "alternatives to a ground offensive", "fear bloody ground offensive", "a looming attack"
  { id: 'attack-opposed', match: '(oppose|opposes|opposed|opposing|reject|rejects|rejected|rejecting|alternative|alternatives|plan|plans|planned|planning|possible|potential|looming|imminent|expected|anticipated|fear|fears|feared|prepare|prepares|preparing|prepared) (to|for|of)? (#JJ|#DT|#PRP$|#NNP|#NN|#POS){0,3} [(attack|attacks|offensive|offensives|strike|strikes|assault|invasion|incursion)]', tag: 'hypothetical', reason: 'an attack opposed, planned or feared: not reported as carried out' },
  // "an offensive in Rafah would be devastating", "invasion of the city could cost thousands of lives": a campaign whose outcome is
  // foretold (not "attacks could constitute genocide": attacks so named have happened)
  { id: 'attack-foretold', match: '[(offensive|offensives|assault|invasion|incursion)] (in|on|into|of|against)? (#DT|#NNP|#JJ|#NN){0,3} %modal not? (#VB|be) !#VBN', tag: 'hypothetical', reason: 'an attack whose outcome a modal foretells: not reported as carried out' },
  // "an offensive into Rafah is not imminent", "invasion of the city is likely"
  { id: 'attack-foreseen-after', match: '[(offensive|offensives|assault|invasion|incursion)] (in|on|into|of|against)? (#DT|#NNP|#JJ|#NN){0,3} %be not? (imminent|looming|likely|possible|expected|unlikely)', tag: 'hypothetical', reason: 'an attack foreseen or ruled out, not reported' },
  // "envoys will discuss the ground offensive", "talks about a Rafah offensive": a campaign talked over, not one carried out
  { id: 'attack-discussed', match: '(discuss|discusses|discussed|discussing|talks|talk|meeting|meetings) (about|on|over|of)? (#DT|#JJ|#NN|#POS|#PRP$){0,3} [(offensive|offensives|invasion|incursion)]', tag: 'hypothetical', reason: 'a campaign discussed, not reported as carried out' },
  // "restrictions may amount to the war crime of starvation", "could constitute genocide": a legal finding hedged
  // "claimed the walkout would result in child abuse", "a policy that could lead to famine"
  { id: 'modal-result', match: '%modal not? #RB? (result|lead|cause) (in|to)? (#DT|#JJ|#NN|#CD){0,3} []', tag: 'hypothetical', reason: 'harm said to be a consequence to come, not reported' },
  // "Russia expels 23 British diplomats", "Two envoys expelled": a diplomatic act, no forced removal of people
  { id: 'expel-diplomats', match: '[(expel|expels|expelled|expelling)] (#CD|#JJ|#NNP|#NNPS|#DT){0,3} (diplomat|diplomats|ambassador|ambassadors|envoy|envoys|attache|attaches|consul|consuls)', tag: 'idiom', reason: 'diplomats expelled: a diplomatic act, not forced displacement' },
  // "Russia expels three members of the Polish mission": staff of a diplomatic mission sent home
  { id: 'expel-mission-staff', match: '[(expel|expels|expelled|expelling)] (#CD|#JJ|#DT){0,3} (members|member|staff|staffers|officials) of (#DT|#JJ|#NNP|#NNPS|#NN){0,4} (mission|missions|embassy|embassies|consulate|consulates|delegation)', tag: 'idiom', reason: 'diplomats expelled: a diplomatic act, not forced displacement' },
  { id: 'diplomats-expelled', match: '(diplomat|diplomats|ambassador|ambassadors|envoy|envoys|attache|attaches|consul|consuls) (%be)? #RB? [(expelled)]', tag: 'idiom', reason: 'diplomats expelled: a diplomatic act, not forced displacement' },
  { id: 'may-amount-to', match: '%modal not? (amount|constitute) to? (#DT|#JJ|#NN|of){0,4} []', tag: 'hypothetical', reason: 'a hedged legal finding, not harm reported' },
  // "cleric urges suicide bombings", "advocated mass expulsions": harm urged on others, not reported
  { id: 'urged', match: '(urge|urges|urged|urging|advocate|advocates|advocated|advocating|encourage|encourages|encouraged|encouraging) (more|further|new|#DT|#JJ|#NN|#PRP$|#POS|#CD){0,3} []', tag: 'hypothetical', reason: 'harm urged, not reported' },
  // "calls for the evacuation of Rafah", "demand for a Rafah evacuation", "pushes for mass deportations": harm called for
  { id: 'called-for', match: '(call|calls|called|calling|demand|demands|demanded|demanding|appeal|appeals|appealed|push|pushes|pushed|pushing) for (#DT|#JJ|#NN|#NNP|#PRP$|#POS|#CD){0,3} []', tag: 'hypothetical', reason: 'harm called for, not reported' },
  // "a deportation challenge", "the expulsion policy", "eviction hearings": the matter argued, not a removal done
  { id: 'legal-matter', match: '[(deportation|deportations|expulsion|expulsions|eviction|evictions|extradition|extraditions|detention|detentions)] (challenge|challenges|case|cases|hearing|hearings|appeal|appeals|policy|policies|plan|plans|bill|bills|law|laws|app|apps|proceedings|ruling|rulings|threat|threats|fight|fights|battle|battles)', tag: 'idiom', reason: 'a compound naming a legal or political matter, not a removal reported' },
  // "live-fire shooting drills", "a shooting exercise"
  // "genocide claim", "a genocide attempt", "genocide accusations": a charge, not killing reported;
  // "the U.N. genocide court", "a genocide tribunal": a court named for the crime it tries
  { id: 'genocide-charge', match: "[(genocide|genocides)] ('|’|\"|”)? (claim|claims|charge|charges|accusation|accusations|allegation|allegations|attempt|attempts|convention|label|debate|row|denial|court|courts|tribunal|tribunals)", tag: 'idiom', reason: 'a charge or claim of genocide, or a court named for it, not a report of killing' },
  // "self-deportation": leaving of one's own accord; "my self-torture": done to oneself, a figure of speech
  { id: 'self-deportation', match: 'self -? [(deportation|deportations|deport|deports|deported|torture)]', tag: 'idiom', reason: 'done of one\'s own accord, not a forced removal or torture' },
  { id: 'drill', match: "[(shooting|shootings|firing)] ('|’|\"|”)? (drill|drills|exercise|exercises|practice|practices|competition|competitions|contest|contests|club|clubs|lesson|lessons)", tag: 'idiom', reason: 'a compound naming training or sport, not people shot' },
  // "ratified the Istanbul Convention against violence against women", "a campaign against
  // torture": a law, treaty or campaign against a kind of harm names the kind, not harm done
  // (the kinds it lists too: "against violence against women and domestic violence")
  { id: 'against-a-kind', match: '(convention|conventions|treaty|treaties|law|laws|bill|legislation|campaign|campaigns|strategy|day) against (#JJ|#NN|and|or|against|of){0,6} []', tag: 'hypothetical', reason: 'a law, treaty or campaign against a kind of harm, not harm reported' },
  // "Israel to expel aid activists", "Iran to execute protester": a headline's "X to do" is planned, not reported
  // (a verb's plain form: not an -ing after the preposition "to", "pleads guilty/NN to killing")
  { id: 'headline-plan', match: '(#NN|#NNS|#NNP|#NNPS) to [(#=VB|#=VBP)]', tag: 'hypothetical', reason: 'a headline\'s "X to do": harm planned or announced, not reported' },
  // "Farm workers to be deported", "Three men to be hanged": the passive of the same, done to
  // the people before; plural only, as "the first journalist to be killed" reports a killing
  { id: 'headline-plan-passive', match: '(#NNS|#NNPS|#CD) to be []', tag: 'hypothetical', reason: 'a headline\'s "X to be done": harm planned or announced, not reported' },
];

/** Words that make a harm a killing: "shot dead", "beaten to death", "fatally stabbed". */
export const KILLING_RULES: ReadonlyArray<HarmRule<'killing'>> = [
  // "Two men shot dead in Belfast", "shot dead a Palestinian man"
  { id: 'verb-dead', match: '[] dead', tag: 'killing', reason: '"… dead": the harm killed' },
  // "Gunmen shot two villagers dead", "Police shot him dead"
  { id: 'verb-object-dead', match: '[(shot|shoot|shoots|shooting|stabbed|stab|stabs|stabbing)] (#DT|#JJ|#NN|#NNS|#NNP|#CD|#PRP|#RB){1,3} dead', tag: 'killing', reason: '"shot … dead": the shooting killed' },
  // "Man beaten to death in custody", "Assailants stab teenager to death"
  { id: 'to-death', match: '[] (#DT|#JJ|#NN|#CD|#PRP|#HYPH){0,4} to death', tag: 'killing', reason: '"… to death": the harm killed' },
  // "A 19-year-old was fatally shot"
  { id: 'fatally', match: '(fatally|mortally) []', tag: 'killing', reason: '"fatally …": the harm killed' },
];
