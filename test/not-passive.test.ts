// The rules that rule a participle out as a passive, on hand-tagged words (word/TAG), so each
// rule is tested apart from the tagger. The participle is the word in [brackets].

import { isTransitiveWithoutObject } from '../src/detectors/missing-object';
import { mustBePassive } from '../src/detectors/must-be-passive';
import { notPassive } from '../src/detectors/not-passive';
import { isParticipleCandidate, verbGroupOf } from '../src/detectors/verb-group';
import type { Word } from '../src/detectors/word';

function parse(tagged: string): { words: Word[]; i: number } {
  let i = -1;
  const words = tagged.split(' ').map((item, k) => {
    const bracketed = item.startsWith('[');
    if (bracketed) i = k;
    const bare = item.replace(/^\[|\]$/g, '');
    // Split at the last slash, so that "//SYM" is the word "/".
    const cut = bare.lastIndexOf('/');
    const [form, tag] = [bare.slice(0, cut), bare.slice(cut + 1)];
    return { lower: form.toLowerCase(), tag };
  });
  return { words, i };
}

describe('not-passive rules on offsets', () => {
  // a participle hyphened to the next word with no space between (offsets show it) is half of a
  // compound; the same words with spaces around the dash are not
  const at = (spaced: boolean): Word[] => {
    const forms: Array<[string, string]> = [['those', 'DT'], ['left', 'VBN'], ['-', 'HYPH'], ['wing', 'VBG'], ['pundits', 'NNS']];
    let offset = 0;
    return forms.map(([lower, tag], k) => {
      if (k > 0 && (spaced || (k !== 2 && k !== 3))) offset++;
      const word = { lower, tag, start: offset, end: offset + lower.length };
      offset = word.end;
      return word;
    });
  };
  test('"left-wing pundits": hyphened-to-next', () => expect(notPassive(at(false), 1)?.id).toBe('hyphened-to-next'));
  test('"left - wing pundits": not that rule', () => expect(notPassive(at(true), 1)?.id).not.toBe('hyphened-to-next'));
  // any first half hyphened to a participle before a noun makes a compound adjective, the
  // hyphen read as a comma too when nothing parts it from its words; not a verb's prefix
  const compound = (forms: Array<[string, string]>, spaced: boolean): Word[] => {
    let offset = 0;
    return forms.map(([lower, tag], k) => {
      if (k > 0 && (spaced || (lower !== '-' && forms[k - 1]?.[0] !== '-'))) offset++;
      const word = { lower, tag, start: offset, end: offset + lower.length };
      offset = word.end;
      return word;
    });
  };
  const themed: Array<[string, string]> = [['a', 'DT'], ['very', 'RB'], ['adult', 'JJ'], ['-', ','], ['themed', 'VBN'], ['movie', 'NN']];
  test('"adult-themed movie": hyphenated-to-noun', () => expect(notPassive(compound(themed, false), 4)?.id).toBe('hyphenated-to-noun'));
  test('"adult - themed movie": not that rule', () => expect(notPassive(compound(themed, true), 4)?.id).not.toBe('hyphenated-to-noun'));
  const reElected: Array<[string, string]> = [['merkel', 'NNP'], ['re', 'NNP'], ['-', ','], ['elected', 'VBN'], ['as', 'IN'], ['chancellor', 'NN']];
  test('"Merkel Re-Elected As Chancellor": not that rule', () => expect(notPassive(compound(reElected, false), 3)?.id).not.toBe('hyphenated-to-noun'));
  // a headline's credit after a hyphen at its end joins no compound: the participle stays open
  const credited: Array<[string, string]> = [['ruritanian', 'JJ'], ['envoy', 'NN'], ['shot', 'VBN'], ['-', 'HYPH'], ['state', 'NN'], ['tv', 'NN']];
  test('"Ruritanian envoy shot-state TV": not hyphened-to-next', () => expect(notPassive(compound(credited, false), 2)?.id).not.toBe('hyphened-to-next'));
  const worn: Array<[string, string]> = [['ruritanian', 'JJ'], ['envoy', 'NN'], ['wears', 'VBZ'], ['shot', 'VBN'], ['-', 'HYPH'], ['proof', 'NN'], ['vest', 'NN']];
  test('"Ruritanian envoy wears shot-proof vest": hyphened-to-next', () => expect(notPassive(compound(worn, false), 3)?.id).toBe('hyphened-to-next'));
});

describe('not-passive rules', () => {
  test.each<[string, string | undefined]>([
    ['the/DT [reported/VBN] reasons/NNS', 'prenominal'],
    ['the/DT [alleged/VBN] Iranian/JJ naval/JJ blockade/NN', 'prenominal'],
    // a change of amount by a number; a base form after a modal or "to"
    ['Rice/NN exports/NNS [slumped/VBN] by/IN 40/CD %/NN', 'change-by-amount'],
    ['Fares/NNS [cut/VBN] by/IN 10/CD %/NN', undefined],
    // a verb of granting before what it grants is no adjective before a noun ("five refused bail")
    ['five/CD [refused/VBD] bail/NN after/IN riot/NN', undefined],
    // an adjective opening the sentence is no verb of saying before a reported clause
    ['alleged/VBD thief/NN [refused/VBD] bail/NN', undefined],
    // shots fired at someone: the shots are what was fired
    ['shots/NNS [fired/VBN] at/IN two/CD men/NNS', undefined],
    ["Mayor/NN says/VBZ he/PRP will/MD not/RB '/`` [shut/VBN] up/RP '/''", 'base-after-modal'],
    ["'/`` Dark/JJ days/NNS '/'' :/: [Trained/VBN] nurses/NNS leave/VBP wards/NNS", 'prenominal'],
    // "un-" or "non-" before a participle with no verb of its own; a reversing verb stays open
    ['new/JJ rules/NNS bar/VBP [unvaccinated/VBN] from/IN gyms/NNS', 'negated-participle'],
    ['Fees/NNS [unpaid/VBN] for/IN months/NNS', 'negated-participle'],
    ['Tomb/NN [unearthed/VBN] near/IN Luxor/NNP', undefined],
    ["the/DT short/JJ '/`` [limited/VBN] '/'' operation/NN", 'prenominal'],
    ["the/DT short/JJ ‘/`` [limited/VBN] ’/POS operation/NN", 'prenominal'],
    ['Quake/NN kills/VBZ an/DT [estimated/VBN] 2,000/CD', 'estimated-count'],
    ['Rebels/NNS raided/VBN and/CC [looted/VBN] remote/JJ mountain/JJ villages/NNS', 'direct-object'],
    ['Woman/NN found/VBN dead/JJ in/IN [burned/VBN] -/HYPH out/RP car/NN', 'hyphenated-compound'],
    ['a/DT really/RB friendly/JJ ,/, [laid/VBN] -/HYPH back/RB atmosphere/NN', 'hyphenated-compound'],
    ['blames/VBZ Hamas/NNP for/IN [expected/VBN] defeat/NN', 'prenominal-after-preposition'],
    ['accused/VBN of/IN attacking/VBG [marked/VBN] convoys/NNS', 'prenominal-after-preposition'],
    ['scores/NNS of/IN [killed/VBN] and/CC wounded/VBN villagers/NNS reach/VBP', 'prenominal-after-preposition'],
    ['scores/NNS of/IN killed/VBN and/CC [wounded/VBN] villagers/NNS reach/VBP', 'prenominal-after-preposition'],
    ["criticised/VBN for/IN '/`` [delayed/VBN] '/'' response/NN", 'prenominal-after-preposition'],
    // after "to", which takes no participle as an infinitive
    ['brings/VBZ hope/NN to/TO [stranded/VBN] sailors/NNS', 'prenominal-after-preposition'],
    // right after an article: a noun use
    ['aid/NN for/IN the/DT [wounded/VBN] ./.', 'after-article'],
    ['divers/NNS search/VBP the/DT [seabed/VBN] near/IN Crete/NNP', 'after-article'],
    ["the/DT agency/NN 's/POS '/`` [expected/VBN] '/'' report/NN", 'prenominal'],
    // right after a noun's genitive, ending its clause or before its verb: the noun's people
    ["jobs/NNS plague/VB Freedonia/NNP 's/POS [displaced/VBN]", 'head-after-genitive'],
    ["what/WP next/JJ for/IN Ruritania/NNP 's/POS [wounded/VBN] ?/.", 'head-after-genitive'],
    ["the/DT province/NN 's/POS [displaced/VBN] return/VBP home/NN", 'head-after-genitive'],
    // (not after a pronoun's "'s", which is "is": "it's called")
    ["it/PRP 's/POS [called/VBN] ./.", undefined],
    ["the/DT state/NN ’s/POS ‘/`` [sanctioned/VBN] killing/VBG ’/'' of/IN rivals/NNS", 'prenominal-after-genitive'],
    ["Shelling/NN leaves/VBZ the/DT city/NN 's/POS clinics/NNS [overwhelmed/VBN]", 'result-of-leave'],
    ['Storm/NN leaves/VBZ 17/CD [injured/VBN]', 'result-of-leave'],
    ['Coach/NN [left/VBD] injured/JJ players/NNS out/IN of/IN squad/NN', 'leave-modified-object'],
    ['Fire/NN leaves/VBZ 2/CD dead/JJ ,/, 5/CD [injured/VBN]', 'result-of-leave'],
    ['Quake/NN leaves/VBZ nine/CD dead/JJ and/CC dozens/NNS [hurt/VBN]', 'result-of-leave'],
    ['Man/NN leaves/VBZ hospital/NN ,/, wife/NN [killed/VBN] in/IN crash/NN', undefined],
    ['Blast/NN [left/VBD] three/CD workers/NNS and/CC a/DT guard/NN dead/JJ', 'leave-object-in-state'],
    ['a/DT raid/NN that/WDT [left/VBN] more/JJR than/IN 40/CD villagers/NNS dead/JJ', 'leave-object-in-state'],
    ['Teenager/NN [left/VBN] paralysed/JJ after/IN crash/NN', undefined],
    ['Police/NNS find/VBP [stolen/VBN] jewels/NNS in/IN car/NN', 'object-modifier'],
    ['Court/NN orders/VBZ [seized/VBN] assets/NNS returned/VBN', 'object-modifier'],
    ['Man/NN gets/VBZ [named/VBN] captain/NN', undefined],
    ["Ministers/NNS [discussed/VBN] '/`` reforms/NNS '/'' of/IN tax/NN", 'direct-object'],
    ['Verdict/NN [sparked/VBD] more/JJR protests/NNS', 'direct-object'],
    // a participle that is also an adjective opens an object as an adjective does
    ['Officers/NNS [seized/VBN] stolen/VBN phones/NNS', 'direct-object'],
    ['Students/NNS [set/VBN] up/RP tents/NNS', 'particle-object'],
    ['after/IN fans/NNS [clashed/VBN] outside/IN the/DT stadium/NN', 'no-passive'],
    // unaccusative verbs have no passive either (data/grammar/intransitive-only.yml)
    ['Reporters/NNS [come/VBN] under/IN fire/NN in/IN the/DT north/NN', 'no-passive'],
    ['Film/NN that/WDT [revealed/VBN] council/NN failures/NNS', 'relative-pronoun-subject'],
    ['Militia/NN which/WDT [backed/VBN] rebels/NNS', 'relative-pronoun-subject'],
    ['killed/VBN in/IN what/WP witnesses/NNS [described/VBN] as/IN an/DT ambush/NN', 'relative-object'],
    ['a/DT raid/NN in/IN which/WDT 20/CD people/NNS [killed/VBN]', undefined],
    ['They/PRP [killed/VBD] him/PRP', 'subject-pronoun'],
    ['the/DT accord/NN ,/, which/WDT ambitiously/RB [provided/VBN] for/IN disarming/VBG ./.', 'relative-pronoun-subject'],
    ['a/DT nation/NN that/WDT [tested/VBN] nuclear/JJ weapons/NNS ./.', 'relative-pronoun-subject'],
    // a participle after a linking verb is a state, even before "by"
    ['Thousands/NNS remain/VBP [stranded/VBN] at/IN the/DT border/NN', 'after-linking-verb'],
    ['Farmers/NNS feel/VBP badly/RB [betrayed/VBN] by/IN the/DT deal/NN', 'after-linking-verb'],
    ['Farmers/NNS got/VBD [paid/VBN] late/RB', undefined],
    // a range of counts after the verb is its object
    ['the/DT flood/NN [displaced/VBN] between/IN 200/CD and/CC 400/CD families/NNS', 'direct-object'],
    // a clause after "that" is the object of a verb with no "be"; "given that" is a subordinator
    ['Auditors/NNS [concluded/VBN] that/IN the/DT wells/NNS were/VBD dry/JJ', 'clause-complement'],
    ['[Given/VBN] that/IN prices/NNS rose/VBD ,/, sales/NNS fell/VBD ./.', 'clause-complement'],
    ['Parents/NNS [told/VBN] that/IN the/DT school/NN will/MD close/VB', undefined],
    ['Rioters/NNS [rampaged/VBN] through/IN the/DT market/NN', 'no-passive'],
    ['the/DT delay/NN [resulted/VBN] in/IN losses/NNS', 'no-passive'],
    ['the/DT government/NN [tried/VBN] to/TO absorb/VB them/PRP ./.', 'control-verb'],
    ['Mayor/NNP [promised/VBN] to/TO reopen/VB the/DT bridge/NN', 'control-verb'],
    ['Regulator/NNP [prepared/VBN] to/TO fine/VB the/DT bank/NN', 'control-verb'],
    ['NASA/NNP said/VBD ,/, it/PRP [announced/VBD] this/DT week/NN ./.', 'subject-pronoun'],
    ['Navy/NNP says/VBZ it/PRP [sank/VBN] three/CD boats/NNS', 'subject-pronoun'],
    ['Ministry/NNP says/VBZ [seized/VBN] weapons/NNS cache/NN', 'dropped-subject-after-saying'],
    ['Officials/NNS say/VBP [left/VBN] at/IN least/JJS 40/CD homeless/JJ', 'dropped-subject-after-saying'],
    ['The/DT team/NN was/VBD as/RB [tired/VBN] as/IN before/RB ./.', 'as-as-comparison'],
    ['Soldiers/NNS [fired/VBN] on/IN the/DT crowd/NN', 'fired-on-people'],
    ['Guards/NNS [fired/VBN] at/IN villagers/NNS', 'fired-on-people'],
    ['Manager/NN [fired/VBN] on/IN the/DT spot/NN', undefined],
    ['Ranchers/NNS [fired/VBN] at/IN wolves/NNS', 'fired-on-people'],
    ['Engineer/NN [fired/VBN] at/IN Google/NNP', undefined],
    ['Guards/NNS [beat/VBN] and/CC robbed/VBD the/DT driver/NN', 'shared-object'],
    ['They/PRP seized/VBD and/CC [burned/VBN] crops/NNS', 'shared-object'],
    ['Villagers/NNS [beaten/VBN] and/CC robbed/VBN in/IN raid/NN', undefined],
    ['Police/NNS [killed/VBN] two/CD men/NNS', 'direct-object'],
    // an object opened by an adjective, a compound's first noun, or a quote
    ['Officials/NNS [blocked/VBN] federal/JJ funding/NN', 'direct-object'],
    ['Landlord/NN [used/VBN] tenant/NN deposits/NNS to/TO pay/VB debts/NNS', 'direct-object'],
    ['Parents/NNS [voiced/VBN] "/`` deep/JJ concern/NN "/\'\' over/IN closure/NN', 'direct-object'],
    // a bare plural noun right after a subject's verb; not a verb read as a plural
    ['Smugglers/NNS [sold/VBN] crates/NNS of/IN fake/JJ wine/NN', 'direct-object'],
    ['Rangers/NNS [seized/VBN] rifles/NNS and/CC traps/NNS', 'direct-object'],
    ['share/NN of/IN voters/NNS [polled/VBN] tops/NNS 60/CD percent/NN', undefined],
    ['Man/NN [shot/VBN] dead/JJ outside/IN bar/NN', undefined],
    // (past a result: "shot dead", "stabbed to death" before a determiner, a count or a possessive)
    ['Guard/NN [stabbed/VBN] to/TO death/NN his/PRP$ cellmate/NN', 'direct-object'],
    ['Rebels/NNS [shot/VBN] dead/JJ three/CD soldiers/NNS', 'direct-object'],
    // ("both" before a result is the object, a pronoun the tagger read as an adverb)
    ['Gunmen/NNS [shot/VBD] both/RB dead/JJ', 'direct-object'],
    ['Teen/NN [stabbed/VBN] to/TO death/NN after/IN party/NN', undefined],
    ['Strikers/NNS [closed/VBN] off/RP main/JJ roads/NNS', 'particle-object'],
    ['Sergeant/NN [told/VBN] two/CD officers/NNS to/TO leave/VB', 'object-control'],
    ['the/DT homes/NNS which/WDT settlers/NNS [torched/VBN] last/JJ year/NN', 'relative-object'],
    ['a/DT raid/NN in/IN which/WDT 20/CD people/NNS [killed/VBN]', undefined],
    ['Execs/NNS [bragged/VBN] of/IN using/VBG fake/JJ news/NN', 'no-passive'],
    ['Iran/NNP -/HYPH [backed/VBN] militias/NNS', 'prenominal'],
    ['a/DT sugar/NN -/HYPH [coated/VBN] bitter/JJ pill/NN', 'hyphenated-to-noun'],
    ['the/DT coalition/NN is/VBZ U.S./NNP -/HYPH [led/VBN]', 'hyphenated-to-noun'],
    ['the/DT mine/NN was/VBD rebel/NN -/HYPH [laid/VBN]', 'hyphenated-to-noun'],
    ['Police/NNS arrested/VBD and/CC [injured/VBN] protesters/NNS', 'shared-object'],
    ['Witnesses/NNS said/VBD officers/NNS [fired/VBN] without/IN warning/NN', 'reported-clause-subject'],
    ['The/DT US/NNP troops/NNS [fired/VBN] into/IN the/DT crowd/NN ,/, killing/VBG 4/CD ./.', 'main-clause-verb'],
    ['Oil/NN companies/NNS [moved/VBN] staff/NN as/IN the/DT storm/NN kept/VBD markets/NNS on/IN edge/NN ./.', 'main-clause-verb'],
    ['As/IN of/IN 2005/CD ,/, my/PRP$ income/NN [changed/VBN] from/IN Mozilla/NNP ./.', 'main-clause-verb'],
    // an adverb hyphened to the participle; "headed" or "bound for" a place; an age
    ['so/RB -/HYPH [called/VBN] scary/JJ clowns/NNS', 'hyphenated-to-adverb'],
    ['the/DT much/JJ -/HYPH [needed/VBN] ,/, overdue/JJ reform/NN', 'hyphenated-to-adverb'],
    ['Aid/NN ship/NN [headed/VBN] to/IN Gaza/NNP', 'motion-headed'],
    ['a/DT plane/NN [bound/VBN] for/IN Rome/NNP', 'motion-headed'],
    ['the/DT team/NN [headed/VBN] by/IN a/DT judge/NN', undefined],
    ['Singer/NN dies/VBZ [aged/VBN] 52/CD', 'aged-number'],
    // a feeling said of people with no doer: a state; with a doer, or said of a thing, left to the classifier
    ["Miners/NNS '/'' [shocked/VBN] '/'' after/IN pit/NN closure/NN", 'psych-state'],
    ['Parents/NNS "/`` deeply/RB [worried/VBN] "/\'\' about/IN exam/NN', 'psych-state'],
    ['Parents/NNS [shocked/VBN] by/IN exam/NN changes/NNS', undefined],
    // (but "concerned" and "worried" name a state even with "by" their cause, after a speaker's "says" too)
    ['Parents/NNS [worried/VBN] by/IN exam/NN changes/NNS', 'psych-state'],
    ['Ministry/NNP says/VBZ [concerned/VBN] by/IN delay/NN', 'psych-state'],
    ['Stadium/NN [devastated/VBN] after/IN storm/NN', undefined],
    ['Climber/NN left/VBN [stranded/VBN] on/IN ledge/NN', 'result-of-leave'],
    // a feeling only people have, said of an institution; not a word also said of things
    ['Council/NNP [dismayed/VBN] at/IN budget/NN cuts/NNS', 'psych-state'],
    ['Ministry/NNP not/RB [surprised/VBN] over/IN delay/NN', 'psych-state'],
    ['Clinic/NNP [overwhelmed/VBN] after/IN outbreak/NN', undefined],
    // not ruled out: left to the voice classifier
    ['it/PRP was/VBD found/VBN it/PRP [abandoned/VBN] ./.', undefined],
    ['Hundreds/NNS [killed/VBN] ./.', undefined],
    ['Militia/NN which/WDT [backed/VBN] by/IN army/NN', undefined],
    ['Tents/NNS [set/VBN] up/RP by/IN students/NNS', undefined],
    ['the/DT militia/NN ,/, which/WDT [backed/VBN] by/IN the/DT army/NN ,/, fled/VBD ./.', undefined],
    ['Residents/NNS [forced/VBN] to/TO flee/VB', undefined],
    ['Man/NN [arrested/VBN] -/HYPH police/NN officer/NN says/VBZ', undefined],
    ['Site/NN [made/VBN] !/.', undefined],
    ['Troops/NNS [fired/VBN] into/IN the/DT crowd/NN', 'fired-on-people'],
    ['The/DT man/NN [shot/VBN] in/IN the/DT raid/NN died/VBD ./.', undefined],
    ['The/DT man/NN [shot/VBN] in/IN the/DT raid/NN that/WDT killed/VBD five/CD died/VBD ./.', undefined],
    ['Passport/NN [needed/VBN] for/IN a/DT cruise/NN ?/.', undefined],
    ['The/DT man/NN [shot/VBN] by/IN police/NN died/VBD ./.', undefined],
    ['Israel/NNP says/VBZ 3/CD militants/NNS [killed/VBN] in/IN raid/NN', undefined],
    ['Witnesses/NNS say/VBP protesters/NNS [shot/VBN] by/IN police/NN', undefined],
    ['Police/NNS say/VBP man/NN [found/VBN] dead/JJ in/IN river/NN', undefined],
  ])('%s → %s', (tagged, rule) => {
    const { words, i } = parse(tagged);
    expect(notPassive(words, i)?.id).toBe(rule);
  });
});

describe('verb groups of conjuncts', () => {
  // The participle's group, as "kind", "kind+earlier" (a conjunct sharing the auxiliary of the
  // participle `earlier`) or "kind+earlier far" (one after the earlier participle's own phrase).
  test.each<[string, string]>([
    ['They/PRP were/VBD arrested/VBN and/CC [beaten/VBN]', 'be+arrested'],
    ['They/PRP were/VBD arrested/VBN ,/, [beaten/VBN] and/CC tortured/VBN', 'be+arrested'],
    ['He/PRP was/VBD arrested/VBN in/IN May/NNP and/CC [released/VBN]', 'be+arrested far'],
    ['The/DT disk/NN was/VBD confiscated/VBN from/IN him/PRP and/CC then/RB [handed/VBN] over/RP', 'be+confiscated far'],
    ['They/PRP can/MD be/VB checked/VBN in/RP and/CC [checked/VBN] out/RP', 'be+checked far'],
    // a comma joins a distant conjunct only in a list that goes on to another participle
    ['men/NNS were/VBD arrested/VBN by/IN police/NN ,/, [taken/VBN] to/IN a/DT station/NN and/CC beaten/VBN', 'be+arrested far'],
    ['which/WDT was/VBD built/VBN in/IN 1900/CD ,/, [burned/VBN] down/RP and/CC nobody/NN came/VBD', 'none'],
    // a slash joins like "and"; a quote or a hyphenated prefix stands between auxiliary and participle
    ['they/PRP are/VBP owned/VBN //SYM [operated/VBN] by/IN the/DT same/JJ people/NNS', 'be+owned'],
    ['He/PRP was/VBD ``/`` [forced/VBN] \'\'/\'\' into/IN it/PRP', 'be'],
    ['guns/NNS were/VBD re/IN -/HYPH [routed/VBN] to/IN Syria/NNP', 'be'],
    // another verb in between is the conjunct; a clause break ends the search
    ['He/PRP was/VBD arrested/VBN after/IN police/NNS came/VBD and/CC [released/VBN]', 'none+came'],
    ['He/PRP was/VBD arrested/VBN ;/: later/RB he/PRP [left/VBD]', 'none'],
    // an earlier participle with no auxiliary gives none to share
    ['Police/NNS killed/VBD two/CD men/NNS and/CC [wounded/VBN] five/CD', 'none'],
    // the perfect's "have" before its subject in a wh-question; before its object it is causative
    ['What/WP has/VBZ the/DT war/NN [done/VBN] to/IN the/DT city/NN ?/.', 'have'],
    ['What/WP has/VBZ the/DT loss/NN of/IN power/NN [done/VBN] ?/.', 'have'],
    ['They/PRP had/VBD the/DT car/NN [repaired/VBN]', 'none'],
    // "'s" before a participle with an object is "has"; not before a time, nor with a second object
    ["Army/NNP says/VBZ it/PRP 's/VBZ [killed/VBN] half/NN of/IN the/DT gang/NN 's/POS leaders/NNS", 'have'],
    ["Army/NNP says/VBZ it/PRP 's/VBZ [arrested/VBN] 40/CD people/NNS", 'have'],
    ["it/PRP 's/VBZ [done/VBN] every/DT day/NN", 'be'],
    ["It/PRP 's/VBZ [called/VBN] a/DT pandemic/NN", 'be'],
    ["he/PRP 's/VBZ [called/VBN] for/IN a/DT ceasefire/NN", 'have'],
    ["she/PRP 's/VBZ [made/VBN] a/DT decision/NN", 'have'],
    ['When/WRB having/VBG your/PRP$ car/NN [fixed/VBN]', 'none'],
    // a genitive "'s" is no "is", with the participle and its noun quoted too
    ["the/DT state/NN ’s/POS ‘/`` [sanctioned/VBN] killing/VBG ’/'' of/IN rivals/NNS", 'none'],
    // past adverbs too; and a long word hyphened to the participle is no prefix of it
    ["the/DT league/NN 's/POS most/RBS [watched/VBN] match/NN", 'none'],
    ["the/DT army/NN 's/POS newly/RB [expanded/VBN] offensive/NN", 'none'],
    ["Norway/NNP ’s/POS Swedish/JJ -/HYPH [Made/VBN] Jets/NNS", 'none'],
    ['guns/NNS were/VBD re/IN -/HYPH [routed/VBN] to/IN Syria/NNP', 'be'],
  ])('%s → %s', (tagged, expected) => {
    const { words, i } = parse(tagged);
    const group = verbGroupOf(words, i);
    const earlier = group.coordinatedWith === null ? '' : `+${(words[group.coordinatedWith] as Word).lower}${group.distant ? ' far' : ''}`;
    expect(group.kind + earlier).toBe(expected);
  });
});

describe('a verb that needs an object, without one', () => {
  test.each<[string, boolean]>([
    ['Hundreds/NNS [killed/VBN] ,/, thousands/NNS displaced/VBN', true],
    ['Three/CD [killed/VBN] hours/NNS after/IN truce/NN', true],
    // an -ing adjunct clause is no object; an -ing modifier of a noun belongs to one
    ['Palestinians/NNPS [killed/VBN] waiting/VBG for/IN aid/NN', true],
    ['Teenager/NN [killed/VBN] trying/VBG to/TO cross/VB border/NN', true],
    ['Police/NNS [killed/VBN] fleeing/VBG suspects/NNS', false],
    ['Police/NNS [killed/VBD] two/CD men/NNS', false],
    ['Troops/NNS [shot/VBD] at/IN protesters/NNS', false],
    // a result is no object, but what follows it may be
    ['Journalist/NN [shot/VBN] dead/JJ in/IN Mexico/NNP', true],
    ['Police/NNS [shot/VBD] dead/JJ 12/CD protesters/NNS', false],
    ['Farmer/NN [beaten/VBN] to/TO death/NN in/IN field/NN', true],
    ['Mob/NN [beat/VBD] to/TO death/NN a/DT thief/NN', false],
    // verbs of news coverage that must have an object when active
    ['Activist/NN [freed/VBN] after/IN three/CD weeks/NNS', true],
    ['Ceasefire/NN [violated/VBN] hours/NNS after/IN truce/NN', true],
    // a verb that may go without an object is left to the voice classifier
    ['My/PRP$ server/NN [crashed/VBN] ./.', false],
    // a word the tagger read as an adjective but that is mostly a preposition is no object
    ['Two/CD [stabbed/VBD] outside/JJ nightclub/NN', true],
    // a counted noun phrase is an object; a span of time is not
    ['Militants/NNS [killed/VBN] over/RB 100/CD people/NNS', false],
    ['Nearly/RB 300/CD [killed/VBN] over/IN two/CD days/NNS', true],
    ['Police/NNS [killed/VBD] innocent/JJ civilians/NNS', false],
  ])('%s → %s', (tagged, expected) => {
    const { words, i } = parse(tagged);
    expect(isTransitiveWithoutObject(words, i)).toBe(expected);
  });
});

describe('participles the tagger misread', () => {
  test.each<[string, boolean]>([
    // an -ed adjective that Brill's lexicon does not know as one
    ['Prisoners/NNS allegedly/RB [mistreated/JJ] ,/, report/NN says/VBZ', true],
    ['A/DT [tired/JJ] man/NN', false],
    // a verb read as a compound noun after a word for people, in a headline, with no object
    ['Man/NN [shot/NN] outside/IN mosque/NN', true],
    ['Flu/NN [shot/NN] in/IN short/JJ supply/NN', false],
    ['Man/NN [shot/NN] his/PRP$ wife/NN', false],
    ['The/DT police/NNS [shot/NN] in/IN the/DT air/NN ./.', false],
    // an adjective reading after a count, in a headline, of a verb that needs an object
    ['quake/NN toll/NN climbs/VBZ ,/, nearly/RB 90/CD [injured/JJ] ,/, officials/NNS say/VBP', true],
    ['Dozens/NNS [injured/JJ] as/IN bus/NN overturns/VBZ', true],
    // so a noun reading after a count, but not after "one"
    ['Four/CD [shot/NN] as/IN police/NNS raid/VBP camp/NN', true],
    ['One/CD [shot/NN] at/IN the/DT title/NN', false],
    ['two/CD [injured/JJ] players/NNS', false],
    ['The/DT two/CD were/VBD [injured/JJ] ./.', true],
  ])('%s → %s', (tagged, expected) => {
    const { words, i } = parse(tagged);
    expect(isParticipleCandidate(words, i, 'sentence')).toBe(expected);
  });
});

describe('must-be-passive rules', () => {
  test.each<[string, string | undefined]>([
    ['Dozens/NNS [believed/VBN] to/TO have/VB been/VBN killed/VBN', 'raising'],
    ['a/DT man/NN [said/VBN] to/TO be/VB a/DT commander/NN', 'raising'],
    ['Carmaker/NN [said/VBD] to/TO weigh/VB closing/VBG plants/NNS', 'raising-in-headline'],
    ['Two/CD [reported/VBN] missing/JJ after/IN flash/NN floods/NNS', 'reported-in-a-state'],
    ['Dozens/NNS of/IN civilians/NNS [reported/VBD] killed/VBN in/IN El/NNP Fasher/NNP', 'reported-in-a-state'],
    ['Teenager/NN [left/VBN] paralysed/JJ after/IN shooting/NN', 'left-in-a-state'],
    ['Villagers/NNS [left/VBD] waiting/VBG for/IN aid/NN', 'left-in-a-state'],
    ['The/DT army/NN [left/VBD] fighting/VBG positions/NNS', undefined],
    ['Protesters/NNS were/VBD [shot/JJ] ./.', 'transitive-after-be'],
    ['Hundreds/NNS [killed/VBN] ,/, thousands/NNS displaced/VBN', 'transitive-without-object'],
    ['Widow/NN [found/VBD] not/RB guilty/JJ of/IN aiding/VBG attack/NN', 'found-in-a-state'],
    // before a state or a participle with no noun after it; the participle after "found" too
    ['Boy/NN [found/VBN] dead/JJ in/IN river/NN', 'found-in-a-state'],
    ['Teacher/NN [found/VBD] stabbed/VBN near/IN school/NN', 'found-in-a-state'],
    ['Teacher/NN found/VBD [shot/VBN] at/IN home/NN', 'state-after-found'],
    ['Police/NNS [found/VBD] stolen/VBN jewels/NNS', undefined],
    ['Founder/NN is/VBZ [denied/VBN] entry/NN into/IN U.S./NNP', 'second-object-after-be'],
    ['I/PRP was/VBD immediately/RB [impressed/JJ] by/IN their/PRP$ professionalism/NN', 'agent-after-be'],
    // left to the voice classifier
    ['The/DT form/NN was/VBD [signed/VBN] by/IN Tuesday/NNP', undefined],
    ['I/PRP was/VBD [amazed/JJ] by/IN how/WRB fast/RB it/PRP went/VBD', undefined],
    ['He/PRP has/VBZ [said/VBN] to/TO be/VB careful/JJ', undefined],
    ['Officials/NNS [expected/VBD] to/TO be/VB consulted/VBN', undefined],
    ['Coach/NN [left/VBD] injured/JJ players/NNS out/RP', undefined],
    ['Officials/NNS [reported/VBD] missing/JJ funds/NNS', undefined],
    ['the/DT work/NN the/DT dealer/NN [said/VBD] needed/VBN to/TO be/VB done/VBN', undefined],
    ['They/PRP were/VBD arrested/VBN and/CC [killed/VBN] two/CD guards/NNS', undefined],
    ['Police/NNS [killed/VBD] two/CD men/NNS', undefined],
    // "get" before a plural noun: the participle modifies it
    ['rushing/VBG to/TO get/VB [wounded/VBN] villagers/NNS to/IN clinics/NNS', undefined],
    ['Two/CD fans/NNS got/VBD [injured/VBN] in/IN the/DT crush/NN', 'transitive-after-be'],
  ])('%s → %s', (tagged, rule) => {
    const { words, i } = parse(tagged);
    expect(mustBePassive(words, i, verbGroupOf(words, i))?.id).toBe(rule);
  });
});
