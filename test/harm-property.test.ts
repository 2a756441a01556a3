// A property over the real-text gold (issue 13): every passive reading of a harm verb is a
// harm event, unless one of the manual's exclusions applies: hypothetical, negated or
// idiomatic harm (src/harm/rules.ts), a patient that is not what the verb harms (people,
// or homes for demolition: harm only to things or animals, "water sites destroyed"), or a
// verb that counts only where violence is around, with none there (one person's illness:
// "was hospitalized after she became ill"), or only where nothing else reports harm, beside
// a harm reported.

import { analyze, parse } from '../src/analyze';
import { defaultHarmMatcher } from '../src/harm';
import { subjectOf } from '../src/harm/clause';
import { createContext } from '../src/harm/context';
import { causeFits, isViolent } from '../src/harm/events';
import { isCaptive, isHomes, isPeople, npStartingAt } from '../src/harm/phrases';
import { ruleChecker } from '../src/harm/rule-check';
import { bodyPartOwner } from '../src/harm/verb-events';
import type { VerbEntry } from '../src/harm';
import type { HarmAnnotation, PassiveAnnotation } from '../src/types';
import { readRealGold } from '../eval/real-gold';

const matcher = defaultHarmMatcher();
const rules = ruleChecker(matcher.lexicon);

interface Dropped {
  text: string;
  verb: string;
  excluded: boolean;
}

function droppedHarmPassives(text: string): Dropped[] {
  const analysis = analyze(text);
  const harms = analysis.annotations.filter((a): a is HarmAnnotation => a.type === 'harm');
  const passives = analysis.annotations.filter((a): a is PassiveAnnotation => a.type === 'passive');
  const out: Dropped[] = [];
  for (const sentence of parse(text).sentences) {
    const inside = passives.filter((p) => p.verb.start >= sentence.start && p.verb.start < sentence.end);
    const ctx = { ...createContext(sentence, text, matcher.lexicon, inside), verbs: new Map<number, number>() };
    for (const p of inside) {
      const i = sentence.tokens.findIndex((t) => t.start === p.verb.start);
      // a result verb ("leave", "take") harms only with its result word ("left dead", "taken
      // hostage"), which other entries read; its passive alone ("taken to hospital") is none;
      // nor is a bereaved verb's ("lose" kin): its passive names what is lost ("Crimea is lost",
      // "lost at sea": missing), no one it befell
      const match = matcher.match(sentence.tokens).find((m) => m.start === i);
      const entry = match?.entries.find((e): e is VerbEntry => e.pos === 'verb' && e.frame !== 'result' && e.frame !== 'bereaved');
      if (!match || !entry || harms.some((h) => h.start <= p.verb.start && p.verb.start < h.end)) continue;
      const patient = subjectOf(ctx, i, 'patient');
      // "shots fired at homes": a firing wording that ends in its preposition harms what follows
      // it (what is fired is its subject), here a thing
      const firedAt = /^fire[ds]?$/.test(sentence.tokens[i]?.lower ?? '') && /^(IN|RP)$/.test(sentence.tokens[match.end - 1]?.tag ?? '');
      const target = firedAt ? npStartingAt(ctx, match.end) : null;
      const fits = (): boolean => {
        if (target) return isPeople(ctx, target, true);
        if (!patient) return false;
        if (entry.victim === 'home') return isHomes(ctx, patient);
        if (entry.victim === 'hostage' || entry.victim === 'prisoner') return isCaptive(ctx, patient, entry.victim);
        // ("services cut", "Zenda cut off": only a part of someone's body, "his throat was cut")
        if (entry.victim === 'body-part') return bodyPartOwner(ctx, patient) !== null;
        return entry.victim === 'any' || isPeople(ctx, patient, entry.victim === 'person-noun');
      };
      const quiet =
        (entry.needsViolence && !isViolent(ctx, { start: i, end: i + 1, entry, forms: ['past'] })) ||
        // (a disaster's harm where no accident or natural force is named: "trapped in the war")
        !causeFits(ctx, entry, { start: i, end: i + 1, harm: entry.harm, agency: 'agentless-passive', agent: null, victim: null, cause: null, covers: [] });
      // a verb that counts only where nothing else in its sentence reports harm ("hospitalised",
      // context violence-alone), beside a harm the sentence reports ("cleric jailed ... hospitalised")
      const besideHarm = entry.alone && harms.some((h) => h.start >= sentence.start && h.start < sentence.end);
      const excluded = rules.notEvent(sentence.tokens, i, i + 1, ctx.words) !== null || !fits() || quiet || besideHarm;
      out.push({ text, verb: p.verb.text, excluded });
    }
  }
  return out;
}

test('every passive harm verb in the real gold is a harm event or excluded by the manual', () => {
  const dropped = readRealGold().flatMap((item) => droppedHarmPassives(item.text));
  expect(dropped.filter((d) => !d.excluded)).toEqual([]);
});

test('the check tells harm to things (excluded) from harm to people (an event)', () => {
  const things = droppedHarmPassives('Half of the water sites destroyed, data reveals');
  expect(things.map((d) => [d.verb, d.excluded])).toEqual([['destroyed', true]]);
  expect(droppedHarmPassives('Two Australian tourists arrested in Bali')).toEqual([]);
});
