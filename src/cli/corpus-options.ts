// Flags the corpus commands share: the store, the filters of statistics and exports, and
// the CSV formula guard.

import type { OptionSpec, ParsedArgs } from './args';
import { UsageError } from './usage-error';
import { type OutletAliases, readAliases } from '../corpus/aliases';
import { DATE_ORDERS, isDateOrder } from '../corpus/dates';
import type { CsvOptions } from '../io/csv-write';
import { type Filters, parseFilters } from '../corpus/filters';
import { type Dimension, DIMENSIONS, isDimension } from '../corpus/stats/query';
import type { ItemOptions } from '../corpus/validate';

export const DB_OPTION: OptionSpec = { db: { type: 'string' } };

export const FILTER_OPTIONS: OptionSpec = {
  outlet: { type: 'string' },
  event: { type: 'string' },
  'victim-group': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
};

export const FILTER_HELP = `  --db PATH           The store (default: $FRAMING_DB, else ./framing.sqlite)
  --outlet NAME       Only this outlet's items
  --event ID          Only this event's items
  --victim-group G    Only items with this victim_group
  --from DATE         Only items dated DATE (YYYY-MM-DD) or later
  --to DATE           Only items dated DATE or earlier`;

export function filtersFrom(command: string, args: ParsedArgs): Filters {
  const { 'victim-group': victimGroup, ...rest } = args.values;
  const filters = parseFilters({ ...rest, victim_group: victimGroup });
  if (typeof filters === 'string') throw new UsageError(`${command}: --${filters}`);
  return filters;
}

export function dimensionFrom(command: string, value: string | boolean | undefined): Dimension | null {
  if (value === undefined) return null;
  if (isDimension(value)) return value;
  throw new UsageError(`${command}: --by must be one of ${Object.keys(DIMENSIONS).join(', ')}, got ${JSON.stringify(value)}`);
}

export const FORMULA_GUARD_OPTION: OptionSpec = { 'formula-guard': { type: 'string' } };

export const FORMULA_GUARD_HELP = `  --formula-guard on|off
                      CSV only (default on): a text a spreadsheet would run as a
                      formula ("=...", "@...", "+A1", "-2+cmd|...") gets a leading
                      apostrophe; off writes every text exactly as stored`;

export function csvOptionsFrom(command: string, value: string | boolean | undefined): CsvOptions {
  if (value === undefined || value === 'on') return { formulaGuard: true };
  if (value === 'off') return { formulaGuard: false };
  throw new UsageError(`${command}: --formula-guard must be on or off, got ${JSON.stringify(value)}`);
}

/** `--aliases FILE`: the alias table, or null without the flag; a bad file is a usage error. */
export function aliasesFrom(command: string, value: string | boolean | undefined): OutletAliases | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !value) throw new UsageError(`${command}: --aliases needs a file`);
  try {
    return readAliases(value);
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}`);
  }
}

/** `--date-format` and `--aliases`: how import reads a collection. */
export function itemOptionsFrom(command: string, args: ParsedArgs): ItemOptions {
  const order = args.values['date-format'];
  if (order !== undefined && !isDateOrder(order)) {
    throw new UsageError(`${command}: --date-format must be one of ${DATE_ORDERS.join(', ')}, got ${JSON.stringify(order)}`);
  }
  const aliases = aliasesFrom(command, args.values.aliases);
  return { ...(order !== undefined ? { dateOrder: order } : {}), ...(aliases ? { aliases } : {}) };
}
