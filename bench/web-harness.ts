// For the web benchmarks: the app served by `npm start`'s script in a child process (so the
// pollers' clocks are not stopped by the server's work), and pollers that time GET requests
// phase by phase.

import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths';
import { OUTLETS, pick, syntheticHeadline } from './headlines';

const BIN = join(PACKAGE_ROOT, 'bin', 'framing.js');

/** `--docs N` from the command line, else `fallback`. */
export function docsOption(fallback: number): number {
  const at = process.argv.indexOf('--docs');
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Runs `framing ARGS` to the end; throws with its stderr when it fails. */
export function framing(args: string[]): void {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`framing ${args[0]} failed: ${run.stderr}`);
}

/** A new store in `dir` holding `docs` synthetic headlines (bench/headlines.ts), not annotated; its path. */
export function syntheticStore(dir: string, docs: number): string {
  const input = join(dir, 'headlines.jsonl');
  const db = join(dir, 'store.sqlite');
  writeFileSync(input, Array.from({ length: docs }, (_, i) =>
    JSON.stringify({ id: `s${i}`, outlet: pick(OUTLETS, i), date: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}`,
      text: syntheticHeadline(i) })).join('\n'));
  framing(['import', input, '--db', db]);
  return db;
}

export interface Served {
  base: string;
  stop(): void;
}

export async function serve(env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = spawn(process.execPath, [join(PACKAGE_ROOT, 'dist', 'src', 'web', 'server.js')],
    { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('serving on') && resolve());
    server.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
  return { base: `http://localhost:${port}`, stop: () => server.kill() };
}

export interface Sample {
  path: string;
  phase: string;
  ms: number;
  status: number;
}

/** Requests each path in turn, every `everyMs`, until stopped; `phase` labels the samples. */
export function poll(base: string, paths: readonly string[], everyMs = 100) {
  const samples: Sample[] = [];
  let phase = 'before';
  let running = true;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const path = paths[i % paths.length] as string;
      const started = performance.now();
      const res = await fetch(`${base}${path}`);
      await res.text();
      samples.push({ path, phase, ms: performance.now() - started, status: res.status });
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    phase: (name: string) => {
      phase = name;
    },
    stop: async (): Promise<Sample[]> => {
      running = false;
      await loop;
      return samples;
    },
  };
}

const percentile = (xs: readonly number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** One line per path and phase; returns the worst time outside the "before" phase. */
export function report(samples: readonly Sample[]): number {
  let worst = 0;
  const keys = [...new Set(samples.map((s) => `${s.path}\t${s.phase}`))];
  for (const key of keys) {
    const [path, phase] = key.split('\t') as [string, string];
    const these = samples.filter((s) => s.path === path && s.phase === phase);
    const ms = these.map((s) => s.ms);
    if (phase !== 'before') worst = Math.max(worst, ...ms);
    const failed = these.filter((s) => s.status >= 500).length;
    console.log(`  GET ${path.slice(0, 24).padEnd(24)} while ${phase.padEnd(10)}: n=${String(ms.length).padStart(4)}, ` +
      `median ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms, worst ${Math.max(...ms).toFixed(0)} ms` +
      `${failed ? `, ${failed} failed` : ''}`);
  }
  return worst;
}
