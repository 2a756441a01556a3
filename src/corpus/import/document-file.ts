// One .txt/.md file → one import item: size, encoding and front matter checked.

import { isUtf8 } from 'node:buffer';
import { parseFrontMatter } from './front-matter';
import { type ImportItem, MAX_FILE_BYTES } from './item-stream';

export function documentItem(at: string, bytes: Buffer): ImportItem {
  if (bytes.length > MAX_FILE_BYTES) return { at, error: 'file larger than 1 MB' };
  if (!isUtf8(bytes)) return { at, error: 'invalid UTF-8 (save the file as UTF-8)' };
  const content = bytes.toString('utf8');
  if (!content.replace(/^\uFEFF/, '').trim()) return { at, error: 'empty file' };
  const record = parseFrontMatter(content);
  return typeof record === 'string' ? { at, error: record } : { at, record };
}
