// A .txt or .md file with YAML front matter → one input record: the front matter's fields,
// and the body as "text".
//
//   ---
//   outlet: The Example Herald
//   date: 2024-05-14
//   headline: Police shoot dead 12 protesters
//   ---
//   Riot police opened fire ...

import yaml from 'js-yaml';

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function parseFrontMatter(content: string): Record<string, unknown> | string {
  const open = OPEN.exec(content);
  if (!open) return { text: content.replace(/^\uFEFF/, '').trim() };
  const rest = content.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return 'front matter has no closing "---" line';
  let fields: unknown;
  try {
    // CORE_SCHEMA: dates stay strings ("2024-05-14"), nothing beyond plain YAML values.
    fields = yaml.load(rest.slice(0, close.index), { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? 'unreadable';
    return `invalid front matter (${reason})`;
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return 'front matter must be YAML "key: value" lines';
  const body = rest.slice(close.index + close[0].length).trim();
  const record = { ...(fields as Record<string, unknown>) };
  if (body) record.text = body;
  return record;
}
