// Every detector, in the order they run: later ones may read earlier ones' annotations.

import type { Detector } from '../types';
import { passiveDetector } from './passive';
import { harmDetector } from './harm';
import { euphemismDetector } from './euphemism';

export const DETECTORS: readonly Detector[] = [passiveDetector, harmDetector, euphemismDetector];
