// What an import reads: records, or the reason one could not be read, each with where it
// is ("line 12", or a file of a folder).

export type ImportItem = { at: string; record: Record<string, unknown> } | { at: string; error: string };

export const MAX_FILE_BYTES = 1024 * 1024;

/** Extensions read as one document each (front matter + body). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown'] as const;
