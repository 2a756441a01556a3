// A harm event as the grammar found it, before it becomes an annotation.

import type { Agency, Span } from '../types';

export interface HarmEvent {
  /** Token indices of the event words, end exclusive. */
  start: number;
  end: number;
  harm: string;
  agency: Agency;
  agent: Span | null;
  victim: Span | null;
  /** The victims' phrase with its post-modifier, when it has one (what it says of them counts for their group). */
  victimExtent?: Span;
  /** The doers the harm's own noun names, held to it in the text's other words ("kidnappers free two"). */
  doers?: Span;
  /** The weapon, attack or abstraction named instead of a doer ("Israeli strike"). */
  cause: Span | null;
  /** Token ranges this event accounts for besides its own words (its cause phrase). */
  covers: ReadonlyArray<readonly [number, number]>;
}
