// Responsibility, victim group, cause and the primary harm (issue 13), on the manual's own
// examples: regression checks, not accuracy (that is `npm run eval -- --only real`).

import { analyze } from '../src/analyze';
import type { HarmAnnotation } from '../src/types';

function primary(text: string): HarmAnnotation {
  const analysis = analyze(text);
  const harms = analysis.annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
  const index = analysis.summary.harm?.primary;
  if (index === null || index === undefined || !harms[index]) throw new Error(`no harm in "${text}"`);
  return harms[index] as HarmAnnotation;
}

describe('responsible: party and link', () => {
  test.each([
    // the one arrested or held for a killing, past a time or a place and bail of custody, a possessor
    // in the killing's name, and past where the one held lives
    ['A 31-year-old man was arrested Tuesday in a Christmas Eve killing of a young father.', 'clause', 'A 31-year-old man'],
    ['Carl Jones, 44, of the 200 block of Elm Road, is held in Pike County jail on $2 million bail in connection with the fatal stabbing of Al Dee, 30.', 'clause', 'Carl Jones'],
    // a party before a quoted harm noun or a quoted modifier of it
    ['Survivors recall Serbian ‘massacre’ in village', 'modifier', 'Serbian'],
    ['Russia’s ‘total’ Mariupol siege enters its second month', 'modifier', 'Russia'],
    // a party right before a harm noun is its doer even after a war waged "against"
    ['Villagers strike against Russian siege on their town', 'modifier', 'Russian'],
    // a force before a harm noun that needs violence around it is both the violence and its doer
    ['Freedonia students angered by police brutality', 'modifier', 'police'],
    ['Police shoot two men', 'grammatical', 'Police'],
    // an attack noun after an adjective is no verb: the -ing adjunct's doer is the clause's subject
    ['Rebel gunmen launched brazen attacks on the valley, killing dozens of farmers', 'grammatical', 'Rebel gunmen'],
    ['Tribal fighters launched a shocking raid, slaughtering herders', 'grammatical', 'Tribal fighters'],
    // a country's abbreviation before the attack it owns, after "in", is its doer, not a place
    ['Six hurt in UK raids on a rebel port', 'modifier', 'UK'],
    ['Israeli airstrike kills 19', 'modifier', 'Israeli'],
    // an insurgency named for its creed (groups.yml: the Maoists of Nepal and India, the Naxalites)
    ['Naxalite bomb attack kills six soldiers', 'modifier', 'Naxalite'],
    ['Naxalites ambush police party, 6 dead', 'clause', 'Naxalites'],
    // a military alliance strikes as a state does (not the U.N., which reports and mediates)
    ['NATO air raid kills nine herders', 'modifier', 'NATO'],
    ['37 killed as army launches strikes', 'clause', 'army'],
    // a headline's second clause that only counts the harmed: the first clause's subject, not the side it acts on,
    // nor one that protests
    ['Afghan troops clash with Taliban fighters, 12 killed', 'clause', 'Afghan troops'],
    ['Suspected rebels bomb army trucks, 5 dead', 'clause', 'rebels'],
    ['Kenyan police disperse a rally, 4 wounded', 'clause', 'Kenyan police'],
    ['Militia gunmen ambush army patrol, 6 dead', 'clause', 'Militia gunmen'],
    // fighters named by their cause or their trade use force as rebels do
    ['Rival bandits clash near the border, 4 dead', 'clause', 'Rival bandits'],
    ['Pirates attack a cargo ship, 2 injured', 'clause', 'Pirates'],
    ['Farmers riot over land, three killed', 'none', null],
    ['Minister says troops shell villages, 9 dead', 'clause', 'troops'],
    // two sides as the first clause's subject, joined by "and" or a comma (stop 67)
    ['Guards and inmates fight at the prison, 5 hurt', 'clause', 'Guards and inmates'],
    ['Soldiers, villagers fight over land, 3 dead', 'clause', 'Soldiers, villagers'],
    // a natural force with its place, a party as any other; a speaker's own deed after "says" (stop 67)
    ['Chile avalanche buries mine road, 8 dead', 'clause', 'Chile avalanche'],
    ['India says destroys rebel Tiger boats, 6 dead', 'clause', 'India'],
    // "mostly" and a party after a count say who the counted were, not who harmed them
    ['Border fighting kills 30, mostly militiamen', 'none', null],
    ['Shelling kills 9, mainly soldiers', 'none', null],
    // a country before a fight inside a prepositional phrase says where it was, whatever the fight's tag
    ['Death toll from Mali clashes climbs to 30', 'none', null],
    // (those who find the dead, past the rest of the subject they open, did not kill them)
    ['Kenyan, Somali troops find six bodies near the border', 'none', null],
    ['Thousands flee as Chad fighting spreads', 'none', null],
    // a party whose object is a step in answer to the harm answers it
    ['Chile orders an inquiry into the shooting of miners', 'none', null],
    // (so do arrests, charges and a hunt that answer a harm: stop 68)
    ["Army makes arrests after chief's murder", 'none', null],
    // (and a verdict for the accused: data/harm/wordlists.yml responding)
    ['Kenya acquits three in reporter killing', 'none', null],
    // a fire after a building's noun is a blaze, an accident, though the tagger read its verb as a plural: no party
    ['Peru textile mill fire kills four, injures nine', 'none', null],
    ['Kenya steps up security after the market bombing', 'none', null],
    ['Dozens detained after protest', 'none', null],
    // a service is a force only as one of security: a church service is no party (wordlists.yml security-services)
    ['A girl was killed by a stray bullet while she attended a church service.', 'none', null],
    // one remanded or put on a charge is its party; so one named right before "on ... charge"
    ['Teacher remanded on murder charges', 'clause', 'Teacher'],
    ['Driver on murder charge faces court', 'clause', 'Driver'],
    // one jailed or sentenced for a harm, past the term, and one a verb read as a noun convicts (stop 73)
    ['Court jails Serb for 12 years for torture', 'clause', 'Serb'],
    ['Court convicts man of murders', 'clause', 'man'],
    // a natural force that opens the harm's own words; no party before a toll
    ['appeal launched for flood victims', 'modifier', 'flood'],
    ['Haiti war toll passes 300', 'none', null],
    // but a natural force before a toll is its modifier, with its own modifier too
    ['Cyclone toll climbs to 30 in Mozambique', 'modifier', 'Cyclone'],
    ['Chilean earthquake toll rises to 700', 'modifier', 'Chilean earthquake'],
    // police no country names, reporting an arrest, are the crime report's source; a state's police report its own operation
    ['A farmer, 40, was arrested after a standoff on Elm Street, county police said.', 'none', null],
    ['Twelve arrested after clashes at the border crossing, Iranian police say', 'clause', 'Iranian police'],
    // a party inside the victims' own post-modifier is none of the harm's
    ['An activist against police violence is shot dead in the capital', 'none', null],
    // a malfunction is an accident's event, no doer
    ['Lift malfunction injures nine skiers', 'none', null],
    // a blaze is an accident's event too, not a doer
    ['Warehouse blaze injures two firefighters', 'none', null],
    // asked to act ("press Hamas to", "call for Hamas to") is not acting in the harm
    ['Mediators press Hamas to accept the truce after two hostages killed', 'none', null],
    ['Envoy renews call for Hamas to accept deal as 12 killed in Gaza', 'none', null],
    ['Two killed in Russian shelling of Kharkiv', 'modifier', 'Russian'],
    // a demonym before a populated place says whose place it is, not who did the harm
    ['Dozens killed in explosion at Syrian hospital', 'none', null],
    // nor one past an adverb before the verb of saying ("again recounted")
    ['The Ukrainian president again recounted the horrors of the raid, describing villagers being shot.', 'none', null],
    // a speaker past a title and a two-word name is no party
    ['Two aid workers were killed, Norwegian foreign ministry spokesman Lars Berg confirmed.', 'none', null],
    // a natural force called a killer is the party the harm word modifies
    ['Killer storm leaves town in ruins', 'modifier', 'storm'],
    // the one arrested after a report of a harm answers for it, as one arrested some hours after it (stop 60)
    ['Three teens were detained after reports of a stabbing at the mall.', 'clause', 'Three teens'],
    ['A driver was detained about two hours after the stabbing.', 'clause', 'A driver'],
    // the one a charge for a harm is against (stop 60)
    ["Prosecutor files manslaughter charges against boy's parents", 'clause', "boy's parents"],
    // who announces, approves or orders an arrest made it; not who reports it (stop 60)
    ['Turkey announces arrest of embassy attack suspect', 'clause', 'Turkey'],
    ['Court approves arrest of tycoon', 'clause', 'Court'],
    ['The newspaper reported the arrest of three fishermen.', 'none', null],
    // the one in jail or prison for a harm, or appealing its conviction, answers for it; not a time spent there (stop 60)
    ["Farmer in prison for neighbour's murder", 'clause', 'Farmer'],
    ['Woman loses appeal against murder conviction', 'clause', 'Woman'],
    ['Soldier appeals manslaughter conviction', 'clause', 'Soldier'],
    ['He served 12 years in jail for a murder he did not commit', 'none', null],
    // the object of an active charge over or in a harm is its accused; no one in particular is none (stop 60)
    ['Detectives charge teenager over fatal stabbing', 'clause', 'teenager'],
    ['Prosecutors charge Ohio man in fatal shooting', 'clause', 'Ohio man'],
    ['Police have not charged anyone in the stabbing', 'none', null],
    // a bare count arrested or detained over a harm is its accused, as a noun is (stop 61); a time there is not
    ['Police arrest three over killing of farmer', 'clause', 'three'],
    ['Troops detain two over shooting of medic', 'clause', 'two'],
    ['Two men were arrested the following day for murder', 'none', null],
    // a country or a people before a blast, a planted bomb or an accident says where, not who (stop 61); a state's own bombs name it
    ['Kenya market blast kills six', 'none', null],
    ['Peru bus explosion kills nine', 'none', null],
    ['Yemen bombs kill 7 near port', 'none', null],
    ['Pakistan car bomb kills 9 at checkpoint', 'none', null],
    ['Israeli bombs kill 12 in Gaza', 'modifier', 'Israeli'],
    ['Israel bombs camps in Gaza, killing 20', 'grammatical', 'Israel'],
    // who owns to a deed by an admission or a plea is the understood subject of its -ing (stop 62); not one accused of it
    ['Farmhand confesses to strangling neighbour', 'grammatical', 'Farmhand'],
    ['Nurse pleads not guilty to poisoning patients', 'grammatical', 'Nurse'],
    ['Nurse accused of poisoning patients', 'clause', 'Nurse'],
    // the object of an active charge before a time, and a count of a charge with a determiner, name the accused (stop 62)
    ['Deputies charged the cook on Tuesday with aggravated assault', 'clause', 'the cook'],
    ['A tailor has been charged with an open count of murder', 'clause', 'A tailor'],
    // a country or a people before a fight of sides or a riot says where (stop 62); not violence against others
    ['Two soldiers killed in Chadian clashes', 'none', null],
    ['Guatemala prison riot leaves nine dead', 'none', null],
    ['Rising Israeli violence against Palestinians in Hebron', 'modifier', 'Israeli'],
    // an animal before an attack noun, and a party hyphened to "involved" before one, modify the cause (stop 62)
    ['Hiker injured in bear attack', 'modifier', 'bear'],
    ['Teenager killed in police-involved shooting', 'modifier', 'police'],
    // a country's name opening a headline is its subject whatever the tagger read ("Turkey/JJ") (stop 62)
    ['Turkey shells Kurdish villages near border', 'grammatical', 'Turkey'],
    ['Turkey bombs Kurdish hideouts, kills 12', 'grammatical', 'Turkey'],
    // "ahead of" is a preposition, no part of the object before it (stop 62)
    ['Belarus detains opposition leader ahead of vote', 'grammatical', 'Belarus'],
    // an aside with a participle that modifies its noun is passed over to the attack noun (stop 62)
    ['A Saudi strike on a farm, beside the flooded river bank, killed four herders.', 'modifier', 'Saudi'],
    // a disease by name is a natural cause, its party (stop 60); no ordinal in its span
    ['Girl dies of bird flu in Cambodia', 'clause', 'bird flu'],
    ['Egypt reports third bird flu death', 'modifier', 'bird flu'],
    // a natural force that can be no verb is no verb before a plural ("flu kills/NNS", "quake victims")
    ['Vietnam says swine flu kills toddler', 'grammatical', 'swine flu'],
    ['Relief slow to reach Nepal quake victims', 'modifier', 'Nepal quake'],
    // a party before a compound whose attack noun the tagger misread is still its modifier
    ['Saudi coalition airstrike kills 16', 'modifier', 'Saudi'],
    // the side that loses or suffers undergoes the harm; a wording's own first word is no party
    ['Tajikistan loses two outposts in deadly border clash', 'none', null],
    ['The court cleared three men of gang rape.', 'none', null],
    // a country before an attack whose target follows owns it; with no target it is the place hit
    ['Five killed in Russia missile strikes on Odesa', 'modifier', 'Russia'],
    ['Five killed in Lebanon blast', 'none', null],
    // a country after a place and its comma is where, at the same preposition
    ['Two teenagers stabbed in Leeds, UK: what we know', 'none', null],
    // a party in a by-phrase right after a harm noun is its modifier
    ['Shepherds face attacks by armed settlers in the valley', 'modifier', 'armed settlers'],
    // also past an -ing inside the attack's own compound
    ['Guard killed in truck ramming attack by militants', 'modifier', 'militants'],
    // a party hyphened to a participle before the harm names its doer; a place run by one names no doer
    ['Officials are investigating a police-involved shooting in the suburb', 'modifier', 'police'],
    ['The militia-led massacre of 40 villagers drew outrage', 'modifier', 'militia'],
    // a demonym before a warplane (an instrument) names the party as a modifier
    ['Syrian warplanes bomb a market in the north', 'modifier', 'Syrian'],
    // ... and after the attack that caused the harm: its modifier, not another clause's party
    ['Nine villagers died in the attacks by rebels last week', 'modifier', 'rebels'],
    // the two sides after "between" are a pair, as "Israel-Hamas" is: neither is the doer alone
    ['Ninety villagers were killed after the war between the army and the rebels began', 'none', null],
    ['The assault by the militia on the town, which killed nine villagers, drew protests', 'modifier', 'militia'],
    // "that" after an attack's prepositional phrases stands for the attack, not the place or party in them
    ['Rebels mounted attacks in the north that killed nine villagers, officials said', 'clause', 'Rebels'],
    // a force inside the event's own words, "deadly" before it included
    ['Officials condemn a deadly settler attack on the village', 'modifier', 'deadly settler'],
    // a word for people, or a side by its kind, before violence a crowd or side does names its doers
    ['Club fined over hooligan violence at the derby', 'modifier', 'hooligan'],
    ['Clan fighting kills nine in the highlands', 'modifier', 'Clan'],
    ['Shelter opens for victims of partner violence', 'none', null],
    // the one held or sought for a harm is a party in another clause (wordlists.yml offenders)
    ['Police hunt a suspect after a woman was stabbed in her home', 'clause', 'suspect'],
    // after a headline's label and colon, a party before the harm is no credited source
    ['War updates: Russian attack kills Olena Petrenko', 'modifier', 'Russian'],
    // a genitive past a span of time before the attack it owns
    ['Survivors recount Russia’s 10-day bombardment of Mariupol', 'modifier', 'Russia'],
    ["Families demand answers over the army's two-week detention of 40 students", 'modifier', 'the army'],
    ['Four dead after police fire on protesters', 'clause', 'police'],
    ['Hundreds killed as Syria security forces battle al-Assad loyalists', 'clause', 'Syria security forces'],
    ['Air force strike on a market kills 30 civilians', 'modifier', 'Air force'],
    // a weapon later in the compound: the party modifies it
    ['Russian tank fire kills three civilians in Kherson', 'modifier', 'Russian'],
    // deprivation has no doer: not a party, unlike a natural force
    ['Hunger kills four more children in the camp', 'none', null],
    // both sides of a war named as one compound modifier of the event; not as a label
    ['Russia-Ukraine war death toll passes 10,000', 'modifier', 'Russia-Ukraine'],
    ['Israel-Gaza war: four soldiers killed near the border', 'none', null],
    // one object for two coordinated verbs
    ['Soldiers beat and detained the farmer', 'grammatical', 'Soldiers'],
    // the subject of "charged with", "convicted of" does the -ing that follows
    ['Guard charged with beating two inmates', 'grammatical', 'Guard'],
    // a natural force is a party; named in another clause or phrase, it is linked there
    ['Two hikers died after Storm Ciaran swept across the moors', 'clause', 'Storm Ciaran'],
    ['A fisherman drowned as heavy rainfall flooded the valley', 'clause', 'heavy rainfall'],
    // a genitive owner of the attack, past a participle modifier
    ["Russia's expanded offensive kills 30 in Donetsk", 'modifier', 'Russia'],
    // the accused of a harm named as a charge; a force's withdrawal or advance; armed groups
    ['Former guard convicted of murder of two inmates', 'clause', 'Former guard'],
    // an -ing adjunct after a speaker's aside is done by the subject of the clause before the aside
    ['One of the robbers fired, a witness said, wounding a clerk.', 'grammatical', 'One of the robbers'],
    // a crime listed after other charges is charged as they are; an arrest on charges of a crime is for it
    ['Ruiz was charged with reckless endangerment, aggravated assault and theft.', 'clause', 'Ruiz'],
    ['Two men were jailed on felony charges of arson and homicide.', 'clause', 'Two men'],
    ['Lee is wanted by deputies in connection with a stabbing in May.', 'clause', 'Lee'],
    // a charge or warrant tied to the harm by a participle: the one held on it
    ['Ana Ruiz was jailed on a warrant tied to a May 2 stabbing.', 'clause', 'Ana Ruiz'],
    ['The brothers were arrested on arson charges stemming from a stabbing.', 'clause', 'The brothers'],
    // a force an offence is named against undergoes it
    ['Lee Park, 31, was detained for resisting an officer.', 'none', null],
    // an offender the text says no one knows names no one; one searched for is held responsible
    ['Detectives have not identified any gunmen in the stabbing.', 'none', null],
    ['There were no suspects in the stabbing on Elm Street.', 'none', null],
    ['Police gave no descriptions of the gunmen in the stabbing.', 'none', null],
    // an offender named beside an arrest is the one wanted, not the one who arrests
    ['The gunman is still at large, but his driver was arrested.', 'none', null],
    // accusing participles joined by "and" share their subject, past the first one's adjunct of time
    ['Dana Cole was arrested on Friday and charged with manslaughter.', 'clause', 'Dana Cole'],
    // a force's noun before the death names the dead, not a verb of the headline, which has its participle
    ['warder jailed over prison officers death', 'clause', 'warder'],
    // a headline's sentence term between the jailing and the "over" of what it is for (stop 58)
    ['Driver jailed for nine years over cyclist death', 'clause', 'Driver'],
    ['Farmer jailed four years over neighbour stabbing', 'clause', 'Farmer'],
    // a term received, as one passed: "gets N years for"
    ['Smuggler gets nine years for hostel stabbing', 'clause', 'Smuggler'],
    // a sentence to death before the "for" of what it is for (stop 59)
    ['Former mayor sentenced to death for killings', 'clause', 'Former mayor'],
    // a group that claims responsibility for a harm owns it, whatever place modifies the harm (stop 59)
    ['Separatist group claims responsibility for Kashmir bombings', 'clause', 'Separatist group'],
    // the one a perfect's arrest names, not its subject: the participle after "have" is the verb, no modifier of the name (stop 59)
    ['Deputies have arrested Maria Lopez for the stabbing of her neighbour.', 'clause', 'Maria Lopez'],
    // investigated, tried or found guilty: the accused, past the harm's modifiers, a modal or a verdict verb
    ['Coach investigated for alleged child abuse', 'clause', 'Coach'],
    ['Militia accused of summary executions', 'clause', 'Militia'],
    // "make" is a light verb before an arrest: its subject makes it
    ['Detectives make arrest after months of surveillance', 'grammatical', 'Detectives'],
    // the understood subject of a gerund after an adjective predicate is its doer
    ['Syria likely responsible for poisoning villagers, inspectors say', 'grammatical', 'Syria'],
    ['The drifter was charged in three homicides', 'clause', 'The drifter'],
    // arrested after a death: the one arrested is held to account for it
    ['The landlord was arrested after the tenant died of his injuries.', 'clause', 'The landlord'],
    // the police whose verb finds a thing act in an arrest's story: no speakers there; not where they find that something is so
    ['The courier was detained when troopers found a pistol under the seat.', 'clause', 'troopers'],
    ['The courier was detained when troopers found he had no permit.', 'none', null],
    ['Former bishop will stand trial for sexual abuse', 'clause', 'Former bishop'],
    // a sentence's subject that says, past where it is, is a speaker; a brief fight and a railway carriage are no parties
    ['Peacekeepers in Kosovo say that two villagers were killed.', 'none', null],
    ['Coalition troops in Kandahar say that two farmers were killed.', 'none', null],
    // after "be" a bare form is a noun, no active verb whose subject would be its doer
    ['The cashier was also assault victim, friends say', 'none', null],
    ['Skirmish near the border post kills 5', 'none', null],
    // a date is no doer ("Tuesday's strike" is an attack a date opens)
    ['A van hit a cyclist on Monday, killing him.', 'none', null],
    ['Six hurt in July Fourth shooting at Lake Park', 'none', null],
    ['A carriage left the rails and pulled two cars down a bank, killing four people.', 'none', null],
    // one who answers in court or for bail over a harm is held to it: "to face court over", "appears in court over", "denied bail over"
    ['Farmer to face trial over the stabbing of a neighbour', 'clause', 'Farmer'],
    ['Nephew faces court over bakery murder', 'clause', 'Nephew'],
    ['Two brothers appear in court over the killing of a guard', 'clause', 'Two brothers'],
    ['Youth refused bail over alleged shooting of a cyclist', 'clause', 'Youth'],
    ['The landlord was found guilty of sexual assault on Monday', 'clause', 'The landlord'],
    ['Carer pleaded guilty to murder of resident', 'clause', 'Carer'],
    // a plea of not guilty names the accused too; who apologises for a harm owns it
    ['Two brothers plead not guilty to murder of shopkeeper', 'clause', 'Two brothers'],
    ['Man apologises for stabbing of neighbour', 'clause', 'Man'],
    // held to account, condemned or criticised: the party blamed
    ['Ankara vows to hold Russia accountable after the market strike', 'clause', 'Russia'],
    ['Growing condemnation of Russia after 14 killed in missile strike', 'clause', 'Russia'],
    // a nerve agent is a poison, no party: the one blamed is
    ['Britain blames Russia for the nerve agent attack', 'clause', 'Russia'],
    // punished for a harm: the one punished is blamed for it
    ["EU moves to punish Belarus for the dissident's poisoning", 'clause', 'Belarus'],
    ['Teacher arrested in connection with the stabbing of a pupil', 'clause', 'Teacher'],
    ['Nine bodies recovered after Russian withdrawal from the village', 'clause', 'Russian'],
    ['Two killed as militia fighters storm the town hall', 'clause', 'militia fighters'],
    // the one accused of a gerund with a person as its object is blamed, as one accused by name is
    // (the manual's object of blame: dev coders 13 of 15 such texts)
    ['Soldier accused of shooting farmer near checkpoint', 'clause', 'Soldier'],
    // a tank is a weapon; a place in a noun's prepositional phrase is no antecedent of "that"
    ['Russian tanks shell Kharkiv, killing two', 'modifier', 'Russian'],
    ['Officials confirm the raid on Jenin camp that killed six', 'none', null],
    // a verb of saying the tagger read as a participle modifies no noun
    ['Witnesses said soldiers opened fire on the crowd.', 'grammatical', 'soldiers'],
    // the object of a verb of perception does what follows it
    ['Residents watched troops fire on the crowd', 'grammatical', 'troops'],
    // hostages taken or held by someone: the taking, its doer named
    ['Captives held by the militia for a year', 'grammatical', 'the militia'],
    // the object of blame is no grammatical doer (the manual)
    ['Watchdog accuses militia of abducting journalists', 'clause', 'militia'],
    // the subject of an -ing adjunct is the main clause's, whatever the tagger made of its verb
    ['Militia fighters raid a village, killing six farmers', 'grammatical', 'Militia fighters'],
    ['Russian missiles hit Odesa, killing three people', 'modifier', 'Russian'],
    // an impact verb the tagger read as a plural noun after an attack noun is the clause's verb
    ['Russian strike hits Odesa school, killing four children', 'modifier', 'Russian'],
    // the subject of coordinated verbs, one of them a word of the causes list ("storm")
    ['Gunmen storm a church, kill 20 worshippers', 'grammatical', 'Gunmen'],
    // a party inside the harm's own words modifies it
    ['Villagers came under Russian shelling in Kharkiv', 'modifier', 'Russian'],
    // an accident has no doer unless the grammar names one; a vehicle is an instrument
    ['Minibus overturns on a mountain road, killing at least 12 passengers', 'none', null],
    ['Two soldiers killed in Chad army helicopter crash', 'none', null],
    // a harm verb the tagger read as a noun, after its subject; an -ing attack word with no object
    ['Nine killed as militia fighters pound Goma', 'clause', 'militia fighters'],
    ['Four killed in Houthi shelling on Taiz', 'modifier', 'Houthi'],
    // who responds to a harm is not held responsible for it; the party of the attack it came of is
    ['Britain investigates shooting of aid convoy driver', 'none', null],
    ['Minister condemns killing of two farmers', 'none', null],
    // a state or force reporting arrests, or armed enemies killed, reports its own operation; not its own losses;
    // for arrests, a force a country names (police no country names are a crime report's source: above)
    ['Pakistan says insurgent commander killed near border', 'clause', 'Pakistan'],
    ['Dozens detained after the march, Belarusian police said', 'clause', 'Belarusian police'],
    ['Army says two soldiers killed in ambush', 'none', null],
    // an army probing a strike probes its own (its -ing read as a noun); the police probe others'; a country named as a place
    ['Army investigating deadly strike on displacement camp', 'clause', 'Army'],
    ['Police investigating fatal shooting of teenager', 'none', null],
    ['Wounded children get treatment in US as relatives wait', 'none', null],
    // the party a war is waged against is its target; who recovers the dead did not kill them
    ['Minister backs the war against Hamas despite outrage over aid deaths', 'none', null],
    ['Army recovers bodies of four fishermen', 'none', null],
    // nor who voices, joins or presses a reaction, or brings aid, alone or coordinated
    ['The army and police voice alarm over the shelling of a clinic', 'none', null],
    ['US military airdrops aid to the north as hunger deaths mount', 'none', null],
    ['Russian officials join outrage over deaths of miners', 'none', null],
    ['Residents say week-long Russian offensive led to mass arrests', 'modifier', 'Russian'],
    // names listed with a comma inside the subject's prepositional phrase
    ['Russian assault on Bakhmut, Avdiivka displaces thousands', 'modifier', 'Russian'],
    // who admits a harm, and who is charged before "after" and a time, owns it
    ['The farmer would later admit to the stabbing, officers said', 'clause', 'The farmer'],
    ['A driver was charged with murder this morning after a cyclist died of his injuries, police said', 'clause', 'A driver'],
    // a harm naming the crime of a trial or charge someone faces is held against them
    ['Farmer to face manslaughter trial', 'clause', 'Farmer'],
    ['Two brothers face rape charges', 'clause', 'Two brothers'],
    // the subject a "facing" is joined to; an arrest past a clock time, and a charge's compound -ing
    ['The driver was detained and is facing second-degree murder charges', 'clause', 'The driver'],
    ['Three men were arrested around 6 p.m. Sunday in connection with the stabbing death of a cook', 'clause', 'Three men'],
    // a natural force before a noun of fate causes it, where a people names the victims
    ['Cholera deaths rise in the flooded camps', 'modifier', 'Cholera'],
    // a charge's participle and hyphened degree are its modifiers; a name's age apposition is no party
    ['Mark Diaz, 44, was charged with attempted first-degree murder', 'clause', 'Mark Diaz'],
    // the subject of an adjunct that faces the charge is the clause's
    ['Ortiz remains in the county hospital, facing charges of murder', 'clause', 'Ortiz'],
    // a time after a passive arrest, with its determiner, is not its object
    ['Two brothers were arrested the next morning for murder', 'clause', 'Two brothers'],
    // "its" before a harm noun stands for the subject of the verb it follows; the other side of a fight is named in the cause's phrase
    ['The army resumed its shelling of the northern towns', 'modifier', 'army'],
    ['Two fighters were killed in a gunfight with Israeli troops', 'modifier', 'Israeli troops'],
    // a harm with no party is done by the subject of another harm of the sentence, not by a pronoun that may be its victim
    ['Two teens were injured after a neighbour opened fire on them', 'clause', 'a neighbour'],
    ['A man was shot after he stabbed a deputy', 'none', null],
    // those arrested after a harm are held to it, not the police who arrest them
    ['Police arrest man after double murder in the port', 'clause', 'man'],
    // and those held in custody or behind bars after it
    ['Teen in custody after fatal stabbing at the fair', 'clause', 'Teen'],
    ['A cook is behind bars after a shooting at the diner', 'clause', 'A cook'],
    // the police as the agent of a verb that harms no one are not held to the harm
    ['The victim was shot on Elm Street and was later located by officers near the park.', 'none', null],
    ['CPR was given by deputies, but the driver died of his injuries.', 'none', null],
    // a verb of beginning or going on before "to" shares its subject with the harm
    ['The man began to attack the clerk with a bat', 'grammatical', 'The man'],
    ['One of the robbers proceeded to punch the driver', 'grammatical', 'One of the robbers'],
    // who extends a detention detains
    ['The court extends detention of two journalists', 'grammatical', 'The court'],
    // the subject past an adverb in quotes
    ['The unit says its soldiers ‘mistakenly’ shot the farmer', 'grammatical', 'its soldiers'],
    // an animal that attacks is a party, as natural forces are; before the attack noun, its modifier (stop 62)
    ['Swimmer hurt in shark attack off the coast', 'modifier', 'shark'],
    // the court faced on a charge, and questioning over a harm, hold it against the one faced or questioned
    ['Teenager to face court on a stabbing charge', 'clause', 'Teenager'],
    ['Farmer questioned over neighbour killing', 'clause', 'Farmer'],
    // after a subordinator a country's next word is its verb, though the tagger read a plural noun
    ['Dozens killed overnight as Sudan intensifies raids', 'clause', 'Sudan'],
    ['Villagers flee the massacre as Sudan bombs a market town', 'clause', 'Sudan'],
    // the attack a harm verb's relative clause hangs on is what the accused is accused of; one questioned over an accident is held to it
    ['A clerk was arrested in connection with a shooting that wounded a guard', 'clause', 'A clerk'],
    ['Driver questioned over fatal bus crash', 'clause', 'Driver'],
    // in a text with no capitals "us" before a noun is the country, after a verb the pronoun
    ['us jets kill 20 fighters near the border', 'modifier', 'us'],
    ['they told us the army shot him', 'grammatical', 'the army'],
    // the one who did a harm named by a noun right after it; a hit-and-run's driver
    ['hit-and-run driver faces court', 'clause', 'driver'],
    // "the accused" as a noun, after the crime or before the charge it faces
    ['stabbing accused stays behind bars', 'clause', 'accused'],
    ['accused faces court on rape charges', 'clause', 'accused'],
    // one the text calls an offender is the doer, though the subject of a passive
    ['Two gunmen were seen running from the bar after the shooting', 'clause', 'gunmen'],
    // a state's step in answer to a harm, or its promise, does not do the harm
    ['Norway cancels the summit after 40 were killed in a market blast', 'none', null],
    ['Villagers decry the deadly assault as Norway promises a crackdown', 'none', null],
    // a crime listed among the charges someone faces, or among those an arrest is made on; a name the tagger read as a plural
    ['The driver faces several charges including sexual abuse and trespass', 'clause', 'The driver'],
    ['The clerk was arrested on murder and other charges', 'clause', 'The clerk'],
    ['Stephen Childers, 47, of Elm Road was charged with murder', 'clause', 'Stephen Childers'],
    // a name set off before where its bearer lives, with no age; participles of arrest and charge joined by "and" share the accused
    ['Dana Pruitt, of Maple Court, was charged with aggravated assault', 'clause', 'Dana Pruitt'],
    ['The landlord was detained and charged with manslaughter', 'clause', 'The landlord'],
    // an arrest booked on suspicion of the harm; an arrest a span of time after it
    ['The cook was booked into jail on suspicion of homicide', 'clause', 'The cook'],
    ['Garza was detained Friday, two days after the stabbing at the fair', 'clause', 'Garza'],
    // a nationality before "nationals" or "citizens" names people, not a party
    ['Two guards were killed in the raid and three Canadian nationals are missing', 'none', null],
    // the party whose act is answered did not do the answering harm
    ["The shelling, in retaliation for the rebels' attack on a border post, has killed 40 villagers", 'none', null],
    // a possessive "her" before a participle and its noun opens the by-agent's phrase
    ['A woman was stabbed by her estranged boyfriend', 'grammatical', 'her estranged boyfriend'],
    ['Nine villagers were killed since the night-time raid by the militia', 'modifier', 'militia'],
    // the party of the attack that killed comes before another attack's modifier
    ['Weeks of Russian shelling, following attacks by the rebels that killed 40 villagers, have emptied the town', 'modifier', 'rebels'],
    // the party that runs the body reporting the harm governs it and does no harm in the report
    ['The provincial health office, which is run by the Taliban, said 12 farmers were killed by the blast', 'none', null],
    // "and" before a second verb phrase joins no second party to the first: the one blamed is no speaker
    ['The governor blamed the fire on a Russian missile strike and said that 30 villagers had been killed', 'clause', 'Russian'],
    // an attack in a phrase attached to the harm, past a day's genitive or after "since", is the harm's cause: its party a modifier
    ["Nine soldiers killed in Sunday's rebel attacks near the border", 'modifier', 'rebel'],
    ['30 villagers have been killed since the militia attack on the town', 'modifier', 'militia'],
    // but "since" opening a clause of its own puts the party there
    ['Nine people have died since the militia offensive began', 'clause', 'militia'],
    // the nearest party within the harm's own stretch between commas comes first
    ['After rebels attacked the town in which nine farmers died, the army arrived.', 'clause', 'rebels'],
    // the object of a verb of defeating is its target, no party of another harm
    ['The army says it will destroy the militia after nine villagers were killed.', 'none', null],
    // "N of them" and a demonym says what some of the victims are
    ['At least 30 aid workers have been killed this year, 12 of them Sudanese.', 'none', null],
    // those named after "including" right after the harm are some of its victims, no party
    ['Nine villagers have been killed, including two soldiers, in the clashes near the border', 'none', null],
    // a party told to stop a harm, or pressed or warned about it, is the one held to it; not one asked to act otherwise (stop 58)
    ['Minister tells the junta to end the shelling of villages', 'clause', 'junta'],
    ['EU presses Serbia on civilian deaths in the north', 'clause', 'Serbia'],
    ['Envoy warns Russia about strikes on Kyiv hospitals', 'clause', 'Russia'],
    ['Envoy urges Peru to finish its inquiry into the killing of a farmer', 'none', null],
    // after a subordinator the word after a country is its verb, though tagged a name (stop 58)
    ['Scores killed as Israel pummels Rafah and clashes go on', 'clause', 'Israel'],
    // a country in the by-phrase of another passive harm acts in it; the verb after is its subject's, not its own saying (stop 58)
    ['Men detained by Iran say they were tortured', 'clause', 'Iran'],
    // (not a passive of saying)
    ['Two men were found dead, described by Serbia as smugglers', 'none', null],
    // a country whose force (tagged an adjective) recovers the dead; a force instructed to act (stop 58)
    ["Serbia's military recovers bodies of 4 villagers near Pec", 'none', null],
    ['Minister instructs troops to report on convoy strike', 'none', null],
    // a wire headline's verb right after "says", its subject dropped, is the speaker's; a demonym before a compass point is a place (stop 58)
    ['Army says kills 12 rebels in north', 'grammatical', 'Army'],
    // (a past the tagger read as a participle, active for its object: stop 59)
    ['Militia says killed 30 soldiers in raid', 'grammatical', 'Militia'],
    // (before a bare noun as well, when an armed party speaks and no verb follows the noun: stop 67)
    ['Insurgent faction says ambushed convoy near Kirkuk', 'grammatical', 'Insurgent faction'],
    ['Rebels claim abducted engineer in delta', 'grammatical', 'Rebels'],
    ['Police say injured climber reached a shelter', 'none', null],
    ['Ministry says detained reporter in good health', 'none', null],
    // (a present the tagger read as a noun: stop 59)
    ['Syria troops say kill 30 rebels near border', 'grammatical', 'Syria troops'],
    // (a present participle, its "is" dropped too: stop 75)
    ['Freedonian man admits stabbing three neighbours', 'grammatical', 'Freedonian man'],
    // a headline's doers listed with a comma from its first word, "and" left out; not a time before the comma (stop 59)
    ['U.S., Afghan troops kill 30 militants', 'grammatical', 'U.S., Afghan troops'],
    ['Monday, police kill 3 robbers', 'grammatical', 'police'],
    ['Peru says kills 9 guerrillas in jungle raid', 'grammatical', 'Peru'],
    ['Report says kills 5 in north', 'none', null],
    ['Army says takes rebel town, kills 12 fighters', 'grammatical', 'Army'],
    // "one" after an -ing is the count of those it befell, not a compound's noun (stop 58)
    ['Gunman flees after killing one in Perth', 'grammatical', 'Gunman'],
    ['Militant group says abducts two engineers', 'grammatical', 'Militant group'],
    ['Lagos says arrests 9 over church bombing', 'grammatical', 'Lagos'],
    // (a light verb's too: stop 68)
    ['Junta says makes arrests over leaflets', 'grammatical', 'Junta'],
    // who claims a harm owns it; not a claim that it happened (stop 58)
    ['Separatists claim attack on Indian troops', 'clause', 'Separatists'],
    // (an armed group's name before "group"; an attack noun the verb analysis also read as a verb: stop 67)
    ['Taliban group claims attacks on convoy in Kunar', 'clause', 'Taliban group'],
    ['Officials investigate militia claim hostage killed in raid', 'none', null],
    ['Bomb kills 3, wounds 11 in Thai south', 'none', null],
    // one said to have a role in a harm is held to it; not a role denied by "no" (stop 68)
    ['Border police deny role in smuggler death', 'clause', 'Border police'],
    // who denies a harm, or says it was behind one, is held to it (stop 74)
    ['Freedonia militia denies mass killings', 'clause', 'Freedonia militia'],
    ['Ruritanian group says it was behind market bombing', 'clause', 'Ruritanian group'],
    ["Court to weigh the mining firm's role in village killings", 'clause', 'the mining firm'],
    ['Ministry insists no army involvement in market bombing', 'none', null],
    // a landslip is a natural force, as a landslide is (data/harm/causes.yml; stop 68)
    ['Two dead, five feared buried in hill landslip', 'clause', 'hill landslip'],
    // (past another people's name or an adjective; a mine is a place as a town is: stop 68)
    ['Blast kills 4 in Buddhist Thai restive south', 'none', null],
    ['Eleven miners die in a flooded Chinese mine', 'none', null],
    ["Three teachers killed in Thailand's Muslim south", 'none', null],
    // the sides of a fight, as the subject of its verb; not of a fight after or over the harm (stop 68)
    ['Three killed as rival fans clash in the capital', 'clause', 'rival fans'],
    ['Migrants riot after youth killed in port city', 'none', null],
    // drug cartels use force, as gangs do (data/grammar/people.yml forces)
    ['Minister blames drug cartels for border violence', 'clause', 'drug cartels'],
    // an abbreviated country's name before an attack noun is its adjective, the owner (stop 68);
    // not before a place's noun, where it says where
    ['Two killed in U.S. drone strike near the border', 'modifier', 'U.S.'],
    ['One dead in US school shooting', 'none', null],
    ['Two soldiers dead in north Mali ambush', 'none', null],
    ['Car bombs east of Mosul kill 9 - police', 'none', null],
    // who releases or frees the held held them (stop 58)
    ['Serbia to free most of the detained Albanians', 'clause', 'Serbia'],
    ['UN urged Peru to release a reporter jailed for his coverage', 'clause', 'Peru'],
    // (hostages freed: who frees them, before any modifier, after a verb of saying or in the
    // passive's by-phrase, past a day the tagger read as a noun: stop 73)
    ['Militants free nine hostages in the delta', 'clause', 'Militants'],
    ['Insurgents say to free six hostages', 'clause', 'Insurgents'],
    ['Two hostages freed by the rebels return home', 'clause', 'rebels'],
    ['Four hostages freed by rebels Tuesday', 'clause', 'rebels'],
    // kidnappers named alone are held to the abduction their noun says was done (stop 73)
    ['Ruritanian kidnappers free two aid workers', 'clause', 'Ruritanian kidnappers'],
    // the one a harm or its cause is blamed on, not its target; one blamed for it (stop 58)
    ['Kyiv blames the deadly strike on Russia', 'clause', 'Russia'],
    ['Officials blame the shelling on rebels', 'clause', 'rebels'],
    ['Four dead in attack that officials blamed on the militia', 'clause', 'militia'],
    ['Police blame the stabbing on a neighbour', 'clause', 'a neighbour'],
    ['Senator blames school shootings on video games', 'none', null],
    ['Minister blames the rebels for the massacre', 'clause', 'the rebels'],
    ['Junta blamed for latest killings of villagers', 'clause', 'Junta'],
    // a country denounced, slammed or blasted over a harm is the one blamed for it
    ['Rights groups denounce Russia over deadly Kharkiv strike', 'clause', 'Russia'],
    // one accused of a gerund of doing the harm is accused of the harm; not one jailed for reporting it
    ['The general was accused of ordering the massacre', 'clause', 'The general'],
    ['Activist jailed for reporting the massacre', 'none', null],
    // the pronoun "us" is no country
    ['The shelling killed 12 villagers, reminding us of the war', 'none', null],
    // an offender is the doer of the other harms though their arrest befalls them
    ['Two dead in shooting at a bowling alley, gunman in custody', 'clause', 'gunman'],
  ])('%s → %s %s', (text, link, party) => {
    const r = primary(text).responsible;
    expect(r?.link).toBe(link);
    expect(r?.party?.text ?? null).toBe(party);
  });

  test('who faces a charge in a killing is its party, of the harm that names the charge too; that harm is not faced', () => {
    const harms = analyze('A Leeds man faces a murder charge in the weekend killing of a taxi driver').annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
    expect(harms.map((h) => [h.event.text, h.agency, h.responsible?.party?.text ?? null])).toEqual([
      ['murder', 'nominalization', 'A Leeds man'],
      ['killing', 'nominalization', 'A Leeds man'],
    ]);
  });

  test('a plural after an adjective before a verb of going on that the tagger read as a noun is its subject, no verb (stop 58)', () => {
    const harms = analyze('Residents flee as Russian attacks resume in Kherson').annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
    expect(harms.map((h) => [h.event.text, h.agency])).not.toContainEqual(['attacks', 'active']);
    expect(harms[0]?.responsible).toMatchObject({ link: 'clause', party: { text: 'Russian' } });
  });

  test('a reduced relative\'s noun does the -ing after "suspected of", not the clause\'s subject', () => {
    expect(primary('Police held three men suspected of beating a girl.').responsible?.party?.text).toBe('three men');
  });

  test.each([
    ['Driver in court over death of cyclist', 'Driver'],
    ['Woman in court accused of stabbing her neighbour', 'Woman'],
  ])('a headline\'s subject in court over a harm answers for it: %s', (text, party) => {
    const responsible = primary(text).responsible;
    expect([responsible?.link, responsible?.party?.text]).toEqual(['clause', party]);
  });

  test('a speaker is not a party', () => {
    expect(primary('Five killed in Gaza, Israel says').responsible?.link).toBe('none');
  });

  test.each([
    // people whom only harm befalls are described by a group word, which names no party
    ['Three Israeli hostages mark a year since their kidnapping', 'none', null],
    // who reveals or details a harm reports it
    ['Canadian inspectors detail abuse of inmates', 'none', null],
    // a party opening the sentence that reports an attack no one else is named for speaks of its own
    ['Army confirms overnight strike on refugee camp', 'clause', 'Army'],
    // not one that only reviews it, nor a source credited at the end
    ['Canada reviewing report on strike on refugee camp', 'none', null],
    // nor one that records or counts it
    ['Britain records 400 more deaths', 'none', null],
    // (past an auxiliary: "are demanding"; but one sought in the passive is no seeker)
    ['State leaders are demanding action after the school shooting.', 'none', null],
    ['Three killed in strike on refugee camp, army says', 'none', null],
    // a nationality naming civilians in another clause: mourners, not a party
    ['Syrian father weeps as son dies in shelling', 'none', null],
    ['Ukrainians mourn as three die in blast', 'none', null],
    // a group word before an official says whose the official is: no party to a harm told elsewhere
    ['What Syrian leaders are saying about the new assault on the town', 'none', null],
    ['Syrian president rebuffs meeting with family of slain reporter', 'none', null],
    // a pronoun opening what someone reports stands for the speaker
    ['Coastguard says it shot two smugglers', 'grammatical', 'Coastguard'],
    // past a short adjunct between the verb and "that", and for the subject of a ", saying" clause
    ['The coastguard said in a statement that it shot two smugglers', 'grammatical', 'The coastguard'],
    ['The coastguard kept up its patrols on Sunday, saying it had shot two smugglers', 'grammatical', 'The coastguard'],
    // the force a place phrase follows is the speaker, not the place (stop 68)
    ['Border guards in Chad say they killed three raiders', 'grammatical', 'Border guards'],
    // a headline's last words after a colon or dash credit its source
    ['Boy dies after fire at flat in Croydon: police', 'none', null],
    ['Two shot dead at wedding party – army', 'none', null],
    // not when words after the party make it a clause of its own
    ['Woman killed in Leeds: army fires on protesters', 'clause', 'army'],
  ])('speakers, sources and groups harmed: %s → %s %s', (text, link, party) => {
    const r = primary(text).responsible;
    expect(r?.link).toBe(link);
    expect(r?.party?.text ?? null).toBe(party);
  });

  test.each([
    // the subject of a passive undergoes, it does not do
    ['Soldier stabbed and three others wounded at checkpoint', 'none', null],
    ['Army criticised as two students die in crush', 'none', null],
    // a country with a genitive is a possessor even after "to": not a place
    ['Ceasefire talks turn to Russia\'s Kharkiv offensive', 'modifier', 'Russia'],
    // any country can be a party, here only as a modifier of the attack
    ['Mali drone strike kills eight fighters', 'modifier', 'Mali'],
    // in another clause a country counts when it acts or is blamed, not when it is only mentioned
    ['Twelve killed in strikes as envoys meet Jordan\'s king', 'none', null],
    ['Twelve killed in strikes as Ethiopia launches an offensive', 'clause', 'Ethiopia'],
    ['UN expert accuses Peru of abuses as two protesters are killed', 'clause', 'Peru'],
    // a natural force leaving coordinated victims dead is named as the doer
    ['A landslide left a farmer and his son dead', 'grammatical', 'A landslide'],
    // US police forces by their initials are parties
    ['Five arrested after LAPD raid on warehouse party', 'modifier', 'LAPD'],
    // "involved in", "responsible for": the accused's whole phrase
    ['Police say two guards involved in the beating of an inmate were suspended', 'clause', 'two guards'],
    // ordered or directed to act ("ordered the police to release footage") is not acting in the harm
    ['A judge has ordered the police to release footage of the deadly rampage.', 'none', null],
    // a party that only tends to the harm or seeks its cause afterwards is not held responsible:
    // not the police, but the suspect they seek (the coders of the local-news samples, 3 of 3)
    ['Police struggle to name suspect after school stabbing', 'clause', 'suspect'],
    // the accused: past a charge's counts, past a sentence's term, the object of an active charge
    ['Gunman indicted on three counts of murder', 'clause', 'Gunman'],
    ['Farmer sentenced to 12 years in prison for murder of his neighbour', 'clause', 'Farmer'],
    ['Driver sentenced to 9 years in prison in the stabbing of a cyclist', 'clause', 'Driver'],
    ['Prosecutors charge two wardens with abuse of inmates', 'clause', 'two wardens'],
    // an -ing adjunct's doer is the subject of the clause it follows, though the tagger reads that verb as a participle
    ['Two boys were walking home when a man in a van fired shots, striking them', 'grammatical', 'a man'],
    // "he" or "she" opening what a person reports stands for that person; not for an institution
    ['A farmer told reporters he shot the man in the leg', 'grammatical', 'A farmer'],
    ['The ministry said he shot a protester', 'grammatical', 'he'],
    // the police on the scene of a crime they did not do; held responsible as another harm's doer, or the other side of a fight
    ['Dallas police responded to a stabbing call on Elm Street.', 'none', null],
    ['Officers with the county police are investigating a stabbing that left a man injured.', 'none', null],
    ['A man died after he was shot by police during a chase', 'clause', 'police'],
    // the police who report a shooting report a crime others did (not an army's own operation)
    ['Police said the shooting happened around midnight.', 'none', null],
    // the one wanted for a harm, and the one arrested in connection with it (to it), are accused of it
    ['Two brothers are wanted in connection with a stabbing at a bus stop.', 'clause', 'Two brothers'],
    ['Investigators arrested a neighbour in connection to the stabbing.', 'clause', 'a neighbour'],
    // the source a report is credited to, the one it was told to, the police looking into a crime
    ['A man was stabbed outside a bar on Friday, according to Dayton police.', 'none', null],
    ['The teenager told deputies he had been beaten with a bat.', 'none', null],
    ['Springfield police are investigating a stabbing that wounded two men.', 'none', null],
  ])('%s → %s %s', (text, link, party) => {
    const r = primary(text).responsible;
    expect(r?.link).toBe(link);
    expect(r?.party?.text ?? null).toBe(party);
  });
});

describe('victims in longer noun phrases', () => {
  test.each([
    // a hyphenated participle compound opens the phrase
    ['Long-serving Kurdish detainee dies in custody', 'Long-serving Kurdish detainee', 'kurdish'],
    // a hyphen before a source's word that ends a headline joins no compound (stop 58)
    ['Landmine kills two-police', 'two', null],
    ['Flood kills girl-TV', 'girl', null],
    // a word that can be a verb before a count after a headline's comma opens a verb phrase (stop 58)
    ['Police arrest 6 kidnappers, free 9 captives', '6 kidnappers', null],
    // a plural modifier before the plural word for people does not end the phrase (stop 60)
    ['Militia murders rights campaigners in north', 'rights campaigners', null],
    // the place in a natural force's name is where its victims are (stop 60)
    ['Relief slow to reach Nepal quake victims', 'Nepal quake victims', 'nepali'],
    // a plural that modifies the noun after it does not end the phrase (stop 58); the state that jails gives no people (stop 74)
    ['Belarus jails rights activist', 'rights activist', null],
    // an age after the victims is no count of them
    ['Four Kenyan nurses aged 30 shot near clinic', 'Four Kenyan nurses', 'kenyan'],
    // nor a time after the head of the phrase it stands for
    ['Officers stopped a Dover man Friday, hours after he was stabbed in a fight', 'a Dover man', null],
    // a sum of money is no one a pronoun stands for
    ['The state paid $50,000 after he was detained by police', 'he', null],
    // the subject of a state before a reduced passive, not the passive's agent
    ['Army says Danish woman taken by rebels at a festival is dead', 'Danish woman', 'danish'],
    // kin who act in a verb of their own are the harmed one's kin; a list of kin is one phrase
    ['Mother of Kenyan teenager shot by soldiers demands inquiry', 'Kenyan teenager', 'kenyan'],
    ["Kenyan reporter's wife, son and daughter killed in strike", "Kenyan reporter's wife, son and daughter", 'kenyan'],
    // a relative pronoun's reporting clause before the harm verb and its auxiliary: the one the pronoun stands for
    ['Dana Ortiz, who witnesses said was stabbed twice, ran into a shop.', 'Dana Ortiz', null],
    // a speaker and a verb of saying between commas are passed over to the subject
    ['A cashier, deputies said, was stabbed in the hand.', 'A cashier', null],
    // a participle fronted by "also" is a passive whose subject follows "was" or "were", past the participle's adjunct
    ['Also detained during the raid were two Kenyan students.', 'two Kenyan students', 'kenyan'],
    ['Also arrested at the scene was 41-year-old Mara Quist.', '41-year-old Mara Quist', null],
    // a force's noun before a death names those who died, not a doer (a headline's plural without its apostrophe)
    ['police officers death prompts review', 'police officers', null],
    // a count's of-phrase of a pronoun is part of the victims' phrase
    ['A deputy shot two of them outside the bar', 'two of them', null],
    // the subject past a describing aside between commas, before its verb
    ['Lena and Tomas Berg, who were bakers, were also stabbed on Sunday.', 'Lena and Tomas Berg', null],
    ['Ortiz, known as "Chino," was shot in the leg.', 'Ortiz', null],
    ['Dana and Omar Haddad, who were nurses and the parents of a doctor, Lina, were killed on Sunday.', 'Dana and Omar Haddad', null],
    // a progressive -ing before the victims is the verb, not their modifier
    ['The mosque is housing hundreds of families displaced by the fighting.', 'hundreds of families', null],
    // a past form before a name after "and" opens a second verb phrase
    ['The militia said it abducted three engineers and named Mr. Osei as their leader.', 'three engineers', null],
    // a state after a place someone was taken to is said of them
    ['Two of the victims were flown to Mercy General Hospital in critical condition after the stabbing.', 'Two of the victims', null],
    // a name and its age after a subordinator open the clause
    ['Mourners gathered where Lina Haddad, 15, was shot by guards last night.', 'Lina Haddad', null],
    // after a name an age is no part of the victims' words (after a common noun it is: "Girl, 9"); under 18 it makes a child
    ['Sami Odeh, 15, was shot near the school.', 'Sami Odeh', null],
    // the people a harm left in a state are its victims
    ['Detectives are investigating a stabbing that left a married couple injured.', 'a married couple', null],
    // who suffers from the wound has it; a time after the wound is no object of a verb "wound"
    ['A cyclist was suffering from a stab wound Sunday.', 'A cyclist', null],
    // a country's name before another name is a given name, no nationality
    ['Medics found 40-year-old Chad Okafor suffering from stab wounds.', '40-year-old Chad Okafor', null],
    // who is treated for the wounds, or found with them, has them; a hyphen joins a name's parts
    ['Medics found a 30-year-old driver being treated for a stab wound.', 'a 30-year-old driver', null],
    ['He was taken to a clinic and is being treated for burns, police said.', 'He', null],
    ['Deputies found Anna Lee-Moss, 52, inside with multiple stab wounds to her arm.', 'Anna Lee-Moss', null],
    // an aside that renames the subject or gives ages is passed over to it
    ['Dana Lee, a veteran reporter, was shot dead.', 'Dana Lee', null],
    ['Six members of one family, ages 3 to 70, were killed in the strike.', 'Six members of one family', null],
    // two named with their ages, joined: from the first name to the last age
    ['Lena Ortiz, 24, and Sam Reyes, 25, were arrested on Friday.', 'Lena Ortiz, 24, and Sam Reyes, 25', null],
    // "named" before a determiner's phrase is the verb with its object, no naming participle:
    // "who" stands for the object, not for the namer
    ['Police named the teenager who was stabbed in the park.', 'the teenager', null],
    // an indefinite pronoun takes no modifier: the noun before it is another phrase's
    ['Neighbours told police someone was stabbed.', 'someone', null],
    // not the doer of a passive before "with": the one found has the wound
    ['Tomas Reyes was found by two officers with stab wounds in the chest.', 'Tomas Reyes', null],
    // "casualties" name the harmed themselves: the noun is part of their phrase ("deaths" are events)
    ['Army denies Kurdish civilian casualties in the raid', 'Kurdish civilian casualties', 'kurdish'],
    // a plural's genitive apostrophe, which the tagger reads as a closing quote, names the harmed
    ['Anger grows over the Kenyan protesters\' arrests', 'the Kenyan protesters', 'kenyan'],
    // the dead are those whose bodies or remains they are, not the bodies
    ['Rescuers recover the bodies of five Chilean miners killed in the blast', 'five Chilean miners', 'chilean'],
    // "being" and a participle are said of the phrase right before them, a preposition's object too
    ['Users shared footage of Kurdish villagers being shot at a checkpoint', 'Kurdish villagers', 'kurdish'],
    // a name, its age and where the named one lives: the name is the subject
    ['Ahmed Karim, 29, of 12 Elm Street in Leeds was stabbed on Friday', 'Ahmed Karim', null],
    // an adverb of a modifier stays inside it
    ['Airstrike on 12 allegedly unarmed Yemeni fishermen', '12 allegedly unarmed Yemeni fishermen', 'yemeni'],
    // a death toll counts people named by their group
    ['War death toll passes 10,000 Ukrainians', '10,000 Ukrainians', 'ukrainian'],
    // coordination stops at a harm verb; a demonym after its modifiers is the head
    ['Troops opened fire on the crowd, killing four Yemenis and injuring dozens', 'four Yemenis', 'yemeni'],
    ['Officer jailed for the killing of an unarmed Kurd', 'an unarmed Kurd', 'kurdish'],
    // a name's last word tagged a common noun in a Title Case headline
    ['Farmer Jailed For Murder Of Reporter Jan Stone', 'Reporter Jan Stone', null],
    // those who flee a harm named as a noun are its victims
    ['Thousands of villagers flee the violence in the north', 'Thousands of villagers', null],
    // a genitive past a place named before the harm noun
    ["Police reopen inquiry into the reporter's Moscow death after a shooting", 'the reporter', null],
    // a parenthetical set off by dashes, as by commas
    ['Nine people — including two children — were killed in the strike.', 'Nine people', null],
    // those "with" the injuries: the phrase before it, or the clause's subject
    ['Two porters with serious burns were flown to the city', 'Two porters', null],
    ['Four miners remain in hospital with head injuries', 'Four miners', null],
    // an age between commas
    ['Girl, 9, shot dead in Kharkiv', 'Girl, 9', 'ukrainian'],
    // a death toll's victims after "of" or "for"; a harm's after "among"
    ['Death toll for migrant workers rises to 40', 'migrant workers', null],
    // a demonym after a number is the head it counts
    ['Settlers kill 1 Palestinian near Hebron', '1 Palestinian', 'palestinian'],
    // an of-phrase only after a quantity or part; the rest of the phrase still places them
    ['Drone kills mayor of a Kharkiv suburb', 'mayor', 'ukrainian'],
    ['Drone kills dozens of Kharkiv residents', 'dozens of Kharkiv residents', 'ukrainian'],
    // a name and its apposition between commas, as the subject: the name names the victim, the
    // apposition its tail (its group still read)
    ['Maria Lopez, a Chilean teacher, was stabbed in her home', 'Maria Lopez', 'chilean'],
    // a reduced passive after its noun, through an adverb; not after a preposition's object
    // that names no people; the people among a group
    ['Villagers mourn teacher allegedly stabbed by a neighbour', 'teacher', null],
    ['Former Estonian soldier who spied for Russia jailed for 14 years', 'Former Estonian soldier', 'estonian'],
    ['Two Kenyan nurses among 40 detained at the border crossing', 'Two Kenyan nurses', 'kenyan'],
    // an age compound is no time word
    ['Gunmen abduct a 9-year-old Yazidi girl', 'a 9-year-old Yazidi girl', 'yazidi'],
    // the object of an -ing adjunct opened by a quantifier
    ['Overloaded truck overturns on a highway, killing at least 40 Congolese traders', 'at least 40 Congolese traders', 'congolese'],
    // the subject of a passive with a post-modifier: the span is the head phrase (the
    // manual leaves post-modifiers out), the group is read from the modifier too
    ['Forty villagers from the Druze minority were shot', 'Forty villagers', 'druze'],
    ['Forty Druze villagers living near the dam were shot', 'Forty Druze villagers', 'druze'],
    // a person's name before a harm done to one person names the victim; an -ing before a
    // plural the lexicon knows as a present verb is that verb's subject ("killing sparks")
    ['Calls grow for a trial over the Maria Lopez killing', 'Maria Lopez', null],
    // the group before "including" is the subject of a reduced passive, as the manual leaves
    // post-modifiers out of the span
    ['Nine Kenyan villagers including a teacher abducted by gunmen', 'Nine Kenyan villagers', 'kenyan'],
    ['Family says Omar Haddad abduction shows police failures', 'Omar Haddad', null],
    // a second harm noun after "and" is no second victim of the first
    ['A Welsh man is charged in the fatal stabbing of a nurse and the wounding of her son', 'a nurse', null],
    // "others" counted, and after a quantifier, is a conjunct of the victims' phrase
    ['A Kurdish commander and at least four others were killed in the strike', 'A Kurdish commander and at least four others', 'kurdish'],
    // a range of counts is one count; a name's plural goes on to the person it names; a naming
    // participle starts a post-modifier
    ['Officials said the blast killed 20 to 40 Afghan villagers', '20 to 40 Afghan villagers', 'afghan'],
    ['Turkish troops kill Kurdish Brigades commander in raid', 'Kurdish Brigades commander', 'kurdish'],
    ['Officials confirmed that a 30-year-old Chilean national named Ana Rojas was killed', 'a 30-year-old Chilean national', 'chilean'],
    // a word for people and its apposition, another for the same person, are one phrase
    ['The second victim, a 41-year-old Kenyan woman, was hit in the leg', 'The second victim, a 41-year-old Kenyan woman', 'kenyan'],
    // a wire headline's credit glued on by a hyphen is no part of the victims' phrase
    ['Ruritanian troops kill 20 Freedonians-provincial governor', '20 Freedonians', null],
  ])('%s → victim "%s" (%s)', (text, victim, nationality) => {
    const harm = primary(text);
    expect(harm.victim?.text).toBe(victim);
    expect(harm.victimGroup?.nationality).toBe(nationality);
  });

  test('sexual abuse and sexual assault are harm in themselves; bare "abuse" needs a context of violence', () => {
    expect(primary('Coach charged over sexual assault of two pupils').victim?.text).toBe('two pupils');
    expect(primary('Inquiry into the sexual abuse of children at the home').harm).toBe('torture');
    expect(analyze('Report on the abuse of power at the ministry').annotations.filter((a) => a.type === 'harm')).toEqual([]);
  });

  test('"offensive" is an attack only where a noun stands', () => {
    expect(primary('Ceasefire talks turn to Russia\'s Kharkiv offensive').harm).toBe('attack');
    expect(analyze('The offensive remarks angered fans').annotations.filter((a) => a.type === 'harm')).toEqual([]);
  });
});

describe('victimGroup', () => {
  test.each([
    ['Three Palestinians killed in Jenin', 'palestinian', null],
    // soldiers among civilians are placed as residents are; soldiers alone are not
    ['Hundreds of civilians and soldiers were killed in Kharkiv', 'ukrainian', 'soldier'],
    ['Two soldiers were killed in Kharkiv', null, 'soldier'],
    // the colloquial demonyms of news headlines
    ['two brits killed near the border', 'british', null],
    // a refugee camp, a West Bank town and the occupied territories name their residents
    ['A teenager was shot dead in the Balata refugee camp', 'palestinian', 'child'],
    ['Two men were arrested across the occupied Palestinian territories', 'palestinian', null],
    ['Israeli soldier killed in Gaza', 'israeli', 'soldier'],
    ['Seven aid workers killed in strike', null, 'aid_worker'],
    // a UN agency's official or worker is UN staff, the manual's aid worker (groups.yml roles; stop 69)
    ['Gunmen seize a UNICEF official in the north', null, 'aid_worker'],
    ['Two U.N. employees hurt in market blast', null, 'aid_worker'],
    // role nouns that are words for people too (people.yml), so the victims are found
    ['Ten schoolchildren killed in attack on bus', null, 'child'],
    ['Two paratroopers wounded in ambush', null, 'soldier'],
    // a country's forces, named as the victims, are its soldiers (dev coders: 6 of 6)
    ['Syrian forces killed in rebel ambush', 'syrian', 'soldier'],
    ['Three guerrillas killed in army raid', null, 'militant'],
    // an armed group counted stands for its members, who are militants (lower case: the group's name is no proper noun)
    ['six hezbollah wounded in border shelling', 'lebanese', 'militant'],
    ['Police killed three taliban at a checkpoint', null, 'militant'],
    ['Gunmen kill 12 Alawite villagers', 'alawite', 'civilian'],
    // a couple are civilians
    ['A couple were stabbed at their farm', null, 'civilian'],
    // an age under 18 set off after a name makes a child
    ['Lina Saleh, 14, was wounded by shrapnel.', null, 'child'],
    // an age in months, weeks or days is a baby's
    ['A stray bullet struck her 15-month-old brother.', null, 'child'],
    // roles the manual implies: an unarmed person or an activist is a civilian, pirates are
    // armed men, invaders soldiers
    ['Police shoot unarmed teenager', null, 'child'],
    ['Soldiers shoot unarmed man at checkpoint', null, 'civilian'],
    ['Two activists beaten by masked men', null, 'civilian'],
    ['Navy kills six pirates at sea', null, 'militant'],
    ['Defenders say 50 invaders killed near the river', null, 'soldier'],
    // a place before those who campaign names their cause, not where they are from
    ['Police arrest Gaza protesters outside the embassy', null, 'protester'],
    // kin of someone in a role are not in it themselves; in an abduction the of-phrase names those held
    ['Family of TV reporter killed in shelling', null, 'civilian'],
    ['Wife of police officer shot dead at home', null, 'woman'],
    // children among the victims, after "including" past its count, or as a share of them
    ['Troops killed 40 villagers, including at least 9 children, in the north', null, 'child'],
    ['Over 500 have died since the shelling began, about a third of them children.', null, 'child'],
    ['Over 500 have died since the shelling began, 80 of them soldiers.', null, null],
    // a pregnant victim is a woman; a population is civilians
    ['Pregnant teacher killed in shelling of Kharkiv', 'ukrainian', 'woman'],
    ['Entire city population faces famine, report says', null, 'civilian'],
    // women with men are not all women
    ["Reporter's wife, son and daughter killed in strike", null, 'civilian'],
    // an age after the victims that makes them minors
    ['Gunmen or soldiers killed 12 villagers under 18 last year', null, 'child'],
    ['Troops shot three youths aged 15 at the rally', null, 'child'],
    ['14 year old pupil shot outside school gates', null, 'child'],
    ['Riot leaves two teenage migrants badly hurt', null, 'child'],
    ['Two of the kidnappers were shot dead in the raid', null, 'militant'],
    // a campaigner is a civilian; a role after "against" in the victims' words is not theirs
    ['An activist against police violence is shot dead in the capital', null, 'civilian'],
    ['Four children killed in Rafah', 'palestinian', 'child'],
    // residents of a country the harm is placed in; a country's possessive on the victims
    ['Nine villagers shot dead in a remote district of Mali', 'malian', 'civilian'],
    ["Peru's former interior minister jailed for corruption", 'peruvian', 'official'],
    // a place among the victims' own modifiers, not only their head's
    ['Settlers attack 5 Hebron hill shepherds', 'palestinian', 'civilian'],
    // East Jerusalem and its neighbourhoods, not Jerusalem alone
    ['Police evict two families in Silwan, occupied East Jerusalem', 'palestinian', 'civilian'],
    // a park or a square named after a country places no one there
    ['A man was shot near Norway Square on Friday', null, null],
    // half of a compound places no one ("on the Egypt-Gaza border")
    ['Two smugglers shot dead on the Sudan-Egypt border', null, null],
    // a possessor's role is not the victim's ("a journalist's brother"); a genitive victim's is
    ["A journalist's brother was shot dead at a checkpoint", null, null],
    ["Colleagues mourn the journalist's murder", null, 'journalist'],
    // politicians and legislators hold office
    ['Opposition senator shot dead outside his home in Manila', 'filipino', 'official'],
    // a possessive on the doer says nothing of the victims
    ["Kenya's police kill two pedestrians in Nairobi slum", 'kenyan', 'civilian'],
    ["Ghana's army kills two farmers", null, 'civilian'],
    // the people the text singles out among the victims
    ['Shelling kills 20 people, including three paramedics', null, 'aid_worker'],
    // arrests at a protest are of its protesters; "after" a protest does not say who
    ['Forty arrested at climate protest outside parliament', null, 'protester'],
    ['Two arrested after weekend protest in the city centre', null, null],
    // a place past region adjectives is where, not who; "pro-" takes a side, not a nationality
    ['Two Nepali workers captured during fighting in eastern Congo', 'nepali', 'civilian'],
    ['Pro-Russian commander shot dead outside his home', null, 'militant'],
    // country names split as the tokenizer splits them
    ['Gunmen kill five farmers in Guinea-Bissau', 'bissau-guinean', 'civilian'],
    // the place nearest the harm, within its clause; not the doer, nor the owner of a war
    ['Militia shells a town in Chad after drone kills 4 farmers in northern Mali', 'malian', 'civilian'],
    ['Kenya kills six villagers near the border', null, 'civilian'],
    ["Sudan's war on Darfur: death toll from the market attack reaches 40", 'sudanese', null],
    // aid workers and journalists are seldom residents of the place they are harmed in
    ['Four aid workers killed in Rafah', null, 'aid_worker'],
    // a count's noun in quotes is part of the victims, and gives their role; attackers are militants
    ['Army says troops killed 12 "militants" near the border', null, 'militant'],
    ['Police shoot two attackers outside embassy', null, 'militant'],
    // those kidnappers hold are hostages, not kidnappers (stop 73)
    ['Two Dutch engineers freed by kidnappers return home', 'dutch', 'hostage'],
    // "man" or "men" alone states no role (the gold's coders, 10 to 3 on dev for "man"; stop 42,
    // 20 to 4 for "men" where it was read as civilian); "people" stays civilian
    ['Man stabbed outside nightclub', null, null],
    ['Six men shot dead at checkpoint', null, null],
    // schoolgirls are children; an actress is a woman
    ['Gunmen abduct 40 schoolgirls', null, 'child'],
    ['Actress stabbed outside theatre', null, 'woman'],
    // the harm's own words give the role: taken hostage
    ['Gunmen took four Nepali engineers hostage', 'nepali', 'hostage'],
    // members and leaders of an armed group are militants
    ['Israeli strike kills two Hezbollah members', 'lebanese', 'militant'],
    ['Militia leader shot dead outside his home', null, 'militant'],
    ['Three pilgrims crushed to death in stampede', null, 'civilian'],
    ['Two Rafah journalists killed in strike', 'palestinian', 'journalist'],
    // the place a harm verb attacks, before an -ing adjunct of harm
    ['Militia shells Goma, killing nine', 'congolese', null],
    // an age under 18 names a child
    ['Man stabs 9-year-old in park', null, 'child'],
    // a place named as the victims' modifier is where they are from
    ['Police detain Cairo lawyer over posts', 'egyptian', 'civilian'],
    // people named only by number where they are clearly not combatants are civilians
    ['At least 12 killed in blast at a mosque in Kabul', 'afghan', 'civilian'],
    ['Dozens shot as they queued for food', null, 'civilian'],
    ['Dozens shot in the north', null, null],
    // the party held responsible is no place of the victims
    ['Sudan strike kills 12 at a market', null, 'civilian'],
    // people the text calls foreign are no residents of the place; peacekeepers are soldiers
    ['Two foreign workers killed in rocket attack on Haifa', null, 'civilian'],
    ['Three peacekeepers wounded in Goma', null, 'soldier'],
    // a dash set apart by spaces ends the headline's words ("- Reuters"); a hyphen joins them
    ['Strike kills nine in Kharkiv - Reuters', 'ukrainian', null],
    // a state's force that reports soldiers killed reports its own; an armed group's may not
    ['Three soldiers killed near the border, Turkish army says', 'turkish', 'soldier'],
    ['Three soldiers killed near the border, Taliban says', null, 'soldier'],
    // a people's own name before a world religion says which people; deputies are police; a councilwoman an official
    ['Soldiers burned the homes of Uyghur Muslims', 'uyghur', null],
    ['Two deputies shot during a traffic stop', null, 'police'],
    ['City councilwoman stabbed outside her office', null, 'official'],
    // a juvenile is a minor; a female victim a woman
    ['A juvenile was stabbed outside the arcade', null, 'child'],
    ['A female hiker was attacked on the trail', null, 'woman'],
    // a street named after a place is in its own town; the place itself still places victims
    ['Two men were stabbed on Baghdad Street late on Friday', null, null],
    ['Two men were stabbed on a street in Baghdad late on Friday', 'iraqi', null],
    // a province of a country places its residents
    ['Rebels say 12 villagers killed in Aceh fighting', 'indonesian', 'civilian'],
    // a state that arrests or executes someone does not say whose they are; the text may name their people
    ['Iran executes man over protests', null, null],
    ['China detains Canadian businessman', 'canadian', 'civilian'],
    // a general's rank names a soldier; people named by number at a restaurant are civilians
    ['Russian major general killed in eastern Ukraine', 'russian', 'soldier'],
    ['Three shot dead at a restaurant', null, 'civilian'],
    // "people" amid war-making may have been fighters: no role stated; in a crime, at a
    // civilian place, or fleeing, they are civilians; "civilians" stay civilians anywhere
    ['Shelling killed nine people in the north, the army said', null, null],
    ['Militia fighters killed eleven people near the border', null, null],
    ['Nine people shot dead in a robbery at a petrol station', null, 'civilian'],
    ['Airstrike on a bakery kills nine people', null, 'civilian'],
    ['Thousands of people flee the shelling', null, 'civilian'],
    ['Shelling killed nine civilians in the north', null, 'civilian'],
    // an age under 18 in words names a child
    ['A man is charged in the stabbing of seven-year-old Amira Nasser', null, 'child'],
    // victims of two peoples are of neither alone
    ['At least 90 Syrians and 12 Lebanese have been killed in the fighting', null, null],
    // an age under 18 outranks a word for a woman
    ['Gunmen killed his 14-year-old sister', null, 'child'],
    // and none by place either
    ['At least 40 Sudanese and 12 Chadians have been killed near the border town of El Geneina in Sudan', null, null],
    // a victim named by a female pronoun is a woman, unless the phrase it stands for gives a role
    ['A coach sexually abused her for years, the lawsuit says', null, 'woman'],
    ['The girl told police she was stabbed', null, 'child'],
    // in running text on violence that names a state, "people" is a count that may hold fighters: no role; a crime's, civilians
    ['Health officials in Yemen said at least 40 people had been killed.', 'yemeni', null],
    ['Police said three people were shot outside a bar.', null, 'civilian'],
    // victims harmed in custody, detention, prison or jail are prisoners, when nothing else gives a role
    ['Rights groups alarmed by the deaths of two Eritreans in detention', 'eritrean', 'prisoner'],
    ['Rights group condemns the beating of Kurds held in a provincial jail', 'kurdish', 'prisoner'],
    // a country's name before the victims' words, past an adjective; "PNG" as "US" is (stop 68)
    ['Syria provincial governor killed in bombing', 'syrian', 'official'],
    ['Three PNG villagers hacked to death', 'papua new guinean', 'civilian'],
    // "jihadi" as a noun names a militant, as "jihadist" does
    ['Two jihadis killed in drone strike in Idlib', 'syrian', 'militant'],
    // a place after "in" past quoted modifiers still places the harm
    ['Nine killed in ‘devastating’ Khan Younis apartment fire', 'palestinian', null],
    // a harm that names no victims places no one, but a count of the dead is of the place's residents
    ['Settler violence surges across the occupied West Bank', null, null],
    ['Reporters document genocide in Gaza', null, null],
    ['Gaza death toll passes 30,000, ministry says', 'palestinian', null],
    // people evacuated or interned named by a noun in -ee (groups.yml roles)
    ['Shelling wounded dozens of evacuees near the coast', null, 'civilian'],
    // a people's word before a settlement's noun places the harm in their country (wordlists.yml settlements); not a venue
    ['Car bomb kills nine in Iraqi provincial capital', 'iraqi', null],
    // (and a point of the compass there: the people's part of their country, stop 76)
    ['Roadside bomb wounds six in Iraqi north', 'iraqi', null],
    // (and a mine's, a grave's: where people worked or lie)
    ['Nine bodies exhumed from Bosnian mass grave', 'bosnian', null],
    // a place's name after a sea's noun and "of" names waters, no one's country (stop 77)
    ['Twelve emigrants drown in Gulf of Guinea waters', null, 'civilian'],
    ['Storm kills nine fishermen in the Sea of Japan', null, 'civilian'],
    ['Gunman kills two in Chinese restaurant', null, 'civilian'],
    // children singled out among the victims after the harm: a list after "including", a share
    // "of them" before it, what those killed "were"; not a list of another harm's victims
    ['At least 90 people have been killed, including 12 children, officials said.', null, 'child'],
    ['More than 300 people, about half of them children, have died in the shelling.', null, 'child'],
    ['Many of those killed at the market were children, medics said.', null, 'child'],
    ['Gunmen killed 20 villagers and kidnapped 30 others, including children.', null, 'civilian'],
    ["Waffle House Shooting Victim's Mom Accepts Award", null, null],
    ['Guards beat two internees at the camp', null, 'prisoner'],
    // an armed group harmed, counted or not, is its members
    ['Troops kill dozens of Taliban in the south', null, 'militant'],
    ['Air strike kills five militiamen near the border', null, 'militant'],
    // anyone arrested or jailed is held as a suspect: a word for anyone gives no role, one of their own does
    ['Police arrest 12 people after the match', null, null],
    ['Drink driver jailed for two years', null, null],
    ['Police arrest 12 students after the match', null, 'civilian'],
    // a people named apart from the state it lives in is its own group (stop 72)
    ['Ruritania police detain two Kosovo Serbs', 'serb', null],
    ['Army kills 12 Tamil rebels in the east', 'tamil', 'militant'],
    // and so is a people named by its continent, as a noun too
    ['Ruritania guards kill African at the fence', 'african', null],
    // and a religion's followers the news names as a group (stop 79), and a Frenchman
    ['Gunmen kill two Sikh traders in Zenda', 'sikh', 'civilian'],
    ['Frenchman abducted in Zenda', 'french', null],
  ])('%s → %s, %s', (text, nationality, role) => {
    expect(primary(text).victimGroup).toEqual({ nationality, role });
  });
});

describe('cause and primary harm', () => {
  test.each([
    ['Police shoot two men', 'violence'],
    ['Earthquake kills hundreds', 'natural'],
    // a plain-form natural force after a singular noun is no verb ("Ruritania flood", stop 73)
    ['Ruritania flood death toll reaches 40', 'natural'],
    // a fire on wild land is a natural force, not gunfire nor a blaze (stop 74)
    ['Twelve killed in Ruritanian bush fires', 'natural'],
    ['Forest fire kills two rangers in Freedonia', 'natural'],
    // an animal before an attack noun is its doer, the cause natural (wordlists.yml animals); a dog named alone is not
    ['Swimmer hurt in shark attack off the coast', 'natural'],
    ['Gunmen shot a farmer and his two dogs', 'violence'],
    ['Two people died in a motorway crash', 'accident'],
    // deaths from an epidemic disease (causes.yml natural)
    ['Pneumonia outbreak kills 12 children in the north', 'natural'],
    // "fire" after what burned is a blaze; not a name's word
    ['one dead after apartment fire', 'accident'],
    // a vehicle of road, rail or water on fire burns; a tank's fire is shot
    ['Twelve die in a minibus fire on the motorway', 'accident'],
    ['Tank fire wounds two farmers near the wall', 'violence'],
    ['Fire Department medics treated a man who was shot', 'violence'],
    ['Three fishermen drown in the estuary', 'accident'],
    ['State road toll rises to 40 after holiday weekend', 'accident'],
    // a lower-case headline's "hit run", without "and"
    ['driver sought after hit run near school', 'accident'],
    // the harm's own word says no one meant it; in quotes it is a claim
    ['A hunter accidentally shot his brother near the lake', 'accident'],
    ['Police are investigating an accidental shooting at a home', 'accident'],
    ["Officials say troops may have 'accidentally' shot a reporter", 'violence'],
    // (or after it and its reflexive, or before a gun's going off)
    ['A hunter shot himself accidentally near the lake', 'accident'],
    ['Her rifle accidentally went off, injuring a cousin.', 'accident'],
    // a smash, a vessel sunk
    ['Bus smash kills nine on the coast road', 'accident'],
    ['Divers recover bodies from sunken barge', 'accident'],
    // the sentence calls what happened an accident, "accidental" before a noun; not after "not"
    ['A boy was wounded in an accidental discharge at the range', 'accident'],
    ['Police said the shooting was not accidental and a man was killed', 'violence'],
    ['Dozens arrested at the rally', 'legal'],
    // "fire" alone, opening the sentence, after its size or after "in", is a blaze; not fire aimed at people
    ['Fire kills nine at a furniture market', 'accident'],
    ['Four die in a fire at a hostel', 'accident'],
    ['Massive fire guts hospital ward, two dead', 'accident'],
    ['Fire on the crowd kills three', 'violence'],
    // an animal that does the harm is a force of nature; not a force's animal, nor the Tamil Tigers
    ['Elephant tramples farmer in tea garden', 'natural'],
    ['Villager gored by wild boar', 'natural'],
    ['Army dog kills intruder', 'violence'],
    ['Tigers kill soldier in the north', 'violence'],
    // an execution by a state is legal; by an armed group, violence
    ['The state executed three prisoners at dawn', 'legal'],
    ['Gunmen executed three aid workers', 'violence'],
    // people held by an armed group, a group or fighters are its hostages; by a state's force, detained (stop 75)
    ['Rebels hold two Ruritanian engineers', 'violence'],
    ['Police hold two Ruritanian engineers', 'legal'],
    // a vehicle that hits someone: an accident, and no obituary
    ['Boy, 9, dies after being hit by van', 'accident'],
    ['Three festival-goers died of suspected overdoses', 'accident'],
    ['Electrician dies of electrocution on building site', 'accident'],
    // the word that recasts a strike as an accident is the framing, not the cause
    ['Deadly strike on the camp a tragic mishap, minister says', 'violence'],
    // an accident's verb with an object causes something, no accident; a vehicle as object stays one
    ['The shelling of the city risks plunging the country into war', 'violence'],
    ['Two killed after driver crashed his car into a wall', 'accident'],
    // a want of food, water or care named with a death or an injury: deprivation
    ['Three toddlers died of dehydration in the camp', 'deprivation'],
    ['Patients in the besieged hospital are dying due to the lack of oxygen', 'deprivation'],
    // (not an attack beside a want)
    ['Shelling and shortages of water hit the town, killing two', 'violence'],
    // harm in a mine as a workplace, or a building's collapse, is an accident unless war is named (wordlists.yml mining, structures; stop 69)
    ['Gas blast at copper mine leaves nine dead', 'accident'],
    ['Mine flood traps 20 workers; four bodies found', 'accident'],
    ['Landslide kills 12 miners near the border', 'natural'],
    ['Eight dead as storm floods a coal mine road', 'natural'],
    ['Two soldiers killed in mine blast near the front', 'violence'],
    ['Boy killed by land mine while herding goats', 'violence'],
    ['Anti-personnel mine wounds three de-miners', 'violence'],
    ['Hotel collapses in the capital, 14 dead', 'accident'],
    ['Five hurt as a grandstand collapsed during the match', 'accident'],
    ['Hospital staff killed as the building collapsed under shelling', 'violence'],
    ['Man collapses and dies after being beaten by guards', 'violence'],
    // a blast of a work, a fuel or a store is an accident unless war is named (wordlists.yml industrial)
    ['Boiler explosion at textile mill injures 11', 'accident'],
    ['Blast at a sugar refinery leaves four missing', 'accident'],
    ['Bomb blast at a fuel depot kills six', 'violence'],
    ['Rocket hits fuel depot as fighting rages, two dead', 'violence'],
  ])('%s → %s', (text, cause) => {
    expect(primary(text).cause).toBe(cause);
  });

  test('the state the harmed are in ranks after the act told with it', () => {
    expect(primary('The cyclist remains in fair condition since gunmen shot him on Sunday.').event.text).toBe('shot');
    expect(primary('A man remains hospitalized after stabbing himself in the leg.').event.text).toBe('stabbing');
  });

  test('death outranks detention, whatever the order', () => {
    expect(primary('Dozens arrested and three killed in the raid').harm).toBe('killing');
  });

  test('violence named as such ranks below the arrests and injuries reported with it', () => {
    expect(primary('Police arrested 14 people after clashes broke out at the rally.').harm).toBe('arrest');
    expect(primary('Bloodshed in the capital as three protesters are beaten').harm).toBe('beating');
  });
});

// The forms issue 13 lists, as a user would paste them: each is found as harm.
describe('forms real headlines use', () => {
  test.each([
    ['Pilot killed', 'killed', 'agentless-passive', 'Pilot'],
    ['Training jet crashes, pilot killed', 'killed', 'agentless-passive', 'pilot'],
    ['Ten dead in Gaza', 'dead', 'other', 'Ten'],
    ['Over 3,000 dead after quake', 'dead', 'nominalization', 'Over 3,000'],
    ['Journalists Ali Hassan and Mira Saad killed in Gaza', 'killed', 'agentless-passive', 'Journalists Ali Hassan and Mira Saad'],
    ['Three protesters were shot dead amid rising tensions', 'shot', 'agentless-passive', 'Three protesters'],
    ['Famine spreads in Darfur', 'Famine', 'nominalization', null],
    // an event's toll is its dead; the road toll, the traffic dead
    ['State road toll rises to 40 after holiday weekend', 'road toll', 'nominalization', null],
    // an illness's toll, and a toll named by whom it counts, are deaths too
    ['Province says malaria toll over 400 this season', 'malaria toll', 'nominalization', null],
    ['Civilian toll falls for a second month', 'Civilian toll', 'nominalization', null],
    // an adverb hyphened to a participle is part of the victims' phrase ("known" too, though it also reports)
    ['Gunmen killed a much-loved teacher', 'killed', 'active', 'a much-loved teacher'],
    ['A well-known surgeon was shot dead', 'shot', 'agentless-passive', 'A well-known surgeon'],
    // remanded in custody; fighting for one's life
    ['The driver was remanded in custody until the trial', 'remanded in custody', 'agentless-passive', 'The driver'],
    ['A cyclist is fighting for his life in hospital', 'fighting for his life', 'intransitive', 'A cyclist'],
    // a compound ending in "-by" is no preposition before a gerund; a brawl that left people in a coma
    ['Deputies are looking into a drive-by shooting that was reported on Sunday', 'shooting', 'nominalization', null],
    ['A brawl outside the bar left two men in a coma', 'left two men in a coma', 'active', 'two men'],
    // victims named by what harmed them: a weapon, an attack, an accident, a natural force
    ['Dispatchers say a gunshot victim walked into the clinic', 'gunshot victim', 'other', 'a gunshot victim'],
    ['Ferries bring water to cyclone victims on the coast', 'cyclone victims', 'other', 'cyclone victims'],
    // one "clash" where violence is told besides it
    ['Deadly clash on the frontier', 'clash', 'nominalization', null],
    // "held" with people named as hostages or prisoners: hostage-taking, detention
    ['Forty prisoners held in the jail began a hunger strike', 'held', 'agentless-passive', 'Forty prisoners'],
    ['Envoys discuss the fate of the captives held by the militia', 'held', 'passive-with-agent', 'the captives'],
    // a verb the tagger read as a plural noun, before an adjective of its object
    ['Air raid kills disabled man in Aleppo', 'kills', 'nominalization', 'disabled man'],
    // a past form read as a verb that is also an adjective opens the object ("terrified/VBD")
    ['Libya expels terrified Nigerians to borders', 'expels', 'active', 'terrified Nigerians'],
    // an -ing before the noun for those it befell makes a compound with it, count or not
    ['Stabbing victim recovering in hospital', 'Stabbing', 'nominalization', 'Stabbing victim'],
    // pummelling a populated place is striking it; a helicopter gunship is an instrument
    ['Russia pummels Kharkiv after drone attacks', 'pummels', 'active', null],
    ['US choppers kill 12 rebel fighters', 'kill', 'instrument', '12 rebel fighters'],
    // a lower-case wire headline's last word "report" is its source, no object
    ['warlords nephew captured report', 'captured', 'agentless-passive', 'warlords nephew'],
    ['ferry fire kills 12 report', 'kills', 'nominalization', '12'],
    // a broken or fractured bone is an injury
    ['Rider suffers broken leg in fall', 'broken leg', 'intransitive', 'Rider'],
    // returning fire is shooting; a state past "listed" or "remained"
    ['Deputies returned fire at the suspect', 'returned fire at', 'active', 'the suspect'],
    ['The teenager was listed in stable condition after the stabbing', 'in stable condition', 'intransitive', 'The teenager'],
    // the informal and police words for an arrest
    ['Police nab suspect after long chase', 'nab', 'active', 'suspect'],
    ['He was booked into the county jail on Monday', 'booked into', 'agentless-passive', 'He'],
    // rivals are people (stop 77)
    ['Ruritanian rebels attack rivals at checkpoint', 'attack', 'active', 'rivals'],
    // a prefix's compound opens the object (stop 77)
    ['Chad says held two ex-rebel commanders', 'held', 'active', 'two ex-rebel commanders'],
    // people blown up are killed; a building blown up is no harm to people (stop 77)
    ['Ruritanian troops blown up by roadside bomb', 'blown up', 'instrument', 'Ruritanian troops'],
    // burned alive: a death named by its manner
    ['Two villagers burned alive by militants', 'burned alive', 'passive-with-agent', 'Two villagers'],
    // a participle with an -ing clause after it: the clause is no object (issue 13's example)
    ['30 killed awaiting food convoy', 'killed', 'agentless-passive', '30'],
    ['Six shot dead queuing for flour at a distribution point', 'shot', 'agentless-passive', 'Six'],
    // (but a past tense after its subject pronoun takes the -ing word's phrase as its object: stop 77)
    ['Ruritanian army says it killed missing Zenda fighters', 'killed', 'active', 'missing Zenda fighters'],
    // "fired on" people or a gathering of them: shooting, done by the subject
    ['Soldiers fired on a funeral procession', 'fired on', 'active', null],
    // a participle before the people it befell, when nothing else reports harm
    ['Charity brings food for displaced families in the north', 'displaced', 'other', 'displaced families'],
    // the victims of a harm noun named after "against"
    ['Report documents violence against detained women', 'violence', 'nominalization', 'detained women'],
    // a participle before the people it befell, past an adjective, an adverb or a second participle
    ['Charity shelters the abducted Yazidi women in Sinjar', 'abducted', 'other', 'abducted Yazidi women'],
    ['Aid for forcibly displaced families grows', 'displaced', 'other', 'displaced families'],
    ['Clinic overwhelmed by hundreds of wounded and sick villagers', 'wounded', 'other', 'wounded and sick villagers'],
    // an event named by the deaths it caused; not something that could kill
    ['Inspectors examine fatal collision at level crossing', 'fatal collision', 'nominalization', null],
    ['Mayor calls for calm after their deadly riot', 'deadly riot', 'nominalization', null],
    // a natural-force subject is the doer, not another event
    ['Deadly landslide kills nine villagers', 'kills', 'active', 'nine villagers'],
    ['Severe malnutrition spreads in Darfur camps', 'malnutrition', 'nominalization', null],
    // weapons fired at a populated place: an attack on it
    ['Militia fires mortars at Goma', 'fires mortars at', 'active', null],
    // a noun read on its own when the longer wording finds no event ("shoot at" needs people)
    ['Police investigate a shooting at a mall', 'shooting', 'nominalization', null],
    // blows; trafficking; an age names a person
    ['Man kicks pensioner at bus stop', 'kicks', 'active', 'pensioner'],
    ['Teenagers trafficked to farms in the south', 'trafficked', 'agentless-passive', 'Teenagers'],
    ['Gunman kills 16-year-old in school', 'kills', 'active', '16-year-old'],
    // an attack of a kind made only on people, wherever it is; a noun inside a compound is no verb
    ['Police hunt man after acid attack', 'attack', 'nominalization', null],
    ['Knife attack suspect arrested', 'arrested', 'agentless-passive', 'Knife attack suspect'],
    // a quantity's "of" still counts the dead; the outlet's own words before a quoted label
    ['Dozens of migrants dead off Crete', 'dead', 'other', 'Dozens of migrants'],
    ["'Slaughter': 30 villagers killed in Ituri", 'killed', 'agentless-passive', '30 villagers'],
    // a day after the participle is no noun it modifies; a participle between a number and its noun modifies it
    ['Four killed Sunday in Kharkiv', 'killed', 'agentless-passive', 'Four'],
    ['Jets killed two suspected smugglers', 'killed', 'instrument', 'two suspected smugglers'],
    ['Troops shot three armed poachers', 'shot', 'active', 'three armed poachers'],
    ['Officials estimate 5,000 people have fled the town', 'fled', 'intransitive', '5,000 people'],
    // a time after the participle is no adverb that takes the object's place
    ['Two wounded overnight in Rafah', 'wounded', 'agentless-passive', 'Two'],
    // an injury counts whatever caused it
    ['Worker suffered a serious head injury at the plant', 'injury', 'intransitive', 'Worker'],
    // an attack's -ing form with no object names the attack
    ['Police investigate bombing at market', 'bombing', 'nominalization', null],
    // injury implied, poisoning, less-lethal force
    ['Cyclist hospitalised after hit-and-run crash', 'hospitalised', 'agentless-passive', 'Cyclist'],
    ['Forty guests poisoned at banquet', 'poisoned', 'agentless-passive', 'Forty guests'],
    ['Officers tasered a pensioner', 'tasered', 'active', 'a pensioner'],
    // a child's death is no obituary; lives claimed by the hundred
    ['Infant dies in overheated car', 'dies', 'intransitive', 'Infant'],
    ['Flooding claims thousands of lives', 'claims thousands of lives', 'active', 'thousands'],
    ['Two guards were ambushed near the border, the army said.', 'ambushed', 'agentless-passive', 'Two guards'],
    // force fired at people; one body of a person
    ['Riot police fire rubber bullets at fans', 'fire rubber bullets at', 'active', 'fans'],
    ['Body of missing hiker found in lake', 'Body', 'other', 'missing hiker'],
    // a word for people before a noun-tagged harm word is its subject
    ['Witnesses say police shot driver', 'shot', 'active', 'driver'],
    // bodies counted, owned or handled name the dead
    ['Rescuers recover bodies from collapsed mine', 'bodies', 'other', null],
    ['Militants hand over the bodies of three soldiers', 'bodies', 'other', 'three soldiers'],
    // a plural after an adjective is the subject of the harm verb after it
    ['Russian strikes pound Kharkiv overnight', 'pound', 'nominalization', null],
    // words in quotes before the noun they modify, or a whole quoted noun phrase, as the object
    ['Troops shot "armed" fishermen near the coast', 'shot', 'active', '"armed" fishermen'],
    ['Police killed "raiders" in the village', 'killed', 'active', '"raiders"'],
    // quotes around the harm's own words: its subject and its cause are still found
    ['Four guards were "badly hurt" in a bomb attack', 'hurt', 'agentless-passive', 'Four guards'],
    // a parenthetical that singles out some of the subject; "among the dead" counted
    ['Eight villagers, including two children, were among the dead', 'dead', 'intransitive', 'Eight villagers'],
    // "held" is detention with "incommunicado", "without charge"
    ['The reporter was held incommunicado for a month', 'held incommunicado', 'agentless-passive', 'The reporter'],
    // and "without bail" or "in lieu of" bail: a court keeps someone in jail
    ['The driver was held without bond after the crash', 'held without bond', 'agentless-passive', 'The driver'],
    ['The suspect is held in lieu of a $20,000 bond', 'held in lieu of', 'agentless-passive', 'The suspect'],
    // an -ing its victims can do alone, before them and after a verb wanting an object, describes them
    ['Nurses treat starving infants in the north', 'starving', 'other', 'starving infants'],
    ['The regime continues starving civilians', 'starving', 'active', 'civilians'],
    // hostages count when the text says they are held; the dead named as people; a possessor's body
    // (the holding is itself the harm's verb: an agentless passive)
    ['Four hostages held in tunnels, army says', 'held', 'agentless-passive', 'Four hostages'],
    ['Villagers bury their dead after the raid', 'dead', 'other', null],
    ["Parents mourn as their son's body is returned", 'body', 'other', 'their son'],
    // hostages named alone, with no word of freeing or bargaining for them, are held (stop 74)
    ['Ruritanian rebels keep foreign hostages', 'hostages', 'other', 'foreign hostages'],
    // a light verb past quotes around its object, whose victims follow "against"
    ['Militia committed "brutal massacre" against villagers', 'massacre', 'active', 'villagers'],
    // "'s" before a harm verb with an object is "has"; a correspondent is a journalist
    ["Army says it's killed two gunmen near the border", 'killed', 'active', 'two gunmen'],
    ['Police arrest BBC correspondent in Istanbul', 'arrest', 'active', 'BBC correspondent'],
    // an attack that had victims, or a raid said to be deadly, whatever it hit
    ['Mourners bury victims of missile strike on depot', 'strike', 'nominalization', 'victims'],
    ['Minister resigns after deadly commando raid on ship', 'deadly commando raid', 'nominalization', null],
    // an attack named by the people or shelter it hit
    ['Army releases findings on aid strike', 'strike', 'nominalization', null],
    // force used on people
    ['Riot police used water cannon on the marchers', 'used water cannon on', 'active', 'the marchers'],
    // a light verb's subject does what its object names (active)
    ['Rebels launched a mortar attack on the camp', 'attack', 'active', null],
    ['Gunmen carried out a massacre in the village', 'massacre', 'active', null],
    // the victims undergo a harm noun as the object of suffer, sustain, survive, face (the manual's intransitive)
    ['Two miners sustained injuries in the explosion', 'injuries', 'intransitive', 'Two miners'],
    ['Villagers face starvation as the siege tightens', 'starvation', 'intransitive', 'Villagers'],
    // "found dead": the participle's subject, past a relative clause
    ['Climber who went missing on the ridge found dead', 'dead', 'other', 'Climber'],
    // an attack said to be deadly killed, whatever it hit; the death of many is no obituary
    ['Navy opens inquiry into deadly missile strike on tanker', 'deadly missile strike', 'nominalization', null],
    ['Church leaders mourn the death of four nuns', 'death', 'nominalization', 'four nuns'],
    // a capital named as a city is a populated place; a raid on a populated place that is no dwelling
    ['Russian jets bomb Kyiv overnight', 'bomb', 'instrument', null],
    ['Envoy condemns missile strike in Tehran', 'strike', 'nominalization', null],
    ['Troops pull back after raid on refugee camp hospital', 'raid', 'nominalization', null],
    // what an impact verb after the attack hits is its target, though tagged as a plural noun
    ['Russian strike hits Odesa school', 'strike', 'nominalization', null],
    // a child's death is no obituary; burns are injuries; two -ing forms joined by a comma share the object
    ["Village grieves after a schoolboy's death", 'death', 'nominalization', 'a schoolboy'],
    ['Medics treat a girl with severe burns', 'burns', 'nominalization', 'a girl'],
    ['Report accuses guards of detaining, jailing reporters', 'detaining', 'nominalization', 'reporters'],
    // an armed assault on a populated place; a place that comes under fire; people under rubble
    ['Militia fighters storm a hospital in Darfur', 'storm', 'active', null],
    ['Troops raid refugee camp near Tulkarm', 'raid', 'active', null],
    ['Clinic comes under fire in Kharkiv', 'comes under fire', 'intransitive', null],
    ['Dozens trapped under rubble after quake', 'trapped under rubble', 'agentless-passive', 'Dozens'],
    // survivors sought after an attack; bodies piled up; a phrase ("shoot at") with no target falls back to its verb
    ['Medics search for survivors after missile strike', 'strike', 'nominalization', null],
    ['Bodies piled up outside the morgue', 'Bodies', 'other', null],
    ['Two villagers shot at checkpoint', 'shot', 'agentless-passive', 'Two villagers'],
    // an event's toll; force used to break up a gathering; an animal's mauling; caught in crossfire
    ['Flood toll rises to 120 in the south', 'Flood toll', 'nominalization', null],
    ['Riot police used tear gas to break up the rally', 'used tear gas to break up', 'active', null],
    ['Jogger mauled by dogs in park', 'mauled', 'passive-with-agent', 'Jogger'],
    ['Farmers caught in crossfire near the border', 'caught in crossfire', 'intransitive', 'Farmers'],
    ['Two shoppers were caught up in crossfire.', 'caught up in crossfire', 'intransitive', 'Two shoppers'],
    // in Title Case, a verb after an -ing makes the -ing its subject noun; sexual harassment is abuse
    ['Crowd Fled as Shooting Began', 'Shooting', 'nominalization', null],
    ['Nurses describe years of sexual harassment', 'sexual harassment', 'nominalization', null],
    // a vehicle driven into people; attacks on people past a closing quote
    ['Truck rams into crowd at Christmas market', 'rams into', 'instrument', 'crowd'],
    ['Charity decries "pattern of attacks" on aid workers', 'attacks', 'nominalization', 'aid workers'],
    // flogging is beating; teargas as a verb is force used on people
    ['Militants flog two men in the square', 'flog', 'active', 'two men'],
    ['Police teargas marchers outside parliament', 'teargas', 'active', 'marchers'],
    // a list of counted victims joined by commas is one victim phrase
    ['Two soldiers, a policeman and four civilians killed in attack', 'killed', 'agentless-passive', 'Two soldiers, a policeman and four civilians'],
    ['In the city, a man and his son were killed', 'killed', 'agentless-passive', 'a man and his son'],
    // an event named by the violence done in it
    ['Families recall violent crackdown on the march', 'violent crackdown', 'nominalization', null],
    // an exodus in war is displacement
    ['Exodus from Khan Younis grows as shelling nears', 'Exodus', 'nominalization', null],
    // "likely" before a verb hedges a report; before a noun it foresees harm (no harm: below)
    ['Guard who likely stabbed a teenager is charged', 'stabbed', 'active', 'a teenager'],
    // an armed group named is a context of violence, as "militants" is
    ['Envoy tours villages attacked by the RSF last year', 'attacked', 'passive-with-agent', null],
  ])('%s', (text, event, agency, victim) => {
    const h = primary(text);
    expect([h.event.text, h.agency, h.victim?.text ?? null]).toEqual([event, agency, victim]);
  });

  test('a participle before people is no event of its own beside another harm word', () => {
    const harms = analyze('Troops shot two detained protesters').annotations.filter((a) => a.type === 'harm');
    expect(harms.map((h) => h.text)).toEqual(['shot']);
  });

  test.each([
    'Deadly virus spreads among cattle',
    // a building blown up is no harm to people (stop 77: people blown up are killed)
    'Militants blow up radio station',
    // missing with no disaster named, or found alive
    'Cargo plane carrying 12 goes missing over the sea',
    // (a state's or a court's plans, or a participle before a noun, jail no one)
    'Minister to scrap jail terms for cannabis possession',
    'Ireland books a place in the final',
    'New sanctions targeting Hezbollah widen',
    // (one that lands, no harm said)
    'Mortars from Syria land in southern Turkey',
    // a natural force that strikes a place, no one named: measured, or after the first
    'Aftershock strikes central Peru',
    'Quake of 5.1 magnitude strikes Peru',
    'Six missing climbers found alive after the storm',
    'Official bodies condemn the decision',
    'The rescue did not result in any casualties',
    'Fire crews evacuated the tower without injuries',
    'Militia fires rockets toward Ukraine',
    'Drug trafficking rises in port cities',
    'Prosecutors punch holes in the defence case',
    'Singer hospitalised with flu',
    'Captain misses the cup final with a hamstring injury',
    'Rovers massacre Town 7-0 in the derby',
    'The vote reopened old wounds',
    'Archer with a record shot should win gold',
    'A body of evidence grows against the firm',
    'Officials say fire at the depot was caused by a fault',
    'Former child actor dies at 88',
    'The scandal poisoned the debate',
    // a campaign to be deterred; harm someone was sent to do; the White House is no home
    'Allies work to deter an offensive on Rafah',
    'Commandos were sent to kill the rebel leader, a witness says',
    'White House condemns overnight attack',
    // hostages named in talks or a bargain: a negotiation; or in quotes, a word named
    'Hostages top the agenda of talks in Cairo',
    'Freedonia mediators say swap of hostages near',
    "What 'hostages' means to Ruritania's rebels",
    // a capital standing for its government; a raid on a home; an exodus from no war
    'Tehran vows attack on rival',
    'Police raid on the home of a banker',
    'The exodus of nurses from public hospitals',
    // a car into a wall; targeted by scammers
    'Car crashes into wall on ring road',
    'Scammers target pensioners with fake calls',
    // weather lashes a coast; support whipped up
    'Storm lashes the coast overnight',
    'Senator whips up support for the bill',
    // a toll road; a toll on health
    'Motorists face higher fees on the new war toll road',
    // a force shoots at what follows; fans storm a pitch
    'Police shot at the car',
    'Fans storm the pitch after the final',
    'Likely famine in the north worries agencies',
    'Couple booked into a hotel for the weekend',
    // weather strikes no place in the manual's sense
    'Floods pummel Kharkiv overnight',
    'The vote exposed a fracture in the coalition',
    'The show busted a myth about sharks',
    // victims denied, or named by no harm
    'No gunshot victim was reported to the hospitals',
    'The victim impact statement was read in court',
    // harm foiled, after a possessive name
    "Attempted assassination of the governor's aide foiled",
    // one "clash" with no other word of violence: a match or a quarrel
    'Coach relishing the derby clash at the national stadium',
    // "held" with anyone not named by their captivity
    'The summit was held in Cairo on Monday',
    'Riot police held a news conference',
  ])('no harm: %s', (text) => {
    expect(analyze(text).annotations.filter((a) => a.type === 'harm')).toEqual([]);
  });

  test('a death with no violence, accident or count stays an obituary', () => {
    expect(analyze('Actor dies at 87').annotations.filter((a) => a.type === 'harm')).toEqual([]);
  });
});

describe('a date is no doer (stop 56)', () => {
  // a phrase that only names a time is not who did a harm: "July Fourth" before "shooting at"
  // reads as its subject, and a doer it would be without the rule
  test.each([
    ['Six hurt in July Fourth shooting at Lake Park', 'July Fourth'],
    ['Two hurt after Monday night shooting at Elm Park', 'Monday night'],
  ])('%s: no doer "%s"', (text, date) => {
    const harms = analyze(text).annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
    expect(harms.length).toBeGreaterThan(0);
    const doers = harms.flatMap((a) => [a.agent?.text, a.responsible?.party?.text]);
    expect(doers).not.toContain(date);
  });
});
