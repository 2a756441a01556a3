// `npm run eval`: scores the detectors against the shared gold data and prints a report.
// Exits 0 whether or not targets are met; 1 on missing data or a crash, 2 on a bad option.

import { USAGE, parseOptions } from './args';
import { MissingDataError } from './data';
import { renderSection, renderTargets } from './report';
import type { Target } from './section';
import { SECTIONS } from './sections';

function main(argv: readonly string[]): number {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`framing eval: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = options.only.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`framing eval: no section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const started = performance.now();
  const targets: Target[] = [];
  for (const section of SECTIONS) {
    if (options.only.length > 0 && !options.only.includes(section.name)) continue;
    const result = section.run(options);
    process.stdout.write(`${renderSection(result)}\n`);
    targets.push(...result.targets);
  }
  if (targets.length > 0) process.stdout.write(renderTargets(targets));
  process.stdout.write(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof MissingDataError) process.stderr.write(`framing eval: ${error.message}\n`);
  else process.stderr.write(`framing eval crashed: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
