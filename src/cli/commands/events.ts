// `framing events`: the suggested events of the corpus store, numbered, and accepting
// them by number (what "Accept" does on the Corpus page, through the same store function).

import { DB_OPTION } from '../corpus-options';
import { dbPath, openExisting } from '../db-path';
import { itemText } from '../../corpus/item';
import { type Suggestion, suggestEvents } from '../../corpus/stats/suggest';
import { acceptEvent } from '../../corpus/store/accept-event';
import { rejectSuggestion } from '../../corpus/store/reject-event';
import { itemsById } from '../../corpus/store/items';
import type { CorpusStore } from '../../corpus/store/store';
import { UsageError } from '../usage-error';
import type { Command } from './command';

/** Characters of an item's text shown in the listing. */
const SHOWN_CHARS = 80;

/** `--accept` may be given more than once; OptionSpec has no `multiple`, parseArgs does. */
const REPEATED_STRING = { type: 'string', multiple: true } as const;

export const eventsCommand: Command = {
  name: 'events',
  summary: 'List the suggested events of the corpus store, or accept them by number',
  help: `Usage: framing events [--db PATH] [--json]
       framing events --accept N|all [--accept M ...] [--title TEXT] [--db PATH] [--json]
       framing events --reject N [--reject M ...] [--db PATH] [--json]

Without --accept, lists the events suggested for items that have none (as on the
Corpus page and in framing stats --suggest-events), numbered 1, 2, ...: the event id,
its title, whether the items would join an existing event or form a new one, how
alike they are (the lowest TF-IDF cosine that joined an item), and the items (id,
outlet, date, start of the text). The numbering is the same every time for the same
store.

With --accept, assigns the events of those numbers to their items that still have no
event, as "Accept" on the Corpus page does, and prints how many items went to which
event. An existing event keeps its title.

With --reject, records that the items of those suggestions are not one event (or do
not belong to the existing event suggested), as "Not one event" on the Corpus page
does: they are not suggested together (or for that event) again. Nothing is assigned.

Options:
  --db PATH        The store (default: $FRAMING_DB, else ./framing.sqlite)
  --accept N|all   Accept suggestion N of the listing; repeat for more; all for every one
  --title TEXT     Title of the new event, when exactly one suggestion is accepted
  --reject N       Reject suggestion N of the listing; repeat for more
  --json           Print the suggestions (or what was accepted) as JSON
  -h, --help       Show this help

Examples:
  framing events
  framing events --accept 1 --title "Harbour Square shootings"
  framing events --accept 2 --accept 3
  framing events --accept all
  framing events --reject 4
`,
  options: { ...DB_OPTION, accept: REPEATED_STRING, reject: REPEATED_STRING, title: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, context) {
    if (args.positionals.length > 0) throw new UsageError(`events: unexpected argument ${JSON.stringify(args.positionals[0])}`);
    const raw: unknown = args.values.accept;
    const accept = raw === undefined ? [] : [raw].flat().map(String);
    const rawReject: unknown = args.values.reject;
    const reject = rawReject === undefined ? [] : [rawReject].flat().map(String);
    if (accept.length > 0 && reject.length > 0) throw new UsageError('events: give --accept or --reject, not both');
    const title = args.values.title as string | undefined;
    if (title !== undefined && accept.length === 0) throw new UsageError('events: --title needs --accept N');
    if (title !== undefined && !title.trim()) throw new UsageError('events: --title must not be empty');
    const store = openExisting(dbPath(args.values.db));
    try {
      const suggestions = suggestEvents(store);
      const json = args.values.json === true;
      if (reject.length > 0) {
        const rejected = choose(suggestions, reject, 'reject').map(({ number, suggestion: s }) => {
          const result = rejectSuggestion(store, s.items.map((i) => i.id), s.existing ? s.event : null);
          if (typeof result === 'string') throw new UsageError(`events: suggestion ${number}: ${result}`);
          return { number, event: s.event, existing: s.existing, items: result.items };
        });
        context.stdout.write(json ? `${JSON.stringify(rejected, null, 2)}\n` : rejected.map((r) =>
          `${r.number}. rejected: ${r.existing ? `${r.items} ${r.items === 1 ? 'item' : 'items'} will not be suggested for ${r.event} again` : `these ${r.items} items will not be suggested as one event again`}\n`).join(''));
        return 0;
      }
      if (accept.length === 0) {
        context.stdout.write(json ? `${JSON.stringify(numbered(suggestions), null, 2)}\n` : listing(store, suggestions));
        return 0;
      }
      if (suggestions.length === 0 && accept.every((a) => a === 'all')) {
        context.stdout.write(json ? '[]\n' : 'No suggested events: nothing accepted.\n');
        return 0;
      }
      const chosen = choose(suggestions, accept);
      if (title !== undefined) checkTitle(chosen);
      const accepted = chosen.map(({ number, suggestion: s }) => {
        const result = acceptEvent(store, s.items.map((i) => i.id), s.event, title ?? s.title);
        if (typeof result === 'string') throw new UsageError(`events: suggestion ${number}: ${result}`);
        return { number, existing: s.existing, ...result };
      });
      context.stdout.write(json ? `${JSON.stringify(accepted, null, 2)}\n` : accepted.map((a) =>
        `${a.number}. ${a.assigned} ${a.assigned === 1 ? 'item' : 'items'} assigned to the ${a.existing ? 'existing' : 'new'} event ${a.event} (${JSON.stringify(a.title)})\n`).join(''));
      return 0;
    } finally {
      store.close();
    }
  },
};

interface Chosen {
  number: number;
  suggestion: Suggestion;
}

function numbered(suggestions: readonly Suggestion[]): (Suggestion & { number: number })[] {
  return suggestions.map((s, k) => ({ number: k + 1, ...s }));
}

/** The suggestions of the numbers asked for (or all, to accept), each once, in listing order. */
function choose(suggestions: readonly Suggestion[], accept: readonly string[], verb: 'accept' | 'reject' = 'accept'): Chosen[] {
  const n = suggestions.length;
  if (n === 0) throw new UsageError(`events: there are no suggested events to ${verb} (asked for ${accept.join(', ')})`);
  const numbers = new Set<number>();
  for (const value of accept) {
    if (value === 'all' && verb === 'accept') {
      for (let k = 1; k <= n; k++) numbers.add(k);
      continue;
    }
    const k = Number(value);
    if (!/^\d+$/.test(value) || k < 1) {
      throw new UsageError(`events: --${verb} must be a suggestion number (1 to ${n})${verb === 'accept' ? ' or all' : ''}, got ${JSON.stringify(value)}`);
    }
    if (k > n) throw new UsageError(`events: no suggestion ${k}: there ${n === 1 ? 'is 1' : `are ${n}`} (framing events lists them)`);
    numbers.add(k);
  }
  return [...numbers].sort((a, b) => a - b).map((k) => ({ number: k, suggestion: suggestions[k - 1] as Suggestion }));
}

function checkTitle(chosen: readonly Chosen[]): void {
  if (chosen.length !== 1) {
    throw new UsageError(`events: --title names one event, but ${chosen.length} suggestions are accepted`);
  }
  const { number, suggestion } = chosen[0] as Chosen;
  if (suggestion.existing) {
    throw new UsageError(`events: --title: suggestion ${number} joins the existing event ${suggestion.event}, which keeps its title`);
  }
}

function listing(store: CorpusStore, suggestions: readonly Suggestion[]): string {
  if (suggestions.length === 0) return 'No suggested events: every item has an event, or none are alike.\n';
  const texts = new Map(itemsById(store, suggestions.flatMap((s) => s.items.map((i) => i.id))).map((i) => [i.id, itemText(i)]));
  const blocks = suggestions.map((s, k) => [
    `${k + 1}. ${s.event}`,
    `   title: ${s.title}`,
    `   ${s.existing ? 'joins an existing event' : 'new event'}; similarity ≥ ${s.similarity.toFixed(2)}; ${s.items.length} ${s.items.length === 1 ? 'item' : 'items'}:`,
    ...s.items.map((i) => `     ${i.id}  ${i.outlet}  ${i.date ?? 'undated'}  ${shorten(texts.get(i.id) ?? i.headline)}`),
  ].join('\n'));
  return `${blocks.join('\n\n')}\n\nAccept with: framing events --accept N (or --accept all); reject with: framing events --reject N\n`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SHOWN_CHARS ? flat : `${flat.slice(0, SHOWN_CHARS - 1).trimEnd()}…`;
}
