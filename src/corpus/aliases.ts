// Outlet aliases: one outlet under several names ("BBC", "BBC.com", "BBC News"). An alias
// file is CSV with the columns `alias,outlet` (header first); each alias, compared without
// case and extra spaces, stands for the outlet named beside it. `framing import --aliases`
// stores the outlet's name (keeping the name as given in the metadata `outlet_as_given`);
// `framing stats --aliases` counts a store imported without them under the outlet's name.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type OutletAliases = ReadonlyMap<string, string>;

export function foldName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The outlet a name stands for: itself unless it is an alias. */
export function canonicalOutlet(aliases: OutletAliases, outlet: string): string {
  return aliases.get(foldName(outlet)) ?? outlet;
}

/** The alias table of a CSV text; throws one Error naming every bad line. */
export function parseAliases(text: string, name: string): OutletAliases {
  let rows: { record: string[]; line: number }[];
  try {
    const parsed: unknown = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true });
    rows = (parsed as { record: string[]; info: { lines: number } }[]).map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    throw new Error(`${name}: not CSV: ${(error as Error).message}`);
  }
  const [head, ...body] = rows;
  const columns = head?.record.map((c) => c.trim().toLowerCase()) ?? [];
  const [a, o] = [columns.indexOf('alias'), columns.indexOf('outlet')];
  if (a < 0 || o < 0) throw new Error(`${name}: the header must name the columns alias and outlet, got ${JSON.stringify(head?.record ?? [])}`);
  const table = new Map<string, string>();
  const problems: string[] = [];
  for (const { record, line } of body) {
    const alias = record[a]?.trim() ?? '';
    const outlet = record[o]?.trim() ?? '';
    if (!alias || !outlet) {
      problems.push(`line ${line}: needs both an alias and an outlet`);
      continue;
    }
    const earlier = table.get(foldName(alias));
    if (earlier !== undefined && earlier !== outlet) {
      problems.push(`line ${line}: "${alias}" is already an alias of "${earlier}"`);
      continue;
    }
    if (foldName(alias) !== foldName(outlet)) table.set(foldName(alias), outlet);
  }
  for (const [alias, outlet] of table) {
    const next = table.get(foldName(outlet));
    if (next !== undefined) problems.push(`"${alias}" → "${outlet}", which is itself an alias of "${next}": name the outlet "${next}" directly`);
  }
  if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`);
  return table;
}

export function readAliases(path: string): OutletAliases {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read the alias file ${path}`);
  }
  return parseAliases(text, path);
}
