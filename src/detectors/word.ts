// The little a verb-group rule needs of a token (src/detectors/verb-group.ts and the rules
// it consults: clause.ts, not-passive.ts, missing-object.ts). Its own file so that those
// rules and verb-group.ts do not import each other in a circle.

export interface Word {
  lower: string;
  tag: string;
  /** Offsets in the text, where the words come from one (a token); absent in training data. */
  start?: number;
  end?: number;
}
