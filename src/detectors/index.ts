// Every detector, in the order they run: later ones may read earlier ones' annotations.

import type { Detector } from '../types';
import { passiveDetector } from './passive';

export const DETECTORS: readonly Detector[] = [passiveDetector];
