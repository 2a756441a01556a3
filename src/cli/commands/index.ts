// Every command, in the order `framing --help` lists them.

import { analyzeCommand } from './analyze';
import { annotateCommand } from './annotate';
import type { Command } from './command';
import { compareGroupsCommand } from './compare-groups';
import { eventsCommand } from './events';
import { exportCommand } from './export';
import { importCommand } from './import';
import { reviewCommand } from './review';
import { searchCommand } from './search';
import { statsCommand } from './stats';

export const COMMANDS: readonly Command[] = [analyzeCommand, annotateCommand, importCommand, statsCommand, compareGroupsCommand, eventsCommand, searchCommand, exportCommand, reviewCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
