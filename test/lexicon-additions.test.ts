// The entries added in issue 16 (stop 22), each on a sentence where it should fire and,
// where the phrase has a literal use, one where it should not: regression checks, not
// accuracy (constructed sentences).

import { flaggedAnnotations as flags } from '../eval/euphemism';

const ROWS: Array<[string, string | null]> = [
  ['The teenager passed away after police shot him twice.', 'passed-away'],
  ['My grandmother passed away peacefully after a long battle with cancer.', null],
  ['The ministry called the beating of the prisoner an isolated incident.', 'isolated-incident'],
  ['Police described the stabbing of his wife as a family tragedy.', 'domestic-tragedy'],
  ['198 dead in Israeli strikes on Gaza as 70 killed in Israel.', 'died-in-strike'],
  ['Five children died in an airstrike on the camp.', 'died-in-strike'],
  ['Moscow called the withdrawal of troops from Snake Island a gesture of goodwill.', 'gesture-of-goodwill'],
  ['The minister released two prisoners as a goodwill gesture.', null],
  ['Russian forces are regrouping after the Ukrainian counteroffensive, the ministry said.', 'regrouping'],
  ['The team regrouped at half-time.', null],
  ['Officials called the retreat of troops a planned redeployment.', 'redeployment'],
  ['Washington ruled out boots on the ground.', 'boots-on-the-ground'],
  ['Senators debated a military intervention in Syria.', 'military-intervention'],
  ['The army expanded its counterinsurgency campaign in the north.', 'counterinsurgency'],
  ['The memo authorised lethal direct action against the cleric.', 'lethal-direct-action'],
  ['Hundreds of US military advisers were sent to the front.', 'military-advisers'],
  ['The man died after an altercation with police officers.', 'altercation'],
  ['The CIA used harsh interrogation techniques on detainees.', 'harsh-interrogation'],
  ['Photographs of prisoner abuse at Abu Ghraib shocked the world.', 'prisoner-abuse'],
  ['Detainees were held in stress positions for hours.', 'stress-positions'],
  ['The suspects were flown to CIA black sites.', 'black-sites'],
  ['Guards beat two inmates during the riot.', 'inmates'],
  ['Civilians from Mariupol were sent to a filtration camp by Russian forces.', 'filtration'],
  ['The new water filtration plant opened today.', null],
  ['Thousands of migrants chose to self-deport, officials said.', 'self-deportation'],
  ['NATO justified the bombing as a humanitarian intervention.', 'humanitarian-intervention'],
  ['Moscow marked the anniversary of the reunification of Crimea.', 'reunification-of-crimea'],
  ['The Kremlin blamed the Kyiv regime for the strike.', 'kyiv-regime'],
  ['The cartoonist was accused of sedition over a protest slogan.', 'sedition'],
  ['The mayor blamed outside agitators for the protest violence.', 'outside-agitators'],
  ['Looters ransacked shops as floodwater rose after the hurricane.', 'looters'],
  ['Looters stripped the ancient tomb of its treasure.', null],
  ['The minister vowed to deport the infiltrators, meaning African asylum seekers.', 'infiltrators'],
  ['The strike killed 11 narco-terrorists, the president said.', 'narco-terrorists'],
  ['Dozens were killed in communal violence in Delhi.', 'communal-violence'],
  ['Operators called the dead bug splat.', 'bug-splat'],
];

test.each(ROWS)('%s → %s', (text, id) => {
  const got = flags(text).map((a) => a.entry);
  if (id) expect(got).toContain(id);
  else expect(got).toEqual([]);
});
