// `npm run build:models` (run by `npm install` after the build): writes models/*.bin, the
// fast-loading form of models/*.json.gz (src/nlp/model-binary.ts). Not committed: derived,
// deterministic, and rewritten only when its JSON file or the hashing has changed. Writing
// fails if two of a model's features share a hash (src/nlp/feature-hash.ts).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HashedLinearModel, encodeModel, sha256 } from '../src/nlp/model-binary';
import { binaryPath } from '../src/nlp/model-load';
import type { LinearModelFile } from '../src/nlp/perceptron';
import { MODELS_DIR } from '../src/paths';

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
