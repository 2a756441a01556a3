// The layers of src/ (docs/architecture.md), each importing only from the layers below it:
//
//   core    src/nlp, detectors, harm, lexicon, voice, analyze.ts, types.ts, summary.ts, …
//           (every file of src/ outside the four folders below): text → Analysis; inside it,
//           src/nlp at the bottom and the passive analysis (src/detectors) below src/harm
//   io      src/io      CSV and JSON Lines readers and writers, input errors
//   corpus  src/corpus  store, import, annotate, stats, export, review: returns data
//                       (no HTML, no HTTP, no CLI options or errors)
//   cli     src/cli     the command line  } the two front ends, side by side: what both
//   web     src/web     the Express app   } need belongs in a layer below them
//
// and no module cycles anywhere in src/. `npm test` runs it (`npm run check:layers`);
// test/layers.test.ts shows each rule failing on test/fixtures/layers/.

const ABOVE_CORE = '^src/(io|corpus|cli|web)/';

/** Files matching `from` may not import files whose path matches `to`. */
function forbid(name, comment, from, to) {
  return { name, comment, severity: 'error', from, to: { path: to } };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules that import each other are one module in two files: move what both need into a third.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'nlp-at-the-bottom',
      comment: 'src/nlp (tokens, sentences, tagger) builds on nothing in src/ but src/types.ts and src/paths.ts.',
      severity: 'error',
      from: { path: '^src/nlp/' },
      to: { path: '^src/', pathNot: '^src/(nlp/|types[.]ts$|paths[.]ts$)' },
    },
    forbid('passive-below-harm',
      'The passive analysis (src/detectors/ but harm.ts, the harm detector\'s wrapper) builds on src/nlp; the harm detector builds on it, not the other way.',
      { path: '^src/detectors/', pathNot: '^src/detectors/(harm|index)[.]ts$' }, '^src/harm/'),
    forbid('core-not-up', 'The core (nlp, detectors, harm, lexicon, voice, analyze) knows nothing of io, corpus, cli or web.',
      { path: '^src/', pathNot: ABOVE_CORE }, ABOVE_CORE),
    forbid('io-not-up', 'io reads and writes files for the layers above it and knows none of them.',
      { path: '^src/io/' }, '^src/(corpus|cli|web)/'),
    forbid('corpus-not-up', 'corpus returns data: no CLI options or errors, no HTML or HTTP.',
      { path: '^src/corpus/' }, '^src/(cli|web)/'),
    forbid('cli-not-web', 'The front ends do not import each other: what both need belongs lower.',
      { path: '^src/cli/' }, '^src/web/'),
    forbid('web-not-cli', 'The front ends do not import each other: what both need belongs lower.',
      { path: '^src/web/' }, '^src/cli/'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports count: a layer that knows a higher layer's types depends on it
    tsPreCompilationDeps: true,
    exclude: { path: '\\.d\\.ts$' },
  },
};
