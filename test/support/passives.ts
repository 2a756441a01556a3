// What the passive tables compare: the passives of a text, each shown as "form:verb" or
// "form:verb<agent".

import { analyze } from '../../src/analyze';
import { passiveDetector } from '../../src/detectors/passive';
import type { PassiveAnnotation } from '../../src/types';

export function passives(text: string): PassiveAnnotation[] {
  return analyze(text, { detectors: [passiveDetector] }).annotations.filter(
    (a): a is PassiveAnnotation => a.type === 'passive',
  );
}

export const show = (p: PassiveAnnotation): string => `${p.form}:${p.verb.text}${p.agent ? `<${p.agent.text}` : ''}`;
