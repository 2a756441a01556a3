// The shape of one CLI command. Add a command by writing a module of this shape and
// listing it in ./index.ts.

import type { OptionSpec, ParsedArgs } from '../args';
import type { CliContext } from '../context';

export interface Command {
  name: string;
  /** One line for `framing --help`. */
  summary: string;
  /** Full text for `framing help NAME`, starting with the usage line. */
  help: string;
  /** Flags besides --help, which every command accepts. */
  options: OptionSpec;
  /** Resolves to the exit code; throws UsageError for a bad call. */
  run(args: ParsedArgs, context: CliContext): Promise<number>;
}
