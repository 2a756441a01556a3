// `npm run build:models` (run by `npm install` after the build): writes models/*.bin, the
// fast-loading form of models/*.json.gz (src/nlp/model-binary.ts). Not committed: derived,
// deterministic, and rewritten only when its JSON file or the hashing has changed. Writing
// fails if two of a model's features share a hash (src/nlp/feature-hash.ts). Then compiles
// the shipped lexicons into .cache/ (src/lexicon/compiled.ts), so no process parses their YAML,
// and writes the tag lexicon's table there (src/nlp/tag-table.ts), so none parses its JSON,
// and the parsed grammar and harm data files (src/nlp/yaml-data.ts) and the harm wordings'
// expansions (src/harm/matcher.ts), read by one analysis.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HashedLinearModel, encodeModel, sha256 } from '../src/nlp/model-binary';
import { binaryPath } from '../src/nlp/model-load';
import type { LinearModelFile } from '../src/nlp/perceptron';
import { MODELS_DIR } from '../src/paths';
import { LEXICON_DIR, loadLexicon } from '../src/lexicon';
import { ARABIC_LEXICON_DIR } from '../src/lexicon/arabic-matcher';
import { COMPILED_DIR } from '../src/lexicon/compiled';
import { sharedTagTable } from '../src/nlp/tag-lexicon';
import { analyze } from '../src/analyze';

for (const name of ['pos-tagger.json.gz', 'voice.json.gz']) {
  const path = join(MODELS_DIR, name);
  const json = readFileSync(path);
  const source = sha256(json);
  const out = binaryPath(path);
  if (existsSync(out)) {
    try {
      if (new HashedLinearModel(readFileSync(out)).source === source) continue;
    } catch {
      // rewritten below
    }
  }
  const file = JSON.parse(gunzipSync(json).toString('utf8')) as LinearModelFile;
  const bytes = encodeModel(file, source);
  writeFileSync(out, bytes);
  console.log(`framing: wrote ${out} (${(bytes.length / 1e6).toFixed(1)} MB)`);
}

// The shipped lexicons, compiled once for every later process (src/lexicon/compiled.ts).
loadLexicon(LEXICON_DIR);
loadLexicon(ARABIC_LEXICON_DIR);
console.log(`framing: compiled the lexicons into ${COMPILED_DIR}`);
sharedTagTable();
console.log(`framing: the tag lexicon's table is in ${COMPILED_DIR}`);
analyze('Protesters were shot dead by police in the capital.');
console.log(`framing: the grammar and harm data, parsed, are in ${COMPILED_DIR}`);
