// The `framing` command line: picks the command, runs it, maps failures to exit codes
// (0 ok, 1 some input lines failed, 2 usage or fatal error).

import { parseCommandArgs } from './args';
import { findCommand } from './commands';
import { type CliContext, defaultContext } from './context';
import { overview, version } from './help';
import { UnreadableInputError } from '../io/unreadable-input';
import { UsageError } from './usage-error';

export async function main(argv: readonly string[], overrides: Partial<CliContext> = {}): Promise<number> {
  const context: CliContext = { ...defaultContext(), ...overrides };
  try {
    return await dispatch(argv, context);
  } catch (error) {
    if (isBrokenPipe(error)) return 0;
    const message = error instanceof Error ? error.message : String(error);
    const hint = error instanceof UsageError || error instanceof UnreadableInputError ? ' (see framing --help)' : '';
    context.stderr.write(`framing: ${message}${hint}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    context.stderr.write(overview());
    return 2;
  }
  if (name === '-h' || name === '--help') return print(context, overview());
  if (name === '-v' || name === '--version') return print(context, version());
  if (name === 'help') return print(context, helpFor(rest[0]));
  const command = findCommand(name);
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  const args = parseCommandArgs(name, rest, { ...command.options, help: { type: 'boolean', short: 'h' } });
  if (args.values.help) return print(context, command.help);
  return command.run(args, context);
}

function helpFor(name: string | undefined): string {
  if (name === undefined) return overview();
  const command = findCommand(name);
  if (!command) throw new UsageError(`no help for unknown command ${JSON.stringify(name)}`);
  return command.help;
}

function print(context: CliContext, text: string): number {
  context.stdout.write(text);
  return 0;
}

/** The reader went away (`framing annotate big.jsonl | head`): stop quietly. */
function isBrokenPipe(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'EPIPE';
}
