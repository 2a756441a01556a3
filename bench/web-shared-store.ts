// `npm run bench:web-store`: `framing annotate --db` on the store the web app serves
// (FRAMING_DB), while pages are polled (issue 14: the CLI exits 0, no page fails, none takes
// 5 s or more). Imports synthetic headlines into a new store, serves it (the app starts
// annotating it in the background too), polls GET / and GET /corpus every 200 ms, and runs
// the CLI with 2 workers meanwhile.
//
// Usage: npm run bench:web-store [-- --docs 20000]

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths';
import { docsOption, poll, report, serve, syntheticStore } from './web-harness';

const BIN = join(PACKAGE_ROOT, 'bin', 'framing.js');
const TARGET_MS = 5000;

async function main(): Promise<void> {
  const docs = docsOption(20_000);
  const dir = mkdtempSync(join(tmpdir(), 'framing-bench-'));
  try {
    const db = syntheticStore(dir, docs);
    console.log(`Store: ${docs.toLocaleString('en-US')} synthetic headlines, none annotated; Node ${process.version}.`);

    const server = await serve({ FRAMING_DB: db });
    const poller = poll(server.base, ['/?text=Police%20shoot%20dead%20two%20protesters', '/corpus'], 200);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    poller.phase('cli');
    const started = performance.now();
    const cli = spawn(process.execPath, [BIN, 'annotate', '--db', db, '--workers', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => cli.on('close', resolve));
    console.log(`  framing annotate --db --workers 2 exited ${code} after ${((performance.now() - started) / 1000).toFixed(1)} s` +
      `${code === 0 ? '' : `: ${stderr.trim().split('\n').at(-1)}`}`);
    poller.phase('after');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const samples = await poller.stop();
    server.stop();
    const worst = report(samples);
    const failed = samples.filter((s) => s.status >= 500).length;
    const ok = code === 0 && failed === 0 && worst < TARGET_MS;
    console.log(`  target: exit 0, no page failing, none ${TARGET_MS / 1000} s or more: ${ok ? 'met' : 'NOT met'} ` +
      `(worst ${worst.toFixed(0)} ms, ${failed} failed)`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
