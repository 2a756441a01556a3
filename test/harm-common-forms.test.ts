// Common kinds of harm report, and of headline that only sounds like one: probes written at
// stop 48 to find forms the lexicon lacked (none of it is gold text, nor copied from gold; it
// is no accuracy figure). Each row is what a reader of the manual would expect of its kind:
// a harm found, or none. docs/harm.md "Known limits" keeps the rows below that fail.

import { analyze } from '../src/analyze';

const findsHarm = (text: string): boolean => analyze(text).annotations.some((a) => a.type === 'harm');

/** Headlines and crime-report sentences that report harm to people. */
const REPORTS_HARM = [
  // a campaign of attacks named by its force (implied.ts ATTACKS, stop 56); people captured, named as the capture's own
  'Talks stalled a year after the capture of two soldiers',
  // "most wanted" names the one sought (rule wanted-done keeps "Police wanted him arrested"); a British charge of assault
  'Most wanted smuggler killed in border raid',
  'Bouncer found guilty of GBH after nightclub brawl',
  // a verdict on a death is on a crime (context.yml violence: guilty, acquitted)
  'Nurse found guilty over the death of a patient',
  // people missing where a disaster or accident is named, feared dead (implied.ts missingInDisaster, stop 65:
  // the dev coders counted 20 of 25 such texts as harm; these two rows stood among the forms of no harm before)
  'Shipwreck off Greece leaves hundreds missing',
  'Fisherman missing after boat capsizes',
  // a fatal overdose is a death (nouns.yml deadly-event)
  'Town records four fatal overdoses in a week',
  'The former governor saw his lawyer a month after his capture in the hills.',
  'Aid groups count the cost of the army onslaught on the town',
  'Teenager stabbed to death in park',
  'Grandmother mugged outside bank',
  'Pensioner robbed and beaten in home',
  'Toddler mauled by family dog',
  'Cyclist killed in hit-and-run',
  'Hiker falls to death',
  'Three dead as floods sweep village',
  'Refugees drown off Libya',
  'Activist abducted by gunmen',
  'Journalist detained at airport',
  'Protester blinded by rubber bullet',
  'Soldier killed by roadside bomb',
  'Villagers massacred by militia',
  'Students tear-gassed at rally',
  'Prisoner dies in custody',
  'Family of five perish in house fire',
  'Bus plunges into ravine, killing 20',
  'Earthquake kills hundreds',
  'Gunmen storm hotel, take hostages',
  'Police beat protesters with batons',
  'Man hacked to death with machete',
  'Woman set ablaze by husband',
  'Worker crushed by machinery',
  'Dozens poisoned by tainted alcohol',
  'Aid worker executed by militants',
  'Blogger flogged in public',
  'Dissident jailed for 10 years',
  // (eviction and expulsion where violence is around, or of a people: entry expel)
  'Settlers evicted families from their homes at gunpoint',
  'Thousands displaced by fighting',
  'Civilians starve under siege',
  'Children die of malnutrition',
  'Man lynched by mob',
  'Girl, 12, sexually assaulted',
  'Nurse slapped by patient',
  'Referee punched by player',
  'Motorist assaulted in road rage attack',
  'Prisoners tortured, report says',
  'Rebels behead captive',
  'Drone strike kills militants',
  'Airstrike hits school',
  'Shelling wounds 12',
  'Sniper kills child',
  'Mortar attack injures five',
  'Suicide bomber kills 30',
  'Landmine maims farmer',
  'Gas attack kills dozens',
  'Student knifed outside school',
  'Shopkeeper gunned down in robbery',
  'Woman strangled in her flat',
  'Baby shaken to death by father',
  'Man bludgeoned with hammer',
  'Pedestrian mowed down by truck',
  'Climber plunges to his death',
  'Skier buried by avalanche',
  'Passengers injured as train derails',
  'Two feared dead after blast',
  // one person feared dead is missing, no obituary (events.ts isViolent, stop 78)
  'Ruritanian tourist feared dead in Zenda',
  // offenders who undergo an arrest verb are taken into custody (events.ts offendersBefore, stop 78)
  'Arms smugglers caught at Zenda port',
  'Top guerrilla caught at Zenda port',
  // an event's toll up to a count (nouns.yml rising-toll, event-toll: stop 78)
  'Zenda tunnel collapse toll up to 12',
  // soldiers on patrol are people (places.yml, stop 78)
  'Rebels ambush Zendan army patrol near the border',
  // people trapped by an accident or a disaster (entry trapped, stop 78: the dev coders gave harm to
  // 40 of the 51 texts the entry reads; this row stood among the forms of no harm before)
  'Miners trapped after collapse',
  'Tunnel collapse traps nine Zendan workers',
  // survivors of a disaster or an accident the text names (implied.ts survivorsOfDisaster, stop 78)
  'Zenda quake survivors wait for tents',
  'Lone survivor of Ruritanian ferry sinking found',
  'Hundreds hospitalised after gas leak',
  'Inmate beaten by guards',
  'Detainees held without charge',
  'Opposition leader placed under house arrest',
  'Protesters rounded up by police',
  'Farmers shot dead by soldiers',
  'Women trafficked into forced labour',
  'Boy drowned in river',
  'Elderly couple murdered in their home',
  'Policeman ambushed and killed',
  'Tourists kidnapped in desert',
  'Activist disappeared after arrest',
  'Priest assassinated at altar',
  'Crowd fired upon by troops',
  'Demonstrators teargassed and beaten',
  'Schoolgirls abducted from dormitory',
  'Man killed by elephant',
  'Swimmer bitten by shark',
  'Woman gored by bull',
  'Farmer trampled by cattle',
  'Village torched by militia',
  'Journalists harassed and threatened',
  'Blogger sentenced to death',
  'Dissident hanged',
  'Rapper shot outside club',
  'Student dies after hazing',
  'Worker dies in factory fire',
  'Miners killed in explosion',
  'Soldiers wounded in clash',
  'Rebels killed in fighting',
  'Man electrocuted by power line',
  'Girl raped by stepfather',
  'Wife battered by husband',
  'Inmates starved in prison',
  'Toddler scalded by boiling water',
  'Nurse spat on and kicked',
  'Medics pronounced the driver dead on arrival.',
  'He suffered gunshot wounds in both legs.',
  'She was flown to a hospital with injuries to her arms.',
  'The driver sustained serious injuries in the crash.',
  'A bystander was struck by gunfire.',
  'He later died from his injuries.',
  'The victim was rushed to a nearby hospital where he underwent surgery.',
  'Officers found a man lying in the street with multiple stab wounds.',
  'The teen was grazed by a bullet.',
  'Two people were hospitalized after the shooting.',
  'The suspect opened fire on officers.',
  'Deputies returned fire, striking the suspect.',
  'The woman was found unresponsive in her apartment and later pronounced dead.',
  'A cab driver was shot several times.',
  'The clerk was pistol-whipped during the robbery.',
  'The homeowner was tied up and robbed.',
  'Police said the victim was beaten with a baseball bat.',
  'The girl was sexually assaulted by a stranger.',
  'He faces a murder charge in the death of his neighbour.',
  'The suspect was taken into custody at his flat.',
  'Two men were booked into the county jail.',
  'She was found with a bullet wound in her chest.',
  'The officer was treated for minor injuries.',
  'He was killed instantly when the car struck a tree.',
  'Three people were injured when a car plowed into a crowd.',
  'The man was stabbed in the neck during a fight.',
  'The body of a missing hiker was recovered.',
  'Troops open fire on crowd',
  'Mob lynches suspected thief',
  'Gang kidnaps businessman',
  'Court jails opposition leader',
  'Junta executes four activists',
  'Police taser man in wheelchair',
  'Guards pepper-spray inmates',
  'Stampede at stadium kills 12',
  'Crush at festival leaves 20 dead',
  'Landslide buries village, dozens dead',
  'Heatwave deaths rise to 300',
  'Cholera outbreak kills 40',
  'Famine kills thousands in Somalia',
  'Overdose deaths hit record',
  'Road deaths fall for third year',
  'Thousands forced from their homes by fighting',
  'Families evicted in East Jerusalem',
  'Villagers uprooted by dam project',
  'Hundreds made homeless by floods',
  'Rohingya expelled from Myanmar',
  'Settlers torch Palestinian homes',
  'Army raids refugee camp, kills 3',
  'Israeli forces storm al-Aqsa, injure worshippers',
  'Ambush kills eight soldiers',
  'IED blast kills convoy commander',
  'Grenade attack wounds 10',
  'Acid attack leaves woman disfigured',
  'Prison riot leaves 30 dead',
  'Migrants suffocate in truck',
  'Boat carrying migrants capsizes, 40 dead',
  'Baby dies after being left in hot car',
  'Teen drowns at beach',
  'Gas explosion kills family',
  'Fire at nightclub kills 60',
  'Soldier captured by militants',
  'Journalist held incommunicado for months',
  'Dissident vanishes after arrest',
  'Activist tortured in custody, lawyer says',
  'Protester loses eye to police projectile',
  // protesters hurt were hurt in the protest (events.ts protestersBefore)
  'Marchers hurt in Zenda',
  'Children starving in Gaza, UN warns',
  'Aid convoy hit, drivers killed',
  'Hospital shelled, patients killed',
  'Train collision kills 50',
  'Plane crash kills all aboard',
  'Earthquake death toll passes 10,000',
  'Mass grave found near town',
  'Remains of 200 victims exhumed',
  'Man dies in police custody',
  // a country bombed, named alone (verbs.yml strike-place, victim country)
  'Navy jets bomb Libya overnight',
  'Coalition strikes Yemen after missile attack',
  // a body found somewhere, no owner named (implied.ts peopleBeforeFoundBody)
  'Body found in river near old mill',
  // an armed group's attack on a country is on its people (implied.ts byArmedGroup; a state's is not always)
  'Leaders meet after Hezbollah attack on Israel',
  // the doer of a harm named by it, with the people it was done to (implied.ts doerOfPeople)
  'Police name the kidnappers of two tourists',
  // an explosion at a place of people, as an attack there is (implied.ts)
  'Leaders react to the explosion at the city hospital',
  // victims named by what harmed them in an of-phrase (implied.ts victimsOfNamedCause)
  'Zendan villages mourn the victims of the landslide',
  'Victims of the Freedonia ferry collision to get compensation',
  // a weapon fired from somewhere that hits a place of people (implied.ts impactAfterWeapon)
  'Rocket fired from Zenda hits Freedonian school',
  // a part of someone's body cut or broken, and a bone broken (verbs.yml maim-body-part, break-bone)
  "Zendan protester breaks the governor's nose",
  "Bandits cut off two herders' ears in Zenda",
  'Ruritanian goalkeeper breaks wrist in training',
  // people trapped under a structure a participle says collapsed (attribution.ts listedBefore: an accident)
  'Eight trapped under collapsed Zendan building',
  // a wire headline's credit glued on by a hyphen (phrases.ts creditTailStart)
  'Zendan forces kill 20 Taliban-interior ministry',
  // trapped in ruins, whatever brought them down (events.ts causeFits)
  'Freedonian girl trapped in the rubble for three days',
];

/** Figures of speech, sport, business, fiction named as such, harm denied, and harm that is no
 * harm under the manual (property only, a need for care; missing with no disaster named; trapped
 * with no accident or disaster named). */
const REPORTS_NO_HARM = [
  // removal by a landlord or a school is no displacement the manual counts (entry expel)
  'Tenants evicted over unpaid rent',
  'Party expels two councillors',
  // nor a state's removal of migrants (entry deport, stop 64: the dev coders counted 4 of 16 deportations as harm)
  'Migrants deported to Mexico',
  'Apple kills off the iPod after 20 years',
  'Senate kills immigration bill',
  'Netflix shoots down rumours of price rise',
  'Stocks plunge as inflation fears bite',
  'Star kills it on the red carpet',
  'Beyonce slays at Coachella',
  'Trump attacks media in rally speech',
  'Democrats blast Republican budget',
  'Liverpool crush Arsenal 4-0',
  'Federer beats Nadal in Wimbledon final',
  'Comedian roasts president at dinner',
  'Company fires CEO after scandal',
  'Twitter bans thousands of bots',
  'Minister under fire over expenses',
  'Game of Thrones star dies on screen in finale',
  'How to kill your cravings',
  'This diet will knock you out',
  'Brexit talks hit a dead end',
  'Oil prices hit record high',
  'Storm hits stock market',
  'Tech giant targets younger users',
  'Government axes 500 jobs',
  'Pfizer slashes prices',
  'Budget cuts hammer schools',
  'Candidate destroys rival in debate',
  'Meet the woman who survived 10 years in the tech industry',
  'Hollywood mourns legendary actor who died at 92',
  'Queen\'s corgi dies aged 14',
  'Actor dies after long battle with cancer',
  'Fans flock to see new Batman film',
  'Study finds coffee may kill cancer cells',
  'Experts warn of killer heat wave next week',
  'Brutal winter storm expected this weekend',
  'Why millennials are killing the napkin industry',
  'Zombie film tops box office',
  'Assassin\'s Creed sequel announced',
  'Call of Duty breaks sales records',
  'War of words erupts between rappers',
  'Price war hits supermarkets',
  'Trade war escalates as China hits back',
  'Chef fires back at critics',
  'Athlete suffers knee injury in training',
  'Striker out for six weeks with hamstring injury',
  'Team devastated by loss in final',
  'Heartbroken fans mourn end of series',
  'Senator survives primary challenge',
  'Bitcoin crashes again',
  'Phone battery explodes in review unit',
  'Company hit by cyber attack',
  'Hackers target banks in phishing campaign',
  'Brands boycott platform over hate speech',
  'Anti-war protesters march in London',
  'Peace talks resume in Geneva',
  'Celebrity couple announce divorce',
  'Police recruit 1,000 new officers',
  'Police praise community for help',
  'Court hears appeal in fraud case',
  'Judge dismisses lawsuit against company',
  'Taylor Swift shakes off critics',
  'Tesla stock shot up 20 percent',
  'Airline slammed for customer service',
  'Boy survives fall from bridge with no injuries',
  'No one hurt as plane makes emergency landing',
  'Firefighters save family dog from blaze',
  'Rescuers free trapped kitten',
  // trapped where no accident or disaster is named (entry trapped, stop 78)
  'Zendan rebels say an army column is trapped in the valley',
  // survivors of an illness: no disaster (implied.ts survivorsOfDisaster)
  'Flu survivors in Zenda face new tests',
  'Thieves steal painting from museum',
  'Bank robbed, no injuries reported',
  'Vandals smash windows at school',
  'Mayor wants to execute plan by June',
  'The show must go on: band plays despite storm',
  'Cancer survivor completes marathon',
  'Doctors save boy\'s sight after accident at home',
  'Charity raises money for victims\' families',
  'Film about the Holocaust wins award',
  'Remembering the victims of 9/11, 20 years on',
  // victims of what harms no one's body (implied.ts victimsOfNamedCause: no cause named)
  'Victims of the pension fraud in Zenda get their savings back',
  // a verb that harms only a part of the body, with none named (verbs.yml maim-body-part)
  'Government cuts aid to Zenda',
  'Zendan court says the ban breaks Freedonian law',
  'Break a leg, the director told the cast',
  // homes a fire or a flood destroys: property lost, no demolition (events.ts causeFits)
  'Zendan forest fire destroys hillside homes',
  'Homes destroyed as floods sweep Freedonia',
  // deaths to be prevented, counted (rule averted)
  'Clean water could prevent 2 million deaths in Zenda',
  'Child soldiers recruited by rebels',
  'Homes bulldozed by army',
  'The boy remains in critical condition.',
  'The child was airlifted to a trauma center.',
  // a country battered in a figure of speech (verbs.yml pound-place: no country alone)
  'Soaring inflation batters Britain',
  // a topic of policy, not a harm reported (rules harm-kind-compound, kicked-out)
  'Lawmakers unveil sexual abuse reform bill',
  'Singer kicked out of talent show',
  'Watchdog body found that rules were broken',
  'Rovers win it with an injury time header',
  'Rain is the killer of the mood at the fair',
  // harm prepared for, and violence named as a problem (rules braced-for, violence-as-problem)
  'Generals signal readiness for ground offensive in Mosul',
  'Can anything end the cycle of Sunni-Shia violence?',
  // a plot and a pledge (wordlists.yml intention: plot; rule violence-as-problem: "end all violence"),
  // a storm named by its kind striking places, and a capture of no one (nouns.yml capture, context own-victim)
  'Rebels plotted to kill the governor during his visit.',
  // an arrest faced, and a step weighed (rules faces-penalty, considered)
  'Facing arrest, the mayor resigns',
  'Ministry mulls expelling foreign reporters',
  'The militia says it will end all violence.',
  'Cyclone Ana pounds coastal villages',
  'Motion capture studio opens in the docklands',
  'The capture of the hill took a week.',
  // violence to be given up (rule violence-as-problem)
  'The envoy asked the two militias to renounce violence.',
  'Leaders urged the rebels to shun violence before the talks.',
];

describe('common forms of harm', () => {
  test.each(REPORTS_HARM)('%s', (text) => {
    expect(findsHarm(text)).toBe(true);
  });
});

describe('common forms that report no harm', () => {
  test.each(REPORTS_NO_HARM)('%s', (text) => {
    expect(findsHarm(text)).toBe(false);
  });
});

// Known limits: the expectation is the manual's; test.failing passes while the detector is
// wrong and fails, to be moved up, once it is right. A wording with its object inside ("pushed
// X in front of"), a carjacking, "takes a shot at" in criticism, and fiction named only by
// "movie" or "video game".
describe('known limits: common forms', () => {
  test.failing.each([
    ['Teen pushed in front of train', true],
    ['A woman was carjacked at gunpoint.', true],
    ['Apple takes a shot at Samsung in new ad', false],
    ['The 10 most shocking movie deaths of all time', false],
    ['Man arrested in video game loses all his points', false],
  ] as Array<[string, boolean]>)('%s', (text, expected) => {
    expect(findsHarm(text)).toBe(expected);
  });
});
