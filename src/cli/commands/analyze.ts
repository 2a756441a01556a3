// `framing analyze [TEXT...]`: one text (arguments, else stdin) as a readable report or JSON.

import type { Command } from './command';
import { readAll } from '../read-all';
import { formatReport } from '../report';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Analyze one text (arguments or stdin) and print a report',
  help: `Usage: framing analyze [--json] [TEXT...]

Analyzes TEXT (the arguments, joined by spaces) or, when there is none or it is "-",
all of stdin as one text. Prints each sentence with what was found in it, then the summary counts.

Options:
  --json      Print the full analysis as JSON (the annotation contract)
  -h, --help  Show this help

Examples:
  framing analyze "Three protesters were shot near the border."
  echo "Hundreds killed as clashes erupt" | framing analyze --json
  framing analyze - < article.txt
`,
  options: { json: { type: 'boolean' } },
  async run(args, context) {
    // "-" is stdin, as for annotate: "framing analyze - < article.txt" is not the text "-"
    const fromStdin = args.positionals.length === 0 || (args.positionals.length === 1 && args.positionals[0] === '-');
    if (fromStdin && (context.stdin as { isTTY?: boolean }).isTTY) {
      context.stderr.write('framing: reading the text from stdin (end it with Ctrl-D)\n');
    }
    const text = fromStdin ? await readAll(context.stdin) : args.positionals.join(' ');
    const analysis = context.analyze(text);
    context.stdout.write(args.values.json ? `${JSON.stringify(analysis, null, 2)}\n` : formatReport(analysis));
    return 0;
  },
};
