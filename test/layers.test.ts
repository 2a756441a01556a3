// The layer check (.dependency-cruiser.cjs, run by `npm test` on src/) can fail: on
// test/fixtures/layers/src, a tree that breaks each rule once, it exits non-zero and names
// every broken rule, and lets the imports that point down pass.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

test('a cycle, an upward import and a front end importing the other each fail the check', () => {
  const run = spawnSync(process.execPath, [CLI, 'src', '--config', join(ROOT, '.dependency-cruiser.cjs')], {
    cwd: join(__dirname, 'fixtures', 'layers'),
    encoding: 'utf8',
  });
  expect(run.status).not.toBe(0);
  // "error RULE: FROM → TO", a cycle's first step over two lines
  const report = run.stdout.replace(/\s+/g, ' ');
  const violations = [...report.matchAll(/error (\S+): (\S+) → (\S+)/g)].map(([, rule, from, to]) => `${rule}: ${from} → ${to}`);
  expect(violations.sort()).toEqual([
    'cli-not-web: src/cli/main.ts → src/web/page.ts',
    'core-not-up: src/analyze.ts → src/io/csv.ts',
    'corpus-not-up: src/corpus/import.ts → src/cli/usage-error.ts',
    'io-not-up: src/io/read.ts → src/corpus/store.ts',
    'nlp-at-the-bottom: src/nlp/tagger.ts → src/lexicon/words.ts',
    'no-circular: src/detectors/a.ts → src/detectors/b.ts',
    'passive-below-harm: src/detectors/passive.ts → src/harm/phrases.ts',
    'web-not-cli: src/web/app.ts → src/cli/usage-error.ts',
  ]);
});
