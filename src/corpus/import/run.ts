// The import loop: each record checked and added unless it duplicates an item already
// held; every problem reported with where it is. Items are written in transactions of
// a few hundred, so memory stays flat however long the input is; between transactions the
// event loop runs, so that the web app serves other visitors while an upload is imported.

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CorpusItem } from '../item';
import { type AddResult, addItems } from '../store/items';
import type { CorpusStore } from '../store/store';
import { type ItemOptions, toItem } from '../validate';
import type { ImportSource } from './sources';
import type { ImportItem } from './item-stream';

const BATCH = 500;

export interface Problem {
  /** "line 12", or a file of a folder. */
  at: string;
  kind: 'error' | 'duplicate';
  message: string;
}

export interface ImportTally {
  source: string;
  read: number;
  added: number;
  duplicates: number;
  errors: number;
  note: string | null;
}

type Checked = { at: string; item: CorpusItem } | { at: string; error: string };

function check(entry: ImportItem, options: ItemOptions): Checked {
  if ('error' in entry) return entry;
  const item = toItem(entry.record, options);
  return typeof item === 'string' ? { at: entry.at, error: item } : { at: entry.at, item };
}

export async function importSource(
  source: ImportSource,
  store: CorpusStore,
  report: (problem: Problem) => void,
  progress: (tally: Readonly<ImportTally>) => void = () => undefined,
  options: ItemOptions = {},
): Promise<ImportTally> {
  const tally: ImportTally = { source: source.name, read: 0, added: 0, duplicates: 0, errors: 0, note: null };
  const fail = (at: string, message: string): void => {
    tally.errors++;
    report({ at, kind: 'error', message });
  };
  let batch: Checked[] = [];
  const flush = (): void => {
    const current = batch;
    batch = [];
    const items = current.flatMap((e) => ('item' in e ? [{ item: e.item, source: source.label(e.at) }] : []));
    const results = addItems(store, items);
    let next = 0;
    for (const entry of current) {
      if ('error' in entry) {
        fail(entry.at, entry.error);
        continue;
      }
      const result = results[next++] as AddResult;
      if (result.added) tally.added++;
      else if ('error' in result) fail(entry.at, result.error);
      else {
        tally.duplicates++;
        report({ at: entry.at, kind: 'duplicate',
          message: `duplicate of "${result.duplicate.id}" (${result.duplicate.source}): ${result.reason}` });
      }
    }
  };
  try {
    for await (const entry of source.items) {
      tally.read++;
      batch.push(check(entry, options));
      if (batch.length >= BATCH) {
        flush();
        progress(tally);
        await nextTurn();
      }
    }
  } finally {
    if (batch.length) flush();
    source.close();
  }
  tally.note = source.note();
  if (tally.read === 0) fail(source.name, source.empty);
  return tally;
}

export function formatTally(t: ImportTally): string {
  const note = t.note ? `; ${t.note}` : '';
  return `framing: ${t.source}: ${t.added} added, ${t.duplicates} duplicates, ${t.errors} bad${note}\n`;
}

export function formatProblem(source: ImportSource, p: Problem): string {
  return `${source.label(p.at)}: ${p.message}\n`;
}
