// V8 tuning for the command line (issue 15). TurboFan, V8's optimising compiler, inlines
// callees into a function up to a total of 920 bytes of their bytecode by default. The
// analysis is thousands of small rule functions, and inlining them that deeply made V8's
// background threads compile for 2.2 s of CPU on a 30,000-headline `framing annotate
// --workers 1` (3.4 s from start to exit): on a machine of two cores, shared with other work,
// that compiling takes the core the analysis runs on. At 300 the compiling takes 1.4 s and the
// analysis itself runs as fast (main thread 2.7-2.9 s CPU either way; analyze() in a warm process,
// `npm run bench:throughput`, unchanged). Code is compiled otherwise, never run otherwise:
// output cannot change.

import { setFlagsFromString } from 'node:v8';

/** The flags, set once before the analysis is first run (V8 reads them at each compile). */
export const JIT_FLAGS = '--max-inlined-bytecode-size-cumulative=300';

export function tuneJit(): void {
  setFlagsFromString(JIT_FLAGS);
}
