// Groups input items into batches, bounded in documents and in text size.

import type { InputItem } from '../../io/document';

export const BATCH_DOCS = 128;
export const BATCH_CHARS = 512 * 1024;

export async function* batches(
  items: AsyncIterable<InputItem>,
  maxDocs: number = BATCH_DOCS,
  maxChars: number = BATCH_CHARS,
): AsyncGenerator<InputItem[]> {
  let batch: InputItem[] = [];
  let docs = 0;
  let chars = 0;
  for await (const item of items) {
    batch.push(item);
    if ('doc' in item) {
      docs++;
      chars += item.doc.text.length;
    }
    if (docs >= maxDocs || chars >= maxChars) {
      yield batch;
      batch = [];
      docs = 0;
      chars = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
