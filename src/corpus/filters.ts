// Which items statistics and exports cover: by outlet, event, victim group and date range.
// The same filters come from CLI flags and from the corpus page's query string.

export interface Filters {
  outlet?: string;
  event?: string;
  victimGroup?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

export const FILTER_NAMES = ['outlet', 'event', 'victim_group', 'from', 'to'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Filters from name → value pairs (flags or query); the error says which value is wrong. */
export function parseFilters(values: Record<string, unknown>): Filters | string {
  const str = (key: string): string | undefined => {
    const v = values[key];
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const filters: Filters = {};
  const outlet = str('outlet');
  const event = str('event');
  const victimGroup = str('victim_group');
  const from = str('from');
  const to = str('to');
  if (outlet) filters.outlet = outlet;
  if (event) filters.event = event;
  if (victimGroup) filters.victimGroup = victimGroup;
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value === undefined) continue;
    if (!DATE.test(value)) return `${name} must be a date like 2025-03-08, got ${JSON.stringify(value)}`;
    filters[name] = value;
  }
  if (filters.from && filters.to && filters.from > filters.to) return `from (${filters.from}) is after to (${filters.to})`;
  return filters;
}

/** SQL condition on the items table aliased `i`, with its parameters. */
export function whereClause(filters: Filters): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  const add = (sql: string, value: string | undefined): void => {
    if (value === undefined) return;
    parts.push(sql);
    params.push(value);
  };
  add('i.outlet = ?', filters.outlet);
  add('i.event = ?', filters.event);
  add('i.victim_group = ?', filters.victimGroup);
  add('i.date >= ?', filters.from);
  add('i.date <= ?', filters.to);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** The filters as a query string (for links that keep them), without the leading "?". */
export function filterQuery(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.outlet) params.set('outlet', filters.outlet);
  if (filters.event) params.set('event', filters.event);
  if (filters.victimGroup) params.set('victim_group', filters.victimGroup);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params.toString();
}
