// Words per second of analyze() against bare compromise tagging of the same text, and the
// memory either holds as the input grows. Usage: npm run bench [-- --words 200000]

import nlp from 'compromise';
import { analyze } from '../src/analyze';

const SAMPLE = [
  'Hundreds killed as Syria security forces battle al-Assad loyalists.',
  'Protesters were shot by police outside the ministry on Tuesday, witnesses said.',
  'Three Palestinians killed in Israeli strike on Gaza refugee camp.',
  'The government said the deaths were the result of individual violations and promised an inquiry.',
  'A man shot dead by police in the suburb had been arrested twice before, officials said.',
  'Clashes left dozens dead in the coastal province, where residents described executions in their homes.',
  'The policy, aimed at restoring order, was criticised by rights groups who said detainees were beaten.',
  'Police Killed Two Men In Latakia On Tuesday',
];

function textOf(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = SAMPLE[i % SAMPLE.length] as string;
    out.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return out.join('\n');
}

function time(label: string, words: number, run: () => void): number {
  run(); // warm up: loads models and JIT-compiles
  const start = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rate = words / seconds;
  console.log(`${label.padEnd(28)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(rate).toLocaleString('en-US').padStart(10)} words/s`);
  return rate;
}

function heapMb(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function main(): void {
  const at = process.argv.indexOf('--words');
  const words = at >= 0 ? Number(process.argv[at + 1]) : 200_000;
  const text = textOf(words);
  console.log(`Input: ${words.toLocaleString('en-US')} words in ${text.split('\n').length.toLocaleString('en-US')} lines (one core).`);
  const ours = time('framing analyze()', words, () => void analyze(text));
  const bare = time('compromise nlp(text)', words, () => void nlp(text));
  console.log(`ratio framing / compromise: ${(ours / bare).toFixed(2)} (target ≥ 0.6)`);
  console.log('\nMemory after analyze() as input grows (heap in use, MB; run with --expose-gc for exact figures):');
  for (const n of [words / 4, words / 2, words]) {
    const lines = textOf(n).split('\n');
    const before = heapMb();
    for (const line of lines) analyze(line);
    console.log(`  ${Math.round(n).toLocaleString('en-US').padStart(9)} words, analysed line by line: ${(heapMb() - before).toFixed(1)} MB retained`);
  }
}

main();
