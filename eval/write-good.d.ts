// write-good ships no types: the part of its API the baseline uses.

declare module 'write-good' {
  interface Suggestion {
    /** UTF-16 offset of the flagged stretch and its length. */
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, boolean>): Suggestion[];
  export = writeGood;
}
