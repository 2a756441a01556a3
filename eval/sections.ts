// The sections of `npm run eval`, in the order they print. Add new ones here.

import { agreementSection } from './agreement-section';
import { euphemismRealSection } from './euphemism-real-section';
import { euphemismSection } from './euphemism-section';
import { ewtPassiveSection } from './ewt-section';
import { harmSection } from './harm-section';
import { passivePySection } from './passivepy';
import { realRecasedSection } from './real-recased-section';
import { realSection } from './real-section';
import type { EvalSection } from './section';

export const SECTIONS: readonly EvalSection[] = [ewtPassiveSection, passivePySection, euphemismSection, euphemismRealSection, harmSection, realSection, realRecasedSection, agreementSection];
