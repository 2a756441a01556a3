// One input record → the document to analyze, or the reason it cannot be.

export interface Doc {
  /** As given; null when the record has none. */
  id: unknown;
  text: string;
  /** Every other field, kept as given. */
  metadata: Record<string, unknown>;
}

/** An input record, numbered by the line it starts on. */
export type InputItem = { line: number; doc: Doc } | { line: number; error: string };

export function toDoc(record: unknown): Doc | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'not a JSON object';
  const { id = null, text, ...metadata } = record as Record<string, unknown>;
  if (text === undefined) return 'missing "text"';
  if (typeof text !== 'string') return `"text" must be a string, got ${typeName(text)}`;
  return { id, text, metadata };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
