// Passive voice, table-driven: each row is a text and the passives expected in it, written
// as "form:verb" or "form:verb<agent".

import { analyze } from '../src/analyze';
import type { PassiveAnnotation } from '../src/types';
import { passives, show } from './support/passives';

describe('passives found', () => {
  test.each<[string, string[]]>([
    // headline passives with no auxiliary
    ['Hundreds killed as Syria security forces battle al-Assad loyalists', ['reduced:killed']],
    ['Three Palestinians killed in Israeli strike', ['reduced:killed']],
    ['Man shot dead by police', ['reduced:shot<police']],
    // a dash with spaces is no hyphen of a compound
    ['Eight wounded - police say', ['reduced:wounded']],
    ['Protester shot dead by police', ['reduced:shot<police']],
    ['Hundreds killed, thousands displaced', ['reduced:killed', 'reduced:displaced']],
    ['Hundreds killed.', ['reduced:killed']],
    ['Attached is the draft.', ['full:Attached']],
    ['He is either fined or sent to prison.', ['full:fined', 'full:sent']],
    ['They were both killed.', ['full:killed']],
    ["I'm told they were shot.", ['full:told', 'full:shot']],
    ['Homes demolished in East Jerusalem', ['reduced:demolished']],
    // a time span after the participle is no object and no modified noun
    ['Three killed hours after truce', ['reduced:killed']],
    ['Journalist Detained Days After Arrest', ['reduced:Detained']],
    ['Protester shot two weeks ago dies', ['reduced:shot']],
    // a participle with no object before a reduced passive in a list shares it
    ['Hospital staff threatened, assaulted in overnight raid', ['reduced:threatened', 'reduced:assaulted']],
    ['Two men arrested and deported', ['reduced:arrested', 'reduced:deported']],
    // a participle-only form the tagger may read as a base form
    ['Demonstrators beaten, arrested at university sit-in', ['reduced:beaten', 'reduced:arrested']],
    // full passives
    ['Protesters were shot.', ['full:shot']],
    ['The house has been destroyed.', ['full:destroyed']],
    ['Data should not be lost.', ['full:lost']],
    ['She was only asked.', ['full:asked']],
    ['Summary statistics were produced.', ['full:produced']],
    ['Mohammed al-Hassan was detained by security forces in Baniyas', ['full:detained<security forces']],
    ['Why was the city called Miramar?', ['full:called']],
    // get-passive
    ['He got fired.', ['get:fired']],
    // coordinated: the auxiliary and the agent are shared
    ['They were arrested and beaten by police.', ['full:arrested<police', 'full:beaten<police']],
    // a verb with no passive shares no auxiliary: "fled" is active
    ['The driver was shot and fled on foot.', ['full:shot']],
    ['The suspects were arrested, beaten and tortured by guards.', ['full:arrested<guards', 'full:beaten<guards', 'full:tortured<guards']],
    // a conjunct after the first participle's own phrase shares its auxiliary too
    ['The men were arrested by police, taken to a station and beaten.', ['full:arrested<police', 'full:taken', 'full:beaten']],
    ['He was arrested in May, released in June and charged in July.', ['full:arrested', 'full:released', 'full:charged']],
    ['The disk was confiscated during his arrest and handed over to Egypt.', ['full:confiscated', 'full:handed']],
    ['The children can be checked in and checked out.', ['full:checked', 'full:checked']],
    // a conjunct with its own object is active
    ['She was arrested in May and killed two guards.', ['full:arrested']],
    // participle clauses
    ['A policy aimed at peace was adopted.', ['reduced:aimed', 'full:adopted']],
    ['A measure created by the council passed.', ['reduced:created<the council']],
    ['Officials said two men killed in the raid were civilians.', ['reduced:killed']],
    // reported clauses in headlines
    ['Israel says 3 militants killed in Jenin raid', ['reduced:killed']],
    ['Witnesses say protesters shot by security forces', ['reduced:shot<security forces']],
    ['Activists say detainees tortured in prison', ['reduced:tortured']],
    // Title Case and ALL CAPS
    ['Protesters Were Shot by Police', ['full:Shot<Police']],
    ['PROTESTERS WERE SHOT BY POLICE OUTSIDE THE MINISTRY', ['full:SHOT<POLICE']],
    ['Dozens Detained After Protest In Damascus', ['reduced:Detained']],
    // raising passives: the subject is what is said or believed
    ['Dozens believed to have been killed in Darfur raid', ['reduced:believed', 'full:killed']],
    ['Commander said to be among the dead', ['reduced:said']],
    // "left" with a state of harm right after it has no object
    ['Teenager left paralysed after police shooting', ['reduced:left']],
    // a participle the tagger reads as a proper noun in Title Case ("Shot/NNP")
    ['Journalist Shot In Mexico', ['reduced:Shot']],
    ['JOURNALIST SHOT IN MEXICO', ['reduced:SHOT']],
    // "armed" and "involved" after "be" name a state
    ['The guard was armed with a rifle.', []],
    ['The two drivers were involved in a brawl.', []],
    // a verb whose base form is its participle, tagged as a base or present form, with no object
    ['Striking Miners Hurt In Clash With Guards', ['reduced:Hurt']],
    ['Senator Hit With Fresh Ethics Complaint', ['reduced:Hit']],
    // a result ("dead") is no object
    ['Journalist Shot Dead In Mexico', ['reduced:Shot']],
    // an -ing adjunct is no object of a verb that needs one
    ['Palestinians Killed Waiting For Aid, Gaza Health Officials Say', ['reduced:Killed']],
    ['Teenager killed trying to cross border', ['reduced:killed']],
    // verbs of news coverage that need an object when active
    ['Activist Detained In Cairo Freed After Three Weeks', ['reduced:Detained', 'reduced:Freed']],
    ['Ceasefire violated hours after truce', ['reduced:violated']],
    // "forced" needs an object when active: none before "to" in a reported clause
    ['Witnesses say villagers forced to dig trenches', ['reduced:forced']],
    // gapping: a count after "and" shares the earlier passive's auxiliary ("and 900 [were] wounded")
    ['Officials said 300 people had been killed and 900 wounded since Monday.', ['full:killed', 'reduced:wounded']],
    ['At least 40 people have been killed, the army said, and more than 200 injured.', ['full:killed', 'reduced:injured']],
    ['The ministry said 40 people were killed and many more hurt in the shelling.', ['full:killed', 'reduced:hurt']],
  ])('%s', (text, expected) => {
    expect(passives(text).map(show)).toEqual(expected);
  });
});

describe('news verbs that must have an object (obligatorily-transitive.yml)', () => {
  test.each([
    ['Border talks canned', 'canned'],
    ['Two drones intercepted over the capital', 'intercepted'],
    ['Victims laid to rest in hometown', 'laid'],
    ['Old statue removed from town square', 'removed'],
    ['Draft law sent to upper house', 'sent'],
  ])('%s: "%s" is passive by the list, not by the classifier', (text, verb) => {
    const found = analyze(text).annotations.find((a): a is PassiveAnnotation => a.type === 'passive' && a.verb.text === verb);
    expect(found?.rule).toBe('passive/must/transitive-without-object');
  });
});

describe('not passives', () => {
  test.each([
    'Police killed two men.',
    // no earlier passive to share an auxiliary with: "and 900" is no gapped subject
    'Rebels killed 40 people and 900 fled the town.',
    // "both" before a result is the object, a pronoun the tagger reads as an adverb
    'Masked men shot both dead.',
    'Police Killed Two Men In Latakia On Tuesday',
    // a time span without "after" / "ago" is an object
    'Police killed hours of footage.',
    'Soldiers killed two men days after the truce.',
    'POLICE KILLED TWO MEN IN LATAKIA',
    'Security forces kill hundreds',
    'Police shoot dead 12 protesters',
    'Police shot dead 12 protesters.',
    'Police fired and killed two men.',
    'Clashes left dozens dead',
    // the passive manual: "is prepared to", "are set to" say how ready someone is
    'The union is prepared to resume talks.',
    'Lawmakers Are Set To Vote On The Budget',
    'Coach left injured players out of squad',
    // a verb that also takes an infinitive of its own subject
    'He claimed to be a doctor.',
    'They have killed many.',
    'He was tired.',
    'She is interested in art.',
    'The reported reasons were vague.',
    'Police shot at protesters.',
    'Troops fired into the crowd.',
    'The US troops fired into the hostile crowd, killing 4.',
    'My source of income changed from Mozilla to Google.',
    'Teen dies after confrontation with troops',
    'Witnesses said officers fired without warning as the crowd sat down in the road.',
    'Army says soldiers fired warning shots',
    // an -ing word before a noun modifies the object
    'Police killed fleeing suspects.',
    // "shot" as a noun, or with an object, or in prose where it may be active
    'Flu shot in short supply',
    'Man shot his wife',
    'The police shot in the air to disperse the crowd.',
    // a counted noun phrase is an object
    'Floods killed more than 100 people',
    'Militants killed over 100 people in raid',
    // a genitive "'s" before a participle that modifies a noun is no "is"
    "Critics question the council's planned bypass road",
    // a participle hyphened to the word after it is half of a compound
    'Voters turn on left-wing mayor',
    // a verb with no object at all has no passive
    'Trust in doctors soared in the north',
  ])('%s', (text) => {
    expect(passives(text).map(show)).toEqual([]);
  });
});

describe('agents', () => {
  test.each<[string, string | null]>([
    ['The village was shelled by government forces on Monday.', 'government forces'],
    ['The report was written by members of the commission.', 'members of the commission'],
    ['Arms sold by US, British and Swiss firms were found.', 'US, British and Swiss firms'],
    ['The decision was criticised by many.', 'many'],
    ['The deal was signed by Tuesday.', null],
    ['Prices were increased by 5 per cent.', null],
    ['The cases were handled case by case.', null],
    ['Donations raised by the campaign were returned.', 'the campaign'],
    ['The village was settled by mainly European immigrants.', 'mainly European immigrants'],
    ['The note was sent by a law firm.', 'a law firm'],
    ['The wolf was hit by a car.', 'a car'],
    ['The goods were transported by land.', null],
    ['Orders were sent by e-mail.', null],
    // a means word is bare only when no noun follows
    ['Journalists harassed by phone calls from abroad', 'phone calls'],
    ['The note was delivered by hand yesterday.', null],
    // quotes and a short bracketed aside inside the agent's noun phrase
    ['The claim was cited by the Center\'s "Intelligence Report" last year.', 'the Center\'s "Intelligence Report'],
    ['The flats were hit by a 9m (30ft) storm surge.', 'a 9m (30ft) storm surge'],
    ['The town was shelled by "rebels".', 'rebels'],
    ['He was shot by police (officials said).', 'police'],
    // an -ing clause after "of" is no part of the agent; an -ing modifier is
    ['Government forces were accused by witnesses of taking part in the massacres.', 'witnesses'],
    ['The bill was backed by members of the ruling party.', 'members of the ruling party'],
    // a headline's verb ends the agent, whatever its tag
    ['Man Shot By Police Dies Of Wounds', 'Police'],
    ['Woman stabbed by ex-partner dies in hospital', 'ex-partner'],
    // a plural that can be a verb, before another noun phrase, is the headline's verb
    ['Family of man killed by police demands answers', 'police'],
    ['Civilians killed by US forces claims group', 'US forces'],
    // the -ing form of a verb with no object describes the noun after it; a verb with one is a means
    ['Man killed by falling tree', 'falling tree'],
    ['Villagers killed by advancing troops', 'advancing troops'],
    ['Protesters dispersed by throwing stones', null],
  ])('%s → %s', (text, agent) => {
    const found = passives(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.agent?.text ?? null).toBe(agent);
  });
});

describe('explanations', () => {
  test('an agentless passive says the doer is not named', () => {
    const [p] = passives('Hundreds killed as Syria security forces battle al-Assad loyalists');
    expect(p?.form).toBe('reduced');
    expect(p?.rule).toBe('passive/must/transitive-without-object');
    expect(p?.explanation).toMatch(/does not say who did it/);
  });
  test('a passive with an agent quotes it', () => {
    const [p] = passives('Protesters were shot by police.');
    expect(p?.text).toBe('were shot');
    expect(p?.explanation).toContain('by police');
  });
});
