// Trains the shipped models on UD English EWT (../shared/data/ud-english-ewt):
//   npm run train            train on train, report on dev (for tuning)
//   npm run train -- --final train on train + dev, report on test, write models/
//   --cv                     also cross-validate the voice classifier on the training candidates
//   --cv-real                and on the real gold's dev candidates, beside a treebank-only model
//   --no-real                train the voice classifier on the treebank alone
//   --real-weight N          each real dev candidate counts N times in the voice classifier's training (5)
// The models are CC BY-SA 4.0, as derived from the treebank; the voice classifier also learns
// from the real gold's dev labels (models/README.md).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readConllu, type UdSentence } from '../eval/conllu';
import { VOICE_MODEL_PATH, VoiceModel } from '../src/detectors/voice-model';
import { TAGGER_PATH, Tagger } from '../src/nlp/tagger';
import { asWritten, headlinese, titleCase, upperCase, variants, type Variant } from './augment';
import { seededRandom } from './perceptron-trainer';
import { candidateScores, crossValidateRealVoice, crossValidateVoice, formatScores, repeated } from './cross-validate';
import { readRealGold } from '../eval/real-gold';
import { realVoiceInstances } from './real-voice';
import { casingOfWords, tagAccuracy, trainTagger } from './train-tagger';
import { instances, trainVoice, type TaggedVariant } from './train-voice';

const EWT_DIR = process.env.EWT_DIR ?? join(__dirname, '..', '..', '..', 'shared', 'data', 'ud-english-ewt');
const FOLDS = 4;
const SEED = 20250308;
const VOICE_SEED = 20250309;
/** How many times each real dev candidate counts in the voice classifier's training (--real-weight). */
const REAL_WEIGHT = 5;

function split(name: string): UdSentence[] {
  return readConllu(join(EWT_DIR, `en_ewt-ud-${name}.conllu`));
}

function tagged(tagger: Tagger, sentences: readonly Variant[]): TaggedVariant[] {
  return sentences.map((s) => {
    const casing = casingOfWords(s.words);
    const tags = tagger.tag(s.words, casing);
    return { words: s.words.map((w, i) => ({ lower: w.toLowerCase(), tag: tags[i] as string })), tokens: s.tokens, casing };
  });
}

/** Each fold tagged by a tagger trained on the other folds. */
function jackknife(folds: Variant[][], iterations: number, rand: () => number): TaggedVariant[] {
  return folds.flatMap((fold, k) => {
    const others = folds.filter((_, j) => j !== k).flat();
    console.log(`  fold ${k + 1}/${folds.length}: training on ${others.length} sentences`);
    return tagged(Tagger.fromFile(trainTagger(others, iterations, rand)), fold);
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const final = args.includes('--final');
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const iterations = option('--iterations', 8);
  const threshold = option('--threshold', 0);
  // --seed N: another draw of the shuffles and copies, to see how much a result owes to chance.
  const rand = seededRandom(option('--seed', SEED));
  const source = final ? [...split('train'), ...split('dev')] : split('train');
  const heldOutName = final ? 'test' : 'dev';
  const heldOut = split(heldOutName);

  const all = source.map((s) => variants(s, rand));
  // --reuse DIR: keep the slow part (the taggers) between runs while tuning the voice classifier.
  const reuse = args.includes('--reuse') ? (args[args.indexOf('--reuse') + 1] as string) : null;
  const cached = reuse && existsSync(join(reuse, 'jackknife.json'));
  let jackknifed: TaggedVariant[];
  let taggerFile: ReturnType<typeof trainTagger>;
  if (cached) {
    jackknifed = JSON.parse(readFileSync(join(reuse, 'jackknife.json'), 'utf8')) as TaggedVariant[];
    taggerFile = JSON.parse(readFileSync(join(reuse, 'tagger.json'), 'utf8')) as ReturnType<typeof trainTagger>;
  } else {
    const folds: Variant[][] = Array.from({ length: FOLDS }, (_, k) => all.filter((_, i) => i % FOLDS === k).flat());
    console.log('jackknifed tagging for the voice classifier');
    jackknifed = jackknife(folds, Math.max(4, iterations - 2), rand);
    console.log('tagger on everything');
    taggerFile = trainTagger(all.flat(), iterations, rand);
    if (reuse) {
      writeFileSync(join(reuse, 'jackknife.json'), JSON.stringify(jackknifed));
      writeFileSync(join(reuse, 'tagger.json'), JSON.stringify(taggerFile));
    }
  }
  const tagger = Tagger.fromFile(taggerFile);
  const treebankData = instances(jackknifed);
  // The real gold's dev half, tagged by the tagger being shipped (it never saw these texts).
  const realByItem = args.includes('--no-real') ? [] : readRealGold().filter((item) => item.split === 'dev').map((item) => realVoiceInstances(item, tagger));
  // Each real candidate counts REAL_WEIGHT times: the register the tool reads, which the
  // treebank's 7,554 candidates lack (models/README.md: chosen on the dev half alone, by
  // training on one half of its texts and scoring the other, both ways round).
  const realWeight = option('--real-weight', REAL_WEIGHT);
  const voiceData = [...treebankData, ...repeated(realByItem.flat(), realWeight)];
  console.log(`voice classifier: ${treebankData.length} treebank candidates, ${realByItem.flat().length} from ${realByItem.length} real dev texts, each counted ${realWeight} times`);
  const voiceIterations = option('--voice-iterations', 20);
  // --cv: cross-validated candidate scores on the training candidates (train/cross-validate.ts).
  if (args.includes('--cv')) {
    const cv = crossValidateVoice(jackknifed, FOLDS, voiceIterations, VOICE_SEED);
    console.log(`voice candidates, ${FOLDS}-fold cross-validated on the training candidates: ${formatScores(cv)}`);
  }
  if (args.includes('--cv-real') && realByItem.length > 0) {
    const cv = crossValidateRealVoice(treebankData, realByItem, FOLDS, voiceIterations, VOICE_SEED, realWeight);
    console.log(`real dev voice candidates, ${FOLDS}-fold: treebank + other folds ${formatScores(cv.withReal)}; treebank alone ${formatScores(cv.treebankOnly)}`);
  }
  // Its own seed, so that --reuse and a full run train the same voice classifier.
  const voice = trainVoice(voiceData, voiceIterations, threshold, seededRandom(VOICE_SEED));
  const plain = heldOut.map(asWritten);
  const report = (label: string, sentences: Variant[]): void =>
    console.log(`${heldOutName} tag accuracy, ${label} (${sentences.length} sentences): ${tagAccuracy(tagger, sentences).toFixed(4)}`);
  report('as written', plain);
  report('Title Case', plain.map((s) => ({ ...s, words: titleCase(s.words) })));
  report('ALL CAPS', plain.map((s) => ({ ...s, words: upperCase(s.words) })));
  report('headlinese', heldOut.map(headlinese));
  reportVoice(VoiceModel.fromFile(voice), instances(tagged(tagger, plain)), heldOutName);

  if (final || args.includes('--write')) {
    writeFileSync(TAGGER_PATH, gzipSync(JSON.stringify(taggerFile), { level: 9 }));
    writeFileSync(VOICE_MODEL_PATH, gzipSync(JSON.stringify(voice), { level: 9 }));
    console.log(`wrote ${TAGGER_PATH} and ${VOICE_MODEL_PATH}`);
  }
}

/** Candidate-level precision and recall at several thresholds, to choose --threshold. */
function reportVoice(model: VoiceModel, data: ReturnType<typeof instances>, name: string): void {
  for (const threshold of [-1, -0.5, 0, 0.5, 1, 1.5, 2]) {
    console.log(`${name} voice candidates, threshold ${threshold}: ${formatScores(candidateScores(model, data, threshold))}`);
  }
}

if (require.main === module) main();
