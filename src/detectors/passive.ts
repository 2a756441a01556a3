// Passive voice: full ("were shot"), get ("got fired"), reduced ("Hundreds killed as ...").
// (Being written: the rules land with the tagger model.)

import type { Detector } from '../types';

export const passiveDetector: Detector = {
  id: 'passive',
  detect: () => [],
};
