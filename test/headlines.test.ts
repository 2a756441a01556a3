// Headlines in the forms news coverage of violence takes, written for this project (none is
// quoted from an outlet but the first, the headline issue 2 cites), with the passives read by
// hand: a regression table for the rules and models on headline text, not a measure
// of accuracy. Each row: the headline, then its passives as "form:verb" or
// "form:verb<agent". Known misses are listed in the closing notes, not here.

import { analyze } from '../src/analyze';
import { passiveDetector } from '../src/detectors/passive';
import type { PassiveAnnotation } from '../src/types';

const passives = (text: string): string[] =>
  analyze(text, { detectors: [passiveDetector] })
    .annotations.filter((a): a is PassiveAnnotation => a.type === 'passive')
    .map((p) => `${p.form}:${p.verb.text}${p.agent ? `<${p.agent.text}` : ''}`);

describe('headline passives', () => {
  test.each<[string, string[]]>([
    ['Hundreds killed as Syria security forces battle al-Assad loyalists', ['reduced:killed']],
    ['Three Palestinians killed in Israeli strike', ['reduced:killed']],
    ['Aid Workers Killed In Airstrike On Convoy', ['reduced:Killed']],
    ['Journalist Shot Dead In Mexico', ['reduced:Shot']],
    ['Protesters Tear-Gassed Outside Parliament', ['reduced:Gassed']],
    ['Children among dozens killed in Gaza school strike', ['reduced:killed']],
    ['Two Dead After Shooting At Mall', []],
    ['Man Dies In Police Custody', []],
    ['Teenager stabbed to death in London', ['reduced:stabbed']],
    ['Villages Razed, Thousands Flee Fighting In Darfur', ['reduced:Razed']],
    ['Soldiers Accused Of Killing Civilians Cleared By Military Court', ['reduced:Accused','reduced:Cleared<Military Court']],
    ['UN Says Civilians Were Targeted In Deliberate Attacks', ['full:Targeted']],
    ['Rohingya Driven Out Of Myanmar By Army Campaign', ['reduced:Driven<Army Campaign']],
    ['Hospital Bombed In Aleppo', ['reduced:Bombed']],
    ['Police Officer Who Killed Teen Not Charged', ['reduced:Charged']],
    ['Prisoners Tortured In Secret Jails, Report Says', ['reduced:Tortured']],
    ['KIDS HURT AS CAR PLOWS INTO CROWD', ['reduced:HURT']],
    ['Settlers Attack Palestinian Village, Homes Set On Fire', ['reduced:Set']],
    ['Migrants Found Dead In Truck Near Border', ['reduced:Found']],
    ['Woman Killed, Three Injured In Knife Attack', ['reduced:Killed','reduced:Injured']],
    ['Opposition leader jailed for 15 years', ['reduced:jailed']],
    ['Strike on Kyiv apartment block kills 12', []],
    ['Gaza: 20 killed as Israeli strikes hit shelters', ['reduced:killed']],
    ['Dozens of migrants drowned off Libya coast', ['reduced:drowned']],
    ['Civilians caught in crossfire as army, rebels clash', ['reduced:caught']],
    ['Two Palestinians shot by Israeli forces in West Bank raid', ['reduced:shot<Israeli forces']],
    ['Protester killed after being hit by tear gas canister', ['reduced:killed','full:hit<tear gas canister']],
    ['Nine Killed, Several Wounded In Kabul Blast', ['reduced:Killed','reduced:Wounded']],
    ['Student Activists Rounded Up In Overnight Raids', ['reduced:Rounded']],
    ['Bodies of 12 men found dumped near Baghdad', ['reduced:found']],
    ['Refugees forced back across border, rights group says', ['reduced:forced']],
    ['Village torched by militia, residents say', ['reduced:torched<militia']],
    ['Detainees Allegedly Beaten In Custody', ['reduced:Beaten']],
    ['Ten Held Over Attack On Mosque', ['reduced:Held']],
    ['Reporter Injured By Rubber Bullet During Protest', ['reduced:Injured<Rubber Bullet']],
    ['Police say suspect was shot after pulling a knife', ['full:shot']],
    ['Hundreds Feared Dead After Ship Capsizes', ['reduced:Feared']],
    ['Children separated from parents at border', ['reduced:separated']],
    ['Three Soldiers Wounded In Roadside Bombing', ['reduced:Wounded']],
    ['Opposition Figure Sentenced To Death', ['reduced:Sentenced']],
    ['Aid convoy attacked near Aleppo', ['reduced:attacked']],
    ['Kurdish Fighters Accused Of Abuses', ['reduced:Accused']],
    ['Civilian deaths blamed on faulty intelligence', ['reduced:blamed']],
    ['Anti-Government Protesters Dispersed With Water Cannon', ['reduced:Dispersed']],
    ['Woman Raped, Killed In Delhi', ['reduced:Raped','reduced:Killed']],
    ['ISRAELI STRIKE KILLS FAMILY OF SIX', []],
    ['MAN ARRESTED AFTER WOMAN FOUND DEAD', ['reduced:ARRESTED','reduced:FOUND']],
    ['Ukrainian prisoners of war executed, UN says', ['reduced:executed']],
    ['Military Court Clears Officers Accused Of Torture', ['reduced:Accused']],
    ['Ex-President Charged Over 2019 Protest Killings', ['reduced:Charged']],
    ['Hundreds Displaced As Floods, Fighting Hit Region', ['reduced:Displaced']],
    ['Palestinian teen killed, 3 wounded by Israeli fire in Jenin', ['reduced:killed','reduced:wounded<Israeli fire']],
    ['Dozens arrested as police break up rally', ['reduced:arrested']],
    ['Gunmen kill 15 in attack on village', []],
    ['Mass grave discovered near Raqqa', ['reduced:discovered']],
    ['Israeli soldiers filmed beating detainee', ['reduced:filmed']],
    ['Protesters beaten, detained in Tehran', ['reduced:beaten','reduced:detained']],
    ['Two journalists among those killed in strike on Gaza home', ['reduced:killed']],
    ['Bodies recovered after boat carrying migrants sinks', ['reduced:recovered']],
    ['Prisoner dies after being denied medical care', ['full:denied']],
    ['Suspects released without charge', ['reduced:released']],
    ['Hospital staff threatened, assaulted in overnight raid', ['reduced:threatened','reduced:assaulted']],
    ['Settlers Torch Cars, Homes In West Bank Village', []],
    ['Ten People Killed In Stampede At Food Distribution Site', ['reduced:Killed']],
    ['Thousands forced to flee as fighting escalates', ['reduced:forced']],
    ['Teenager left paralysed after police shooting', ['reduced:left']],
    ['Activists say they were tortured while in detention', ['full:tortured']],
    ['Children Among Victims As Strike Hits Market', []],
    ['Rights group says protesters were deliberately targeted', ['full:targeted']],
    ['SYRIAN COAST: HUNDREDS KILLED AS SECURITY FORCES BATTLE ASSAD LOYALISTS', ['reduced:KILLED']],
    ['‘Individual violations’: Alawite families executed in their homes', ['reduced:executed']],
    ['Mohammed al-Hassan detained by security forces in Baniyas', ['reduced:detained<security forces']],
    ['Dozens of Alawites reportedly killed in Jableh', ['reduced:killed']],
    ['Kurdish journalist Nazim Daştan killed in drone strike', ['reduced:killed']],
    ['Women and children among those killed, monitor says', ['reduced:killed']],
    ['Man, 24, shot dead in Derry', ['reduced:shot']],
    ['Two held after teenager stabbed', ['reduced:held','reduced:stabbed']],
    ['Officers cleared over death of man restrained on floor', ['reduced:cleared','reduced:restrained']],
    ['Dissident "disappeared" after arrest, family says', ['reduced:disappeared']],
  ])('%s', (headline, expected) => {
    expect(passives(headline)).toEqual(expected);
  });
});
