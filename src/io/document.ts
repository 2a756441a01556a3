// One input record → the document to analyze, or the reason it cannot be.

export interface Doc {
  /** As given; null when the record has none. */
  id: unknown;
  /** What is analysed: the record's text, or its headline when it has no text. */
  text: string;
  /** Which field `text` is, so that offsets can be read against it. */
  field: 'text' | 'headline';
  /** Every other field, kept as given (a headline stays here even when it is analysed). */
  metadata: Record<string, unknown>;
}

/** An input record, numbered by the line it starts on. */
export type InputItem = { line: number; doc: Doc } | { line: number; error: string };

export function toDoc(record: unknown): Doc | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'not a JSON object';
  const { id = null, text, ...metadata } = record as Record<string, unknown>;
  if (text !== undefined && typeof text !== 'string') return `"text" must be a string, got ${typeName(text)}`;
  if (typeof text === 'string' && text.trim() !== '') return { id, text, field: 'text', metadata };
  // Headline-only collections (RSS, Google News, GDELT exports): the headline is analysed
  const headline = [metadata.headline, metadata.title].find((h): h is string => typeof h === 'string' && h.trim() !== '');
  if (headline !== undefined) return { id, text: headline, field: 'headline', metadata };
  if (text === undefined) return 'missing "text" (or "headline")';
  return { id, text, field: 'text', metadata };
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
