// Every command, in the order `framing --help` lists them. A command's module (and what it
// imports: the store, natural, csv-parse ...) is loaded only when that command is run or
// help lists them all, so `framing analyze` starts without the corpus code.

import type { Command } from './command';

/* eslint-disable @typescript-eslint/no-require-imports */
const LOADERS: ReadonlyArray<readonly [string, () => Command]> = [
  ['analyze', () => (require('./analyze') as typeof import('./analyze')).analyzeCommand],
  ['annotate', () => (require('./annotate') as typeof import('./annotate')).annotateCommand],
  ['import', () => (require('./import') as typeof import('./import')).importCommand],
  ['stats', () => (require('./stats') as typeof import('./stats')).statsCommand],
  ['compare-groups', () => (require('./compare-groups') as typeof import('./compare-groups')).compareGroupsCommand],
  ['events', () => (require('./events') as typeof import('./events')).eventsCommand],
  ['search', () => (require('./search') as typeof import('./search')).searchCommand],
  ['export', () => (require('./export') as typeof import('./export')).exportCommand],
  ['review', () => (require('./review') as typeof import('./review')).reviewCommand],
];

/** Every command, loaded (for help). */
export function allCommands(): Command[] {
  return LOADERS.map(([, load]) => load());
}

export function findCommand(name: string): Command | undefined {
  return LOADERS.find(([n]) => n === name)?.[1]();
}
