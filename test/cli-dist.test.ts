// The compiled CLI: worker threads (with the fake analyzer) and the `framing` binary.

import { spawnSync } from 'node:child_process';
import { analyze } from '../src/analyze';
import { BIN, ROOT, WORKER_SCRIPT, ensureBuilt } from './fixtures/cli/dist';
import { FAKE_ANALYZE_MODULE, jsonLines, problems, runCli } from './fixtures/cli/run';

beforeAll(ensureBuilt, 120_000);

const workers = { workerScript: WORKER_SCRIPT, workerAnalyzeModule: FAKE_ANALYZE_MODULE };

function corpus(n: number, bad: (i: number) => string | null = () => null): string {
  const good = (i: number): string => JSON.stringify({ id: i + 1, text: `Doc ${i + 1} was read. `.repeat(1 + (i % 7)) });
  return Array.from({ length: n }, (_, i) => bad(i) ?? good(i)).join('\n');
}

describe('--workers', () => {
  test('output is in input order and identical to in-process', async () => {
    // The slow first document holds up the first batch while the other worker runs ahead.
    const stdin = corpus(1000, (i) => (i === 0 ? '{"id": 1, "text": "SLOW"}' : null));
    const single = await runCli(['annotate', '-'], { stdin });
    const pooled = await runCli(['annotate', '-', '--workers', '2'], { stdin, context: workers });
    expect(pooled.code).toBe(0);
    expect(jsonLines(pooled.stdout).map((d) => d.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(pooled.stdout).toBe(single.stdout);
  }, 30_000);

  test('a document the analyzer throws on, or that kills its worker, is reported; the rest is kept', async () => {
    const bad = (i: number): string | null =>
      i === 9 ? '{"id": 10, "text": "BOOM"}' : i === 400 ? '{"id": 401, "text": "CRASH"}' : i === 999 ? '{oops' : null;
    const run = await runCli(['annotate', '-', '--workers', '3'], { stdin: corpus(1000, bad), context: workers });
    expect(run.code).toBe(1);
    expect(problems(run.stderr)).toEqual([
      'line 10: analysis failed: fake failure',
      'line 401: worker crashed: exit code 3',
      expect.stringMatching(/^line 1000: invalid JSON/),
    ]);
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1).filter((id) => ![10, 401, 1000].includes(id));
    expect(jsonLines(run.stdout).map((d) => d.id)).toEqual(ids);
  }, 30_000);

  test('a worker script that is not built is a clear error', async () => {
    const run = await runCli(['annotate', '-', '--workers', '2'], { stdin: corpus(3), context: { workerScript: '/nope/worker.js' } });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'framing: worker script not found: /nope/worker.js (run npm run build)\n' });
  });

  test('an analyzer that cannot start in the workers stops the run', async () => {
    const run = await runCli(['annotate', '-', '--workers', '2'], {
      stdin: corpus(3),
      context: { ...workers, workerAnalyzeModule: `${ROOT}/no-such-module.js` },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^framing: worker: Cannot find module/);
  }, 30_000);
});

describe('the framing binary', () => {
  const framing = (args: string[], input = ''): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT });

  test('usage error: exit 2, one line on stderr', () => {
    expect(framing(['annotate', 'missing.jsonl'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'framing: cannot read missing.jsonl: no such file (see framing --help)\n',
    });
  });

  test('analyze --json prints analyze(text)', () => {
    const text = 'Three protesters were shot by police. Hundreds killed as clashes erupt.';
    const run = framing(['analyze', '--json', text]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(analyze(text));
  }, 60_000);

  test('annotate --workers 2 with the real analyzer: input order, same annotations as analyze()', () => {
    const texts = Array.from({ length: 100 }, (_, i) => `Protester ${i} was shot by police. A curfew was imposed.`);
    const input = texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n');
    const run = framing(['annotate', '-', '--workers', '2'], input);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^framing: 100 documents, 0 failed lines/);
    const out = jsonLines(run.stdout);
    expect(out.map((d) => d.id)).toEqual(texts.map((_, i) => i));
    out.forEach((doc, i) => expect(doc.annotations).toEqual(analyze(texts[i] as string).annotations));
  }, 60_000);
});
