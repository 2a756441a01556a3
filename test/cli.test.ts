// The CLI in-process: commands, help, usage errors and exit codes (fake analyzer).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeAnalyze, runCli } from './fixtures/cli/run';

const version = (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;

describe('help and version', () => {
  test.each([
    [['--help'], /^Usage: framing <command>/],
    [['-h'], /Commands:\n {2}analyze .*\n {2}annotate /],
    [['help'], /^Usage: framing <command>/],
    [['help', 'annotate'], /^Usage: framing annotate FILE\|-/],
    [['annotate', '--help'], /^Usage: framing annotate FILE\|-/],
    [['analyze', '-h'], /^Usage: framing analyze/],
    [['--version'], new RegExp(`^${version.replace(/\./g, '\\.')}\\n$`)],
  ])('framing %j prints help, exit 0', async (argv, expected) => {
    const run = await runCli(argv);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(expected);
  });
});

describe('usage errors: exit 2, one line, no stack trace', () => {
  test.each([
    [[], /^Usage: framing <command>/],
    [['frame'], /^framing: unknown command "frame" \(see framing --help\)\n$/],
    [['help', 'frame'], /^framing: no help for unknown command "frame"/],
    [['analyze', '--bogus'], /^framing: analyze: unknown option --bogus \(see framing --help\)\n$/],
    [['annotate'], /^framing: annotate: missing FILE/],
    [['annotate', 'a.jsonl', 'b.jsonl'], /^framing: annotate: unexpected argument "b.jsonl"/],
    [['annotate', '-', '--out'], /^framing: annotate: option --out needs a value/],
    [['annotate', '-', '--workers', '0'], /^framing: --workers must be a whole number from 1 to 64, got "0"/],
    [['annotate', '-', '--workers', 'two'], /^framing: --workers must be a whole number/],
    [['annotate', '-', '--format', 'xml'], /^framing: --format must be one of jsonl, csv, got "xml"/],
    [['annotate', '/nonexistent/in.jsonl'], /^framing: cannot read \/nonexistent\/in.jsonl: no such file/],
    [['annotate', __dirname], /^framing: cannot read .*: it is a directory/],
    [['annotate', '-', '--out', '/nonexistent/out.jsonl'], /^framing: cannot write \/nonexistent\/out.jsonl: /],
  ])('framing %j', async (argv, expected) => {
    const run = await runCli(argv, { stdin: '{"text": "x"}\n' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('analyze', () => {
  const text = 'Two men were shot by police. A curfew followed.';

  test('report: each sentence, its annotations with verb, agent and explanation, then the summary', async () => {
    const run = await runCli(['analyze', text]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      [
        '1. Two men were shot by police.',
        '   passive (full) "were shot": verb "shot", agent "police"',
        '      "shot" is passive.',
        '2. A curfew followed.',
        '   (nothing found)',
        '',
        'Summary: 9 words, 2 sentences',
        '  annotations: passive 1',
        '  passives: full 1, get 0, reduced 0; with agent 1, agentless 0',
        '',
      ].join('\n'),
    );
  });

  test('several arguments are one text, joined by spaces', async () => {
    const run = await runCli(['analyze', '--json', 'Two', 'men', 'were', 'shot.']);
    expect((JSON.parse(run.stdout) as { text: string }).text).toBe('Two men were shot.');
  });

  test('reads stdin when there is no TEXT', async () => {
    expect(await runCli(['analyze'], { stdin: text })).toEqual(await runCli(['analyze', text]));
  });

  test('"-" reads stdin too, as for annotate', async () => {
    expect(await runCli(['analyze', '-'], { stdin: text })).toEqual(await runCli(['analyze', text]));
  });

  test('"-" among other words is a word of the text', async () => {
    const run = await runCli(['analyze', '--json', 'Gaza', '-', 'live']);
    expect((JSON.parse(run.stdout) as { text: string }).text).toBe('Gaza - live');
  });

  test('--json prints the analysis itself', async () => {
    const run = await runCli(['analyze', '--json'], { stdin: text });
    expect(run).toEqual({ code: 0, stdout: `${JSON.stringify(fakeAnalyze(text), null, 2)}\n`, stderr: '' });
  });

  test('empty text', async () => {
    const run = await runCli(['analyze'], { stdin: '' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\(no text\)\n\nSummary: 0 words, 0 sentences/);
  });

  test('an analyzer failure is exit 2 with its message', async () => {
    const run = await runCli(['analyze', 'BOOM']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'framing: fake failure\n' });
  });
});
